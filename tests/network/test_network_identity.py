"""Identity resolution: merge on strong evidence only; stable ids; tie strength."""

from __future__ import annotations

import hashlib
import random
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from conftest import FIXTURES
from hypothesis import given
from hypothesis import strategies as st

from extractors.network import Contact, import_paths
from warehouse.network.identity import TIE_WEIGHTS, normalize_name, resolve, tie_strength


def _contact(platform="linkedin", tie="connection", handle=None, name=None, org=None, **kw):
    return Contact(platform, tie, handle, name, org, None, None, **kw)


def test_same_platform_handle_merges_connection_invitation_and_message():
    people = resolve(
        [
            _contact(handle="ines", name="Ines O"),
            _contact(tie="invitation", handle="ines", name="Ines O"),
            _contact(tie="message", handle="ines", name="Ines O"),
        ]
    )
    (ines,) = people
    assert ines.ties == (
        ("linkedin", "connection"),
        ("linkedin", "invitation"),
        ("linkedin", "message"),
    )


def test_a_message_never_answered_adds_only_its_register_to_a_person_a_tie_makes():
    wrote = _contact(tie="wrote", handle="mara", name="Mara Lind", register="informal")
    (mara,) = resolve([_contact(handle="mara", name="Mara Lind"), wrote])
    assert mara.ties == (("linkedin", "connection"),)
    assert wrote in mara.contacts
    assert resolve([wrote, _contact(platform="facebook", tie="wrote", name="Ola")]) == []


def test_same_email_merges_across_platforms_case_insensitively():
    people = resolve(
        [
            _contact(handle="tomas", name="Tomás Reyes", org="Contoso", emails=("t@ex.org",)),
            _contact("vcard", "contact", name="Tomas Reyes", emails=("T@Ex.org",)),
        ]
    )
    (tomas,) = people
    assert tomas.platforms == ("linkedin", "vcard")
    assert tomas.emails == ("t@ex.org",)
    assert tomas.organisation == "Contoso"


def test_a_handle_listed_for_another_platform_merges():
    google = _contact("google_contacts", "contact", name="Paul G", handles={"linkedin": "pg-li"})
    linkedin = _contact(handle="pg-li", name="Paul Graham", org="YC")
    (paul,) = resolve([google, linkedin])
    assert paul.name == "Paul Graham"  # LinkedIn's profile fields come first
    assert paul.handles == {"linkedin": "pg-li"}


def test_same_name_and_same_normalised_organisation_merge():
    people = resolve(
        [
            _contact(name="Marta Kowalczyk", org="Kestrel Robotics GmbH"),
            _contact("vcard", "contact", name="marta kowalczyk", org="Kestrel Robotics"),
        ]
    )
    assert len(people) == 1


@pytest.mark.parametrize(
    ("org_a", "org_b"),
    [("Acme", "Globex"), (None, None), ("Acme", None), ("Self-employed", "Self-employed")],
    ids=["different companies", "unknown companies", "one unknown", "not an employer"],
)
def test_a_name_alone_never_merges(org_a, org_b):
    people = resolve(
        [
            _contact("google_contacts", "contact", name="Priya Shah", org=org_a),
            _contact("vcard", "contact", name="Priya Shah", org=org_b),
        ]
    )
    assert len(people) == 2
    assert len({p.person_id for p in people}) == 2


def test_two_facebook_friends_with_the_same_name_stay_two():
    first = _contact("facebook", "friend", name="Priya Shah", file="f.json", line=1)
    second = replace(first, line=2)
    assert len(resolve([first, second])) == 2


def test_a_shared_email_never_joins_two_different_linkedin_profiles():
    people = resolve(
        [
            _contact(handle="ann", name="Ann", emails=("info@acme.example",)),
            _contact(handle="bob", name="Bob", emails=("info@acme.example",)),
        ]
    )
    assert sorted(p.handles["linkedin"] for p in people) == ["ann", "bob"]


def test_person_ids_are_stable_across_import_order_and_re_imports():
    contacts = import_paths([FIXTURES / "network"]).contacts
    ids = {p.person_id for p in resolve(contacts)}
    shuffled = list(contacts)
    random.Random(7).shuffle(shuffled)
    assert {p.person_id for p in resolve(shuffled)} == ids
    again = import_paths([FIXTURES / "network"]).contacts
    assert {p.person_id for p in resolve(again)} == ids
    assert len(ids) == len(resolve(contacts))  # unique


