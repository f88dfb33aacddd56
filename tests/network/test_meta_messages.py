"""Facebook and Instagram conversations: how the two address each other, joined only to
the one same-platform contact of exactly that name."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from network_helpers import read_fixture

from extractors.network import Contact, instagram
from extractors.network import meta_messages as messages
from warehouse.network.identity import resolve

THREAD = ("facebook", "messages", "inbox", "josenunez_10158812345", "message_1.json")


def _thread(names: list[str], texts: list[str], **extra: object) -> bytes:
    """A thread file as Meta writes it: the latest message first, UTF-8 as escapes."""
    moji = [n.encode().decode("latin-1") for n in names]
    items = [{"sender_name": moji[0], "timestamp_ms": 1748851200000 - i, "content": t}
             for i, t in enumerate(reversed(texts))]  # fmt: skip
    document = {"participants": [{"name": n} for n in moji], "messages": items, **extra}
    return json.dumps(document).encode()


def test_a_one_to_one_thread_gives_each_participant_its_register_and_no_tie() -> None:
    contacts, problems = read_fixture(messages, *THREAD)
    assert problems == []
    assert [(c.platform, c.tie, c.name, c.register) for c in contacts] == [
        ("facebook", "chat", "José Núñez", "informal"),  # the mojibake repaired
        ("facebook", "chat", "Alex Brandt", "informal"),  # the user: joins no one
    ]


@pytest.mark.parametrize(
    ("names", "texts", "extra"),
    [
        (["Lena Roth", "Alex Brandt", "Jan Berg"], ["Hallo ihr, habt ihr Zeit?"], {}),  # a group
        (["Lena Roth", "Alex Brandt"], ["Hast du Zeit?"], {"thread_type": "RegularGroup"}),
        (["Lena Roth", "Alex Brandt"], ["Ok 👍", "Freitag!"], {}),  # says neither
        (["Lena Roth"], ["Hast du Zeit?"], {}),  # the other left: no one to address
    ],
)
def test_a_thread_that_shows_neither_register_nor_language_between_two_gives_nothing(
    names: list[str], texts: list[str], extra: dict[str, object]
) -> None:
    assert list(messages.read(_thread(names, texts, **extra), "message_1.json")) == []


def test_a_thread_in_english_or_without_a_you_keeps_its_language_only() -> None:
    english = _thread(["Lena Roth", "Alex Brandt"], ["Thanks, see you Friday!"])
    french = _thread(["Lena Roth", "Alex Brandt"], ["Bonjour, merci pour l'invitation !"])
    for data, language in ((english, "en"), (french, "fr")):
        lena, _ = messages.read(data, "message_1.json")
        assert isinstance(lena, Contact)
        assert (lena.tie, lena.register, lena.language) == ("chat", None, language)


def test_a_thread_under_an_instagram_path_is_instagrams() -> None:
    data = _thread(["Mira Santos", "Alex Brandt"], ["Salut Mira, tu es dispo jeudi ?"])
    name = "instagram-alex-2026/your_instagram_activity/messages/inbox/mira_1/message_1.json"
    assert {c.platform for c in messages.read(data, name)} == {"instagram"}


def test_the_latest_message_says_the_register_where_the_two_changed_it() -> None:
    texts = ["Guten Tag, hätten Sie nächste Woche Zeit?", "Gern, sag einfach du zu mir!"]
    (lena, _) = messages.read(_thread(["Lena Roth", "Alex Brandt"], texts), "message_1.json")
    assert isinstance(lena, Contact) and lena.register == "informal"


def _friend(name: str, day: int) -> Contact:
    return Contact("facebook", "friend", None, name, None, None, None, file="f.json", line=day)


def _chat(name: str, platform: str = "facebook") -> Contact:
    return Contact(platform, "chat", None, name, None, None, None, file="m.json", line=1,  # type: ignore[arg-type]
                   register="informal")  # fmt: skip


def test_a_chat_joins_the_one_friend_of_exactly_its_name_and_adds_no_tie() -> None:
    alone = resolve([_friend("Lena Roth", 1)])
    (lena,) = resolve([_friend("Lena Roth", 1), _chat("Lena Roth"), _chat("Alex Brandt")])
    assert lena.person_id == alone[0].person_id  # a register joined keeps the id
    assert lena.ties == (("facebook", "friend"),)
    assert {c.register for c in lena.contacts} == {None, "informal"}


@pytest.mark.parametrize(
    ("friends", "chat"),
    [
        (["Lena Roth", "Lena Roth"], _chat("Lena Roth")),  # two friends of that name
        (["Lena Rothe"], _chat("Lena Roth")),  # another name
        (["lena roth"], _chat("Lena Roth")),  # not as the platform writes it
        (["Lena Roth"], _chat("Lena Roth", "instagram")),  # another platform's
    ],
)
def test_a_chat_joins_no_one_where_its_name_is_not_one_contacts_alone(
    friends: list[str], chat: Contact
) -> None:
    people = resolve([*(_friend(n, i) for i, n in enumerate(friends)), chat])
    assert len(people) == len(friends)
    assert all(c.tie != "chat" for p in people for c in p.contacts)


def test_a_chat_never_joins_a_linkedin_connection_of_its_name() -> None:
    linkedin = Contact("linkedin", "connection", "lena-roth", "Lena Roth", "Acme", None, None)
    (person,) = resolve([linkedin, _chat("Lena Roth")])
    assert all(c.tie != "chat" for c in person.contacts)


def test_each_part_of_a_long_thread_is_dated_by_the_message_that_shows_its_register() -> None:
    texts = ["Hättest du morgen Zeit?", "Danke, bis dann!"]  # the latest shows none
    (lena, _) = messages.read(_thread(["Lena Roth", "Alex Brandt"], texts), "message_2.json")
    assert isinstance(lena, Contact) and lena.register == "informal"
    assert lena.since == datetime.fromtimestamp((1748851200000 - 1) / 1000, UTC)


def test_each_participant_is_addressed_as_the_other_writes_to_them() -> None:
    """One file cannot tell which of the two is the user: to each, the other's words say
    how to write, so the record joined to the contact carries the user's own."""
    items = [  # Meta: the latest first
        {"sender_name": "Alex Brandt", "timestamp_ms": 1748851200000,
         "content": "Hallo Jörg, danke dir, ich schicke dir morgen alles."},
        {"sender_name": "J\u00c3\u00b6rg Weiss", "timestamp_ms": 1748851100000,
         "content": "Guten Tag, könnten Sie mir Ihr Angebot schicken? Viele Grüße"},
    ]  # fmt: skip
    names = [{"name": "J\u00c3\u00b6rg Weiss"}, {"name": "Alex Brandt"}]
    data = json.dumps({"participants": names, "messages": items}).encode()
    path = "your_instagram_activity/messages/inbox/joergweiss_17/message_1.json"
    joerg, alex = (c for c in messages.read(data, path) if isinstance(c, Contact))
    assert (joerg.name, joerg.platform, joerg.register, joerg.language) == (
        "Jörg Weiss", "instagram", "informal", "de",
    )  # fmt: skip
    assert alex.register == "formal"


