"""The network in the warehouse: idempotent imports, people, ties, and referral paths."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from extractors._contract import Page, Posting
from extractors._runner import ParsedPosting, SourceResult
from extractors.network import Contact, ImportResult
from warehouse import load
from warehouse.build import build
from warehouse.db import connect
from warehouse.network.paths import (
    PostingRef,
    alike_companies,
    employer_domains,
    referral_paths,
)
from warehouse.network.store import import_network, read_contacts, refresh_people, store_import
from warehouse.ranking.profile import Profile, RankingSettings

CONNECTIONS = """Notes:
"Some of the email addresses may be missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Rahul,Sen,https://linkedin.com/in/rsen,,Kestrel Robotics GmbH,Engineering Manager,12 Mar 2024
Priya,Shah,https://www.linkedin.com/in/priyashah,,Acme,Designer,01 Jan 2025
"""
FOLLOWS = (
    "Account address,Show boosts,Notify on new posts,Languages\n"
    "mira@hachyderm.example,true,false,\n"
)


@pytest.fixture
def con(tmp_path: Path):
    connection = connect(tmp_path / "w.duckdb")
    yield connection
    connection.close()


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "Connections.csv").write_text(CONNECTIONS, encoding="utf-8")
    (folder / "following_accounts.csv").write_text(FOLLOWS, encoding="utf-8")
    return folder


def test_reimporting_an_export_changes_nothing_and_a_newer_one_updates(con, exports) -> None:
    _, first = import_network(con, [str(exports)])
    _, again = import_network(con, [str(exports)])
    assert (first.new, first.updated) == (3, 0)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    newer = CONNECTIONS.replace("Engineering Manager", "Director of Engineering")
    (exports / "Connections.csv").write_text(newer, encoding="utf-8")
    _, updated = import_network(con, [str(exports)])
    assert (updated.new, updated.updated) == (0, 1)
    role = con.execute(
        "select role from state.network_contacts where name = 'Rahul Sen'"
    ).fetchone()
    assert role == ("Director of Engineering",)


def test_namesakes_without_a_handle_or_email_are_two_contacts_and_two_people(
    con, tmp_path: Path
) -> None:
    """Facebook gives a name and a date only; an address-book entry may have a phone
    alone: two friends or contacts of the same name are still two people."""
    times = (1613347200, 1500000000)
    friends = {"friends_v2": [{"name": "Maria Garcia", "timestamp": t} for t in times]}
    (tmp_path / "your_friends.json").write_text(json.dumps(friends), encoding="utf-8")
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:John Smith\r\nTEL:{tel}\r\nEND:VCARD\r\n"
        for tel in ("+1 555 0100", "+1 555 0199")
    )
    (tmp_path / "contacts.vcf").write_text(cards, encoding="utf-8")
    _, counts = import_network(con, [str(tmp_path)])
    assert (counts.new, counts.updated, counts.unchanged) == (4, 0, 0)
    assert sorted(p.name for p in refresh_people(con)) == [
        "John Smith", "John Smith", "Maria Garcia", "Maria Garcia"
    ]  # fmt: skip
    _, again = import_network(con, [str(tmp_path)])
    assert (again.new, again.unchanged) == (0, 4)


def test_people_carry_ties_and_their_sources_but_no_contact_details(con, exports) -> None:
    import_network(con, [str(exports)])
    people = refresh_people(con)
    assert len(people) == 3
    ties = con.execute(
        "select p.name, t.platform, t.tie, year(t.since) from staging.person_ties as t "
        "join staging.people as p using (person_id) order by p.name"
    ).fetchall()
    assert ("Rahul Sen", "linkedin", "connection", 2024) in ties
    assert con.execute("select count(*) from staging.person_contacts").fetchone() == (3,)
    build(con, Profile(), RankingSettings())
    columns = {c[0] for c in con.execute("select * from network_people limit 0").description}
    assert {
        "person_id",
        "name",
        "organisation",
        "role",
        "sources",
        "handles",
        "tie_strength",
    } <= columns
    assert not columns & {"emails", "phones"}


def test_referral_paths_through_a_colleague_and_a_followed_poster(con, exports) -> None:
    import_network(con, [str(exports)])
    people = refresh_people(con)
    postings = [
        PostingRef(
            "L1", "lever", None, "Kestrel Robotics", "https://jobs.lever.co/kestrel/x", None
        ),
        PostingRef(
            "L2",
            "mastodon",
            "mira@hachyderm.example",
            None,
            "https://h.example/1",
            None,
            posters="mastodon",
        ),
        PostingRef("L3", "greenhouse", None, "Acme Widgets", "https://acme.example/j", None),
        PostingRef(
            "L4", "reddit", "mira@hachyderm.example", None, "https://reddit.com/x", None, True
        ),
    ]
    paths = {path.lead_id: path for path in referral_paths(postings, people)}
    assert paths["L1"].network_path.startswith(
        "Rahul Sen, Engineering Manager at Kestrel Robotics GmbH (LinkedIn, connected 2024)"
    )
    assert paths["L1"].network_via == "via Rahul Sen at Kestrel Robotics GmbH"
    assert paths["L2"].network_via.startswith("posted by mira@hachyderm.example")
    assert paths["L2"].network_strength > paths["L1"].network_strength
    assert "L3" not in paths  # "Acme" is not "Acme Widgets" on a name alone
    assert "L4" not in paths  # Reddit authors are never joined to anyone


def test_companies_scored_in_blocks_find_every_path(con, exports, monkeypatch) -> None:
    import_network(con, [str(exports)])
    people = refresh_people(con)
    others = [f"Company {n}" for n in range(7)]
    postings = [
        PostingRef(f"L{n}", "lever", None, company, f"https://jobs.lever.co/x/{n}", None)
        for n, company in enumerate([*others, "Kestrel Robotics", *others, "Kestrel Robotics"])
    ]
    whole = referral_paths(postings, people)
    monkeypatch.setattr("warehouse.network.paths._COMPANIES_AT_ONCE", 3)
    assert referral_paths(postings, people) == whole
    assert [path.lead_id for path in whole] == ["L15", "L7"]


def test_a_company_card_in_an_address_book_is_no_path_into_the_company(con, exports) -> None:
    card = "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:Kestrel Robotics\nORG:Kestrel Robotics GmbH;\n"
    (exports / "contacts.vcf").write_text(card + "X-ABShowAs:COMPANY\nEND:VCARD\n")
    import_network(con, [str(exports)])
    posting = PostingRef("L1", "lever", None, "Kestrel Robotics", "https://jobs.lever.co/k/1", None)
    paths = referral_paths([posting], refresh_people(con))
    assert [path.network_via for path in paths] == ["via Rahul Sen at Kestrel Robotics GmbH"]


def test_only_postings_of_alike_companies_need_reading_for_company_paths(con, exports) -> None:
    import_network(con, [str(exports)])
    people = refresh_people(con)
    companies = ["Kestrel Robotics", "KESTREL ROBOTICS GmbH", "Acme Widgets", "Quillpad"]
    assert alike_companies(companies, people) == {"Kestrel Robotics", "KESTREL ROBOTICS GmbH"}


NETWORK = """First Name,Last Name,URL,Email Address,Company,Position,Connected On
Lena,Roth,https://www.linkedin.com/in/lenaroth,,Quillpad,Recruiter,01 Feb 2026
Ada,Byte,https://www.linkedin.com/in/adabyte,,Heronworks.io,Engineer,01 Feb 2026
Bo,Li,https://www.linkedin.com/in/boli,,,Staff Engineer @ Tidewater Technologies,01 Feb 2026
Cy,Ng,https://www.linkedin.com/in/cyng,,Stealth AI Startup,Founder,01 Feb 2026
Di,Oz,https://www.linkedin.com/in/dioz,,Orbit,Designer,01 Feb 2026
Ed,Po,https://www.linkedin.com/in/edpo,,Kestrel Tech,Engineer,01 Feb 2026
"""
PATHS = [  # (posting company, its board's token or None, who is the path, if anyone)
    ("Inkwell", "quillpad", "Lena Roth"),  # renamed: its board keeps the old name
    ("Heronworks", None, "Ada Byte"),  # "Heronworks.io" is its web name
    ("Tidewater", None, "Bo Li"),  # the employer a headline names, without its descriptor
    ("Stealth AI Startup", None, None),  # no employer is no one to ask
    ("Orbit Leisure Group", None, None),  # a name inside another's is not it
    ("Orbitbase", None, None),
    ("Kestrel", None, None),  # "Kestrel Tech" is "Kestrel Technologies", not any Kestrel
]


def test_company_paths_name_the_right_person_and_never_a_wrong_one(con, tmp_path) -> None:
    (tmp_path / "Connections.csv").write_text(NETWORK, encoding="utf-8")
    import_network(con, [str(tmp_path / "Connections.csv")])
    postings = [
        PostingRef(
            f"L{n}", "greenhouse", None, company, f"https://x.example/{n}", None, board=board
        )
        for n, (company, board, _) in enumerate(PATHS)
    ]
    paths = {p.lead_id: p.network_via for p in referral_paths(postings, refresh_people(con))}
    assert {f"L{n}": who for n, (*_, who) in enumerate(PATHS) if who} == {
        lead: via.removeprefix("via ").split(" at ")[0] for lead, via in paths.items()
    }


def test_a_path_the_name_gives_but_the_posting_site_doubts_is_unsure(con, tmp_path) -> None:
    (tmp_path / "Connections.csv").write_text(NETWORK, encoding="utf-8")
    import_network(con, [str(tmp_path / "Connections.csv")])
    people = refresh_people(con)
    at = "https://news.ycombinator.com/item?id=1"
    sure, unsure, apart = referral_paths(  # none into L3: its site goes by "Orbit Health"
        [
            PostingRef("L1", "hackernews", None, "Orbit", at, "https://orbit.example/jobs"),
            PostingRef("L2", "hackernews", None, "Orbit", at, "https://orbithealth.example"),
            PostingRef("L3", "hackernews", None, "Orbit Health", at, "https://orbithealth.example"),
            PostingRef("L4", "hackernews", None, "Orbit Labs", at, None),
        ],
        people,
    )
    assert (sure.lead_id, sure.network_via) == ("L1", "via Di Oz at Orbit")
    assert unsure.lead_id == "L2" and unsure.network_strength == sure.network_strength / 2
    assert unsure.network_via.endswith("(maybe another company of that name: the posting's "
                                       "site is orbithealth)")  # fmt: skip
    assert (apart.lead_id, apart.network_via) == ("L4", "via Di Oz at Orbit (maybe another "
                                                "company: Orbit Labs or Orbit)")  # fmt: skip


def test_an_unsure_path_names_the_company_as_the_posting_states_it(con, tmp_path) -> None:
    lab = (
        NETWORK.splitlines()[0]
        + "\nNia,Vale,https://linkedin.com/in/nv,,Quill Labs,CTO,01 Feb 2026\n"
    )
    (tmp_path / "Connections.csv").write_text(lab, encoding="utf-8")
    import_network(con, [str(tmp_path / "Connections.csv")])
    postings = [  # its board's token names it too: eight chances to show the token instead
        PostingRef(f"L{n}", "greenhouse", None, "Quill", None, None, board="quill")
        for n in range(8)
    ]
    paths = referral_paths(postings, refresh_people(con))
    assert {path.network_via for path in paths} == {
        "via Nia Vale at Quill Labs (maybe another company: Quill Labs or Quill)"
    }


def test_a_build_reads_the_postings_of_a_board_named_as_a_contact_organisation(
    con, tmp_path
) -> None:
    (tmp_path / "Connections.csv").write_text(NETWORK, encoding="utf-8")
    load.start_run(con, "r1", "leads.toml")
    page = Page("greenhouse", "https://boards.example/quillpad", 200, {}, b"x", datetime.now(UTC),
                scope="quillpad")  # fmt: skip
    posting = Posting("greenhouse", "1", "https://job-boards.greenhouse.io/quillpad/jobs/1",
                      title="Data Engineer", company="Inkwell", text="dbt work")  # fmt: skip
    parsed = ParsedPosting(posting, page.content_hash, "quillpad")
    result = SourceResult("greenhouse", pages=[page], postings=[parsed])
    load.store_result(con, "r1", result, windowed=True)
    load.finish_run(con, "r1")
    import_network(con, [str(tmp_path / "Connections.csv")])
    build(con, Profile(), RankingSettings())
    path = con.execute("select network_path from ranked_leads").fetchone()
    assert path is not None and path[0].startswith("Lena Roth, Recruiter at Quillpad")


CONTACTS = """First Name,Middle Name,Last Name,Organization Name,Labels,E-mail 1 - Value
Yara,,Demir,,* myContacts,yara@quarrydata.example
Mo,,Chen,,* myContacts,mo.chen@gmail.com
Gus,,Ode,,* myContacts,gus@google.com
"""


def _paths_by_mail(con, tmp_path, url: str, apply_url: str | None = None) -> list[tuple[str]]:
    """The paths the address book above gives one posting at `url`."""
    (tmp_path / "contacts.csv").write_text(CONTACTS, encoding="utf-8")
    load.start_run(con, "r1", "leads.toml")
    page = Page("jobposting", url, 200, {}, b"x", datetime.now(UTC), scope=url)
    posting = Posting("jobposting", "1", url, title="Data Engineer", company="Quarry Data",
                      text="dbt work", apply_url=apply_url)  # fmt: skip
    result = SourceResult(
        "jobposting", pages=[page], postings=[ParsedPosting(posting, page.content_hash, url)]
    )
    load.store_result(con, "r1", result, windowed=False)
    load.finish_run(con, "r1")
    import_network(con, [str(tmp_path / "contacts.csv")])
    build(con, Profile(), RankingSettings())
    return con.execute("select network_via from marts.lead_contacts").fetchall()


def test_a_contact_known_only_by_an_email_at_the_employers_domain_is_a_path(con, tmp_path) -> None:
    paths = _paths_by_mail(con, tmp_path, "https://www.quarrydata.example/careers/1")
    assert paths == [("via Yara Demir, e-mail at quarrydata.example",)]


def test_a_form_or_board_hosting_the_posting_names_no_employer(con, tmp_path) -> None:
    """A Google Form to apply through is no sign of Google: its people are no path."""
    form = "https://docs.google.com/forms/d/e/1FAIpQL/viewform"
    assert _paths_by_mail(con, tmp_path, "https://jobs.example/quarry/1", form) == []


def test_a_contacts_country_is_stored_and_an_import_without_one_keeps_its_hash(
    con, tmp_path: Path
) -> None:
    folder = tmp_path / "book"
    folder.mkdir()
    header = "First Name,Last Name,E-mail 1 - Value,Address 1 - Country"
    rows = "Bia,Caldeira,bia@example.org,Brasil\nJo,Lee,jo@example.org,\n"
    (folder / "contacts.csv").write_text(f"{header}\n{rows}", encoding="utf-8")
    _, first = import_network(con, [str(folder)])
    _, again = import_network(con, [str(folder)])
    assert (first.new, again.unchanged) == (2, 2)
    stored = con.execute("select name, country from state.network_contacts order by name")
    assert stored.fetchall() == [("Bia Caldeira", "BR"), ("Jo Lee", None)]


def test_people_who_never_answered_are_no_contacts_in_an_imports_counts(con) -> None:
    """The user reads the count of contacts an import added: someone they wrote who never
    answered is kept for how they address them, and counted apart."""
    when = datetime(2026, 3, 2, tzinfo=UTC)
    contacts = [
        Contact("linkedin", tie, slug, name, None, None, when, file="messages.csv", line=i)
        for i, (tie, slug, name) in enumerate(
            [("message", "ana-ruiz", "Ana Ruiz"), ("wrote", "ben-cole", "Ben Cole"),
             ("wrote", "cem-aydin", "Cem Aydın")], start=2,
        )
    ]  # fmt: skip
    counts = store_import(con, ImportResult(contacts=contacts))
    assert (counts.new, counts.updated, counts.unchanged, counts.unanswered) == (1, 0, 0, 2)
    assert counts.changed == 3  # the people need resolving again, registers and all
    again = store_import(con, ImportResult(contacts=contacts))
    assert (again.new, again.unchanged, again.unanswered, again.changed) == (0, 1, 2, 0)


def test_a_facebook_thread_gives_its_friend_a_register_and_the_import_no_contact(
    con, tmp_path: Path
) -> None:
    """A thread names its people only: its register joins the one friend of that name,
    and it is counted as no contact."""
    root = Path(__file__).parents[1] / "fixtures" / "network" / "facebook"
    thread = root / "messages" / "inbox" / "josenunez_10158812345" / "message_1.json"
    folder = tmp_path / "your_facebook_activity"
    (folder / "messages").mkdir(parents=True)
    (folder / "your_friends.json").write_bytes((root / "your_friends.json").read_bytes())
    (folder / "messages" / "message_1.json").write_bytes(thread.read_bytes())
    _, counts = import_network(con, [str(folder)])
    assert (counts.new, counts.unanswered, counts.changed) == (3, 0, 5)
    people = {p.name: p for p in refresh_people(con)}
    assert sorted(people) == ["Avery Stone", "José Núñez", "Zoë Brandt"]  # not the user
    assert {c.register for c in people["José Núñez"].contacts} == {None, "informal"}
    assert {c.language for c in people["José Núñez"].contacts} == {None, "es"}


def test_a_conversations_language_is_stored_and_read_back_and_updated(con) -> None:
    """The language is kept beside the register; a later import that reads another
    language (the two switched to French) replaces it."""
    when = datetime(2026, 3, 2, tzinfo=UTC)
    chat = Contact("linkedin", "message", "camille-r", "Camille R", None, None, when,
                   file="messages.csv", line=2, register="informal", language="en")  # fmt: skip
    store_import(con, ImportResult(contacts=[chat]))
    assert [c.language for c in read_contacts(con)] == ["en"]
    counts = store_import(con, ImportResult(contacts=[replace(chat, language="fr")]))
    assert counts.updated == 1
    assert [c.language for c in read_contacts(con)] == ["fr"]


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_long_threads_latest_part_sets_the_register_whichever_is_read_last(
    con, order: tuple[int, int]
) -> None:
    """Facebook splits a long thread into message_1.json (the latest), message_2.json, ...:
    one record for each person, its register the latest message's that shows one."""
    parts = [
        ("inbox/lenaroth_1/message_1.json", "informal", datetime(2026, 3, 2, tzinfo=UTC)),
        ("inbox/lenaroth_1/message_2.json", "formal", datetime(2025, 1, 9, tzinfo=UTC)),
    ]
    chats = [
        Contact("facebook", "chat", None, "Lena Roth", None, None, when, file=f, register=r)
        for f, r, when in parts
    ]
    for i in order:  # imported one part at a time, or both at once
        store_import(con, ImportResult(contacts=[chats[i]]))
    store_import(con, ImportResult(contacts=[chats[i] for i in order]))
    stored = con.execute("select register from state.network_contacts").fetchall()
    assert stored == [("informal",)]