def test_sample_exports_join_ines_across_linkedin_google_and_vcard():
    contacts = import_paths([FIXTURES / "network"]).contacts
    people = [p for p in resolve(contacts) if p.handles.get("linkedin") == "ines-okafor-l-3b2a91"]
    (ines,) = people
    assert ines.platforms == ("google_contacts", "linkedin", "vcard")
    assert ("linkedin", "message") in ines.ties
    assert ines.emails == ("ines.ol@mail.example", "ines@northwind.example")


def test_the_same_export_imported_twice_gives_each_person_once(tmp_path):
    data = (FIXTURES / "network" / "facebook" / "your_friends.json").read_bytes()
    (tmp_path / "a.json").write_bytes(data)
    (tmp_path / "b.json").write_bytes(data)
    contacts = import_paths([tmp_path]).contacts
    assert len(contacts) == 6
    assert sorted(p.name or "" for p in resolve(contacts)) == [
        "Avery Stone",
        "José Núñez",
        "Zoë Brandt",
    ]


def test_normalize_name_folds_accents_case_and_degrees():
    assert normalize_name("Priya Raman, PhD") == "priya raman"
    assert normalize_name("JOSÉ  Núñez") == "jose nunez"
    assert normalize_name("  ") is None


def test_tie_strength_order_and_bonus():
    order = ["message", "invitation", "connection", "following", "follower", "subscription"]
    strengths = [tie_strength([tie]) for tie in order]
    assert strengths == sorted(strengths, reverse=True)
    assert len(set(strengths)) == len(strengths)
    assert tie_strength(["friend"]) == tie_strength(["contact"]) == tie_strength(["connection"])
    assert tie_strength([]) == 0.0
    one = tie_strength([("linkedin", "connection")])
    two = tie_strength([("linkedin", "connection"), ("facebook", "friend")])
    assert one < two < tie_strength([("linkedin", "invitation")])
    every = [(p, t) for p in ("linkedin", "x", "vcard", "facebook", "mastodon") for t in order]
    assert 0.0 <= tie_strength(every) <= 1.0


def test_a_mutual_follow_and_a_close_friend_are_stronger_than_a_one_way_follow():
    """Following each other on one platform says both chose the other; a close friends
    list is chosen one by one: each stronger than a follow, a close friend also than a
    connection. Following on one platform and followed on another is no mutual follow."""
    one_way = tie_strength([("x", "following")])
    mutual = tie_strength([("x", "following"), ("x", "follower")])
    close = tie_strength([("instagram", "close_friend")])
    assert one_way < mutual < tie_strength([("linkedin", "connection")]) < close
    assert close < tie_strength([("linkedin", "message")])
    apart = tie_strength([("x", "following"), ("mastodon", "follower")])
    assert apart == one_way + 0.05  # two platforms' bonus, no mutual follow


def test_a_follow_both_ways_reads_as_one_tie():
    from warehouse.network.paths import tie_summary

    (ada,) = resolve(
        [
            _contact("instagram", "following", handle="ada.k"),
            _contact("instagram", "follower", handle="ada.k"),
            _contact("instagram", "close_friend", handle="ada.k"),
            _contact("x", "follower", handle="ada_k", handles={"instagram": "ada.k"}),
        ]
    )
    assert tie_summary(ada) == "Instagram, close friend, you follow each other; X, follows you"


def test_a_keyless_contact_keeps_its_id_when_the_dated_archive_name_changes():
    old = _contact("google_contacts", "contact", name="Only A Name", file="T-1.zip!/c.csv", line=3)
    new = replace(old, file="T-2.zip!/c.csv")
    assert resolve([old])[0].person_id == resolve([new])[0].person_id


def test_ids_stay_unique_when_a_refused_merge_leaves_a_shared_key():
    a = _contact("google_contacts", "contact", name="A", handles={"x": "1", "github": "a"})
    b = _contact("vcard", "contact", name="B", handles={"x": "1", "github": "b"})
    people = resolve([a, b])
    assert len({p.person_id for p in people}) == 2