def _follow(user: str) -> Contact:
    return Contact("instagram", "following", user, None, None, None, None, file="following.json")


def _dm(names: list[str], path: str) -> list[Contact]:
    texts = ["Hast du morgen Zeit?", "Ja, hast du auch Zeit?"]
    return [c for c in messages.read(_thread(names, texts), path) if isinstance(c, Contact)]


_IG = "instagram-alex-2026/your_instagram_activity/messages/inbox/{}/message_1.json"


def _joined(people: list) -> list[str]:
    return sorted(
        p.handles["instagram"] for p in people if any(c.tie == "chat" for c in p.contacts)
    )


@pytest.mark.parametrize(
    ("name", "folder", "username"),
    [
        ("Mira Kaya \U0001f319", "mirakaya_17846368219941911", "mira.kaya"),  # an emoji
        ("Zoë Brandt", "zoebrandt_17841400000000000", "zoe_brandt"),  # mojibake, as Meta writes it
    ],
)
def test_an_instagram_chat_joins_the_one_account_its_name_spells(
    name: str, folder: str, username: str
) -> None:
    chats = _dm([name, "Alex Brandt"], _IG.format(folder))
    people = resolve([_follow(username), _follow("jonas.w"), *chats])
    assert _joined(people) == [username]
    (joined,) = [p for p in people if p.handles["instagram"] == username]
    assert joined.ties == (("instagram", "following"),)  # a register, no tie