def test_a_contacts_reading_is_stored_and_read_back(con) -> None:
    """The kana reading of a name reaches identity resolution through the store: the
    address book's 佐藤 健太 is LinkedIn's Kenta Sato at the same organisation."""
    when = datetime(2026, 1, 21, tzinfo=UTC)
    kanji = Contact("google_contacts", "contact", None, "佐藤 健太", "Mizuho Digital Works", None,
                    None, file="contacts.csv", line=2, reading="けんた さとう")  # fmt: skip
    latin = Contact("linkedin", "connection", "kenta-sato", "Kenta Sato", "Mizuho Digital Works",
                    "Product Manager", when, file="Connections.csv", line=5)  # fmt: skip
    store_import(con, ImportResult(contacts=[kanji, latin]))
    assert {c.reading for c in read_contacts(con)} == {"けんた さとう", None}
    (kenta,) = refresh_people(con)
    assert (kenta.name, kenta.platforms) == ("Kenta Sato", ("google_contacts", "linkedin"))


def test_a_company_in_another_script_is_joined_by_the_domain_never_a_latin_one(
    con, tmp_path
) -> None:
    """ "株式会社ツバメ工房" at tsubame-kobo.jp is the contact at "Tsubame Kobo" with an address
    there; "Acme" at a contact's old employer's domain is no path through them."""
    rows = (
        NETWORK.splitlines()[0]
        + "\nKenji,Mori,https://linkedin.com/in/km,kenji@tsubame-kobo.jp,Tsubame Kobo,SRE,"
        + "01 Feb 2026\nEve,Rao,https://linkedin.com/in/er,eve@acme-old.example,Globex,CTO,"
        + "01 Feb 2026\n"
    )
    (tmp_path / "Connections.csv").write_text(rows, encoding="utf-8")
    import_network(con, [str(tmp_path / "Connections.csv")])
    people = refresh_people(con)
    assert employer_domains(people) == {"tsubame-kobo.jp", "acme-old.example"}
    jobs = "https://www.tsubame-kobo.jp/recruit/42"
    (path,) = referral_paths(
        [
            PostingRef("L1", "greenhouse", None, "株式会社ツバメ工房", jobs, jobs),
            PostingRef("L2", "greenhouse", None, "Acme", "https://acme-old.example/jobs", None),
        ],
        people,
    )
    assert (path.lead_id, path.network_via) == ("L1", "via Kenji Mori at Tsubame Kobo")