_POOL = import_paths([FIXTURES / "network"]).contacts


@given(st.permutations(_POOL))
def test_people_do_not_depend_on_contact_order(shuffled):
    assert resolve(shuffled) == resolve(_POOL)


@given(st.lists(st.sampled_from(sorted(TIE_WEIGHTS)), max_size=8), st.sampled_from(["x", "vcard"]))
def test_tie_strength_stays_in_0_1_and_never_drops_when_a_tie_is_added(ties, platform):
    pairs = [("linkedin", tie) for tie in ties]
    before = tie_strength(pairs)
    assert 0.0 <= before <= 1.0
    assert tie_strength([*pairs, (platform, "follower")]) >= before


def test_a_group_thread_is_a_weaker_tie_than_talking_one_to_one_and_no_way_in_alone():
    """Writing in a group conversation of the user's says they met, not that they talk:
    weaker than a message or a connection, stronger than a follow; and like a message it
    does not alone put its sender in the user's network (a group InMail is a stranger's)."""
    from warehouse.network.paths import _in_network, tie_summary

    when = datetime(2026, 3, 1, tzinfo=UTC)
    member = replace(_contact(tie="group", handle="bo", name="Bo Kim"), since=when)
    (bo,) = resolve([member])
    assert TIE_WEIGHTS["following"] < tie_strength(bo.ties) < TIE_WEIGHTS["connection"]
    assert tie_summary(bo) == "LinkedIn, group chat 2026"
    assert not _in_network(bo)
    (bo,) = resolve([member, _contact(handle="bo", name="Bo Kim")])
    assert _in_network(bo) and tie_strength(bo.ties) == TIE_WEIGHTS["connection"]


def test_a_name_with_its_umlauts_spelt_out_is_the_same_name_at_the_same_organisation():
    linkedin = _contact(handle="al", name="Anna-Lena Schröder", org="Nordlicht Data, Inc.")
    google = _contact(
        "google_contacts", "contact", name="Anna Lena Schroeder", org="Nordlicht Data"
    )
    danish = _contact(handle="sj", name="Søren Jørgensen", org="Fjordlys A/S")
    typed = _contact("vcard", "contact", name="Soeren Joergensen", org="Fjordlys")
    (anna, soren) = sorted(resolve([linkedin, google, danish, typed]), key=lambda p: p.name or "")
    assert anna.platforms == ("google_contacts", "linkedin")
    assert soren.platforms == ("linkedin", "vcard")
    # at another organisation, or spelt otherwise, they stay apart
    other = _contact("google_contacts", "contact", name="Thomas Mueller", org="Bosch")
    assert len(resolve([_contact(handle="tm", name="Thomas Müller", org="SAP SE"), other])) == 2


def test_a_kana_reading_finds_the_latin_name_at_the_same_organisation_in_either_order():
    kanji = _contact("google_contacts", "contact", name="佐藤 健太", org="Mizuho Digital Works",
                     reading="けんた さとう")  # fmt: skip
    family_first = _contact(
        "vcard", "contact", name="伊藤 翔太", org="Kumo", reading="しょうた いとう"
    )
    people = resolve(
        [
            _contact(handle="kenta-sato", name="Kenta Sato", org="Mizuho Digital Works"),
            kanji,
            _contact(handle="shota-ito", name="Ito Shota", org="Kumo"),
            family_first,
            # the same reading at another organisation is someone else
            _contact(handle="kenta-sato-2", name="Kenta Sato", org="Harbor Freight Japan"),
        ]
    )
    assert sorted(len(p.contacts) for p in people) == [1, 2, 2]
    (kenta,) = [p for p in people if kanji in p.contacts]
    assert kenta.name == "Kenta Sato"
    assert kenta.platforms == ("google_contacts", "linkedin")


def test_another_spelling_of_a_name_changes_no_persons_id():
    """The other spellings are weaker keys than the name as written: "aasa oeberg"
    sorts before "asa oberg", yet the id stays the name's as written."""
    (asa,) = resolve([_contact("vcard", "contact", name="Åsa Öberg", org="Klarna")])
    assert asa.person_id == hashlib.sha1(b"name+org:asa oberg|klarna").hexdigest()  # noqa: S324