def test_an_old_instagram_chat_joins_the_account_its_folder_names_once_the_user_is_known() -> None:
    old = "instagram-alexbrandt-2021-05-01.zip!/messages/inbox/{}/message_1.json"
    chats = [*_dm(["Jonas Weber", "Alex Brandt"], old.format("jw.codes_1784123")),
             *_dm(["Mira Kaya", "Alex Brandt"], old.format("mirakaya_1784999"))]  # fmt: skip
    people = resolve([_follow("jw.codes"), _follow("other.one"), *chats])
    assert _joined(people) == ["jw.codes"]
    # one thread alone cannot tell the user from the other: its folder names neither
    alone = resolve([_follow("jw.codes"), *chats[:2]])
    assert _joined(alone) == []


@pytest.mark.parametrize(
    ("name", "folder", "follows"),
    [
        ("Lena Roth", "lenaroth_1784", ["lenaroth", "lena_roth"]),  # two accounts spell it
        ("\U0001f338\U0001f338", "instagramuser_1784", ["flowers.art"]),  # no letters
        ("Paul Kern", "paulkern_1784", ["pk.photo"]),  # no account spells it
        ("Ana", "ana_1784", ["ana"]),  # too short to be anyone's alone
    ],
)
def test_an_instagram_chat_joins_no_one_where_no_one_account_is_spelt(
    name: str, folder: str, follows: list[str]
) -> None:
    people = resolve([*map(_follow, follows), *_dm([name, "Alex Brandt"], _IG.format(folder))])
    assert _joined(people) == []


OLD_INSTAGRAM = ("instagram", "messages_2019.json")


def test_instagrams_one_file_of_before_2020_gives_the_register_of_its_one_to_one_threads():
    """Every thread in one list, participants as usernames, messages by `created_at`
    (latest first): a group and a thread of only a 👍 and a shared story give nothing."""
    contacts, problems = read_fixture(messages, *OLD_INSTAGRAM)
    assert problems == []
    assert [(c.platform, c.tie, c.name, c.register, c.language) for c in contacts] == [
        ("instagram", "chat", "harborline.ops", "informal", "de"),
        ("instagram", "chat", "jw.codes", "informal", "de"),
    ]
    # dated by the user's own message that shows it: to harborline.ops, jw.codes's "du"
    assert contacts[0].since == datetime(2019, 6, 11, 21, 40, 3, 771201, tzinfo=UTC)


def test_an_old_instagram_thread_joins_the_account_its_username_is():
    follows, _ = read_fixture(instagram, "instagram", "connections_2019.json")
    chats, _ = read_fixture(messages, *OLD_INSTAGRAM)
    people = {p.handles.get("instagram"): p for p in resolve([*follows, *chats])}
    assert {c.register for c in people["harborline.ops"].contacts} == {None, "informal"}
    assert "jw.codes" not in people  # the user, whom nothing else names, makes no one


def test_the_old_list_shape_is_sniffed_and_another_list_is_not():
    assert messages.sniff("messages.json", b'[\n  {\n    "participants": ["a", "b"],')
    assert not messages.sniff("messages.json", b'[{"title": "a", "string_list_data": []}]')