def test_a_name_in_no_latin_letters_is_the_name_its_work_address_or_slug_spells() -> None:
    kanji = _contact("google_contacts", "contact", name="佐藤 健太", org="Mizuho Digital K.K.",
                     emails=("sato.kenta@mizuho-digital.example",))  # fmt: skip
    hanzi = _contact(
        "vcard", "contact", name="王伟", org="Qingniao", emails=("wei.wang@qn.example",)
    )
    slug = _contact(handle="ichiro-suzuki-4b2a91", name="鈴木 一郎", org="Kumo")
    people = resolve(
        [
            kanji,
            _contact(handle="kenta-sato", name="Kenta Sato", org="Mizuho Digital"),
            hanzi,
            _contact(handle="wang-wei", name="Wang Wei", org="Qingniao Ltd."),
            slug,
            _contact("google_contacts", "contact", name="Ichiro Suzuki", org="Kumo"),
        ]
    )
    assert sorted(len(p.contacts) for p in people) == [2, 2, 2]


@pytest.mark.parametrize(
    "other",
    [
        # at another organisation
        _contact(
            "google_contacts",
            "contact",
            name="佐藤 健太",
            org="Harbor Freight Japan",
            emails=("kenta.sato@hfj.example",),
        ),  # fmt: skip
        # a shared mailbox, or an initial only, spells no name
        _contact(
            "google_contacts",
            "contact",
            name="佐藤 健太",
            org="Mizuho Digital",
            emails=("info@mizuho-digital.example",),
        ),  # fmt: skip
        _contact(
            "google_contacts",
            "contact",
            name="佐藤 健太",
            org="Mizuho Digital",
            emails=("k.sato@mizuho-digital.example",),
        ),  # fmt: skip
        # a name in Latin letters is its own: an address it reads is maybe an assistant's
        _contact(
            "google_contacts",
            "contact",
            name="Mariko Abe",
            org="Mizuho Digital",
            emails=("kenta.sato@mizuho-digital.example",),
        ),  # fmt: skip
        # no reading, no address: kanji cannot be read
        _contact("google_contacts", "contact", name="佐藤 健太", org="Mizuho Digital"),
    ],
)
def test_an_address_spells_a_name_only_in_full_at_the_same_organisation(other: Contact) -> None:
    linkedin = _contact(handle="kenta-sato", name="Kenta Sato", org="Mizuho Digital")
    assert len(resolve([linkedin, other])) == 2


def test_a_reading_in_latin_letters_finds_the_name_in_either_order() -> None:
    pinyin = _contact(
        "google_contacts", "contact", name="张伟", org="Qingniao", reading="Wěi Zhāng"
    )
    people = resolve([pinyin, _contact(handle="zhangwei", name="Zhang Wei", org="Qingniao")])
    assert len(people) == 1


def test_a_card_in_two_label_files_of_a_takeout_is_one_person_by_its_name_and_number(tmp_path):
    # Takeout's Contacts as vCard: one file a label, the same card in each of its labels
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{}\r\nTEL:{}\r\nEND:VCARD\r\n".format
    tom, ana = card("Tom Ruiz", "+34 600 123 456"), card("Ana Ruiz", "600123456")
    for label, cards in (("My Contacts", ana + tom), ("Starred", tom)):
        (tmp_path / label).mkdir()
        (tmp_path / label / f"{label}.vcf").write_text(cards)
    (tmp_path / "phone.vcf").write_text(card("Tom Ruiz", "600 12 34 56"))  # as a phone wrote it
    people = resolve(import_paths([tmp_path]).contacts)
    # a shared home number is no one's name: Ana stays herself
    assert sorted((p.name, len(p.contacts)) for p in people) == [("Ana Ruiz", 1), ("Tom Ruiz", 3)]


def test_a_name_and_number_join_keeps_the_id_one_of_the_cards_had():
    tom = _contact("vcard", "contact", name="Tom Ruiz", phones=("+34 600 123 456",))
    mine, starred = replace(tom, file="My Contacts.vcf", line=1), replace(tom, file="S.vcf")
    (joined,) = resolve([mine, starred])
    assert len(joined.contacts) == 2
    assert joined.person_id in {resolve([mine])[0].person_id, resolve([starred])[0].person_id}
