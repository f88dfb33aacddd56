"""`leads intro` to asks in the user's messages: a reply in the ask's language, or a word
that the English draft is not in it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leads.__main__ import app

ASKS = Path(__file__).parents[1] / "fixtures" / "network" / "linkedin_asks"
# invented: a connection asks in French, addressing the user as "tu"
FRENCH_ASK = (
    '"2-ZnItMDE=","","Jonas Weber","https://www.linkedin.com/in/jonas-weber-dataops",'
    '"Alex Brandt","https://www.linkedin.com/in/alex-brandt-data","2026-11-21 08:00:00 UTC",'
    '"","Salut Alex ! On lance notre appli au Québec. Tu connais quelqu\'un qui pourrait '
    'nous aider avec Airflow ?","INBOX","","No","No"\n'
)


def _leads(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _config(tmp_path: Path) -> str:
    export = tmp_path / "export"
    shutil.copytree(ASKS, export)
    with (export / "messages.csv").open("a", encoding="utf-8") as messages:
        messages.write(FRENCH_ASK)
    config = tmp_path / "leads.toml"
    config.write_text(
        '[profile]\nskills = ["python", "airflow"]\nremote_only = true\nlocations = ["FR", "EU"]\n'
        '[network]\nscan_messages = true\n[intro]\nname = "Alex Brandt"\n',
        encoding="utf-8",
    )
    _leads("network", "import", str(export), "--config", str(config))
    return str(config)


def _intro(config: str, poster: str, title: str) -> str:
    query = f"select lead_id from ranked_leads where poster = '{poster}' and title like '{title}'"
    lead = _leads("sql", query, "-f", "csv", "--config", config).split()[-1]
    return _leads("intro", lead, "--config", config)


def test_an_ask_in_french_gets_a_french_reply_and_one_in_bengali_a_word_on_its_english(
    tmp_path: Path,
) -> None:
    config = _config(tmp_path)
    french = _intro(config, "Jonas Weber", "Tu connais%")
    assert "Salut Jonas,\n\nMerci pour ton message !" in french
    # the offer names the skills the ask names (Airflow), not the profile's others
    assert (
        "Je travaille en freelance sur Airflow, aussi à temps partiel, en télétravail (France, UE)."
    ) in french
    assert "there is no draft" not in french
    bengali = _intro(config, "Tanvir Rahman", "%")
    assert "They wrote in Bengali; there is no draft in it, so this one is in English." in bengali
    assert "Hi Tanvir,\n\nThanks for your message." in bengali
    german = _intro(config, "Jonas Weber", "Kennst du%")
    assert "danke für deine Nachricht!" in german and "there is no draft" not in german
    # the user answered Katrin in her thread: the draft follows that up, no thanks again
    katrin = _intro(config, "Katrin Vogel", "%")
    assert "Following up on my earlier reply. I could help with that myself" in katrin
    assert "Thanks for your message" not in katrin and "a freelancer in Python" in katrin


# invented: a French connection at a company whose French posting the user saved, and an
# English-speaking one at a company with an English posting
CONNECTIONS = """\
First Name,Last Name,URL,Email Address,Company,Position,Connected On
Sophie,Marchal,https://www.linkedin.com/in/smarchal,,Lumen,Gérante,14 Mar 2022
Tom,Becker,https://www.linkedin.com/in/tbecker,,Fernhill,Localization Manager,21 Jan 2024
"""
SAVED_JOBS = """\
Saved Date,Job Url,Job Title,Company Name
"11/26/26, 8:41 PM",https://www.linkedin.com/jobs/view/4300000001/,Traducteur (H/F),Lumen
"11/18/26, 7:02 AM",https://www.linkedin.com/jobs/view/4300000002/,Translator FR-EN,Fernhill
"""
OFFERS = (
    '[intro.offer]\nen = "I translate and subtitle from English and Portuguese into French."\n'
    'fr = "Je traduis et sous-titre de l\'anglais et du portugais vers le français."\n'
)


def _saved_jobs_config(tmp_path: Path, intro: str) -> str:
    export = tmp_path / "export"
    (export / "Jobs").mkdir(parents=True, exist_ok=True)
    (export / "Connections.csv").write_text(CONNECTIONS, encoding="utf-8")
    (export / "Jobs" / "Saved Jobs.csv").write_text(SAVED_JOBS, encoding="utf-8")
    config = tmp_path / "leads.toml"
    config.write_text(
        '[profile]\nskills = ["translation"]\nroles = ["translator"]\n'
        f'[intro]\nname = "Camille Laurent"\n{intro}',
        encoding="utf-8",
    )
    _leads("network", "import", str(export), "--config", str(config))
    return str(config)


def _saved_intro(config: str, title: str) -> str:
    query = f"select lead_id from ranked_leads where title like '{title}'"
    lead = _leads("sql", query, "-f", "csv", "--config", config).split()[-1]
    return _leads("intro", lead, "--config", config)


def test_a_french_posting_to_a_french_contact_gets_a_french_request_saying_why(
    tmp_path: Path,
) -> None:
    config = _saved_jobs_config(tmp_path, OFFERS)
    french = _saved_intro(config, "Traducteur%")
    assert "In French: the posting is in French, and so is Sophie's title (Gérante)." in french
    assert "Bonjour Sophie,\n\nNous sommes en relation sur LinkedIn (depuis 2022)" in french
    assert "recrute pour le poste de Traducteur et" in french
    assert "Bonjour, je suis Camille Laurent. Je traduis et sous-titre de l'anglais" in french
    english = _saved_intro(config, "Translator%")
    assert "Hi Tom," in english and "In French" not in english
    assert "I translate and subtitle from English and Portuguese into French." in english


def test_intro_language_en_keeps_every_request_in_english_and_says_so(tmp_path: Path) -> None:
    config = _saved_jobs_config(tmp_path, 'language = "en"\n')
    draft = _saved_intro(config, "Traducteur%")
    assert "In English, as [intro] language says." in draft and "Hi Sophie," in draft
    assert "I work as a freelance translator, available" in draft  # no offer: from [profile]


def test_an_offer_in_an_unknown_language_is_an_error_naming_it(tmp_path: Path) -> None:
    config = tmp_path / "leads.toml"
    config.write_text('[intro.offer]\nenglish = "I translate."\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["top", "--config", str(config)])
    assert result.exit_code == 2
    assert (
        "intro.offer.english: unknown language (known: en (English), de (German)" in result.output
    )


# invented: the user (Camille) and Sophie write "tu" to each other; Tom and the user
# write in English
MESSAGES = """\
CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,\
SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT
2-c1,,Camille Laurent,https://www.linkedin.com/in/claurent,Sophie Marchal,\
https://www.linkedin.com/in/smarchal,2026-10-02 09:00:00 UTC,,"Coucou Sophie, tu as \
reçu mon devis ? Je te le renvoie si besoin.",INBOX,,No,No
2-c1,,Sophie Marchal,https://www.linkedin.com/in/smarchal,Camille Laurent,\
https://www.linkedin.com/in/claurent,2026-10-02 10:00:00 UTC,,"Oui merci, bien reçu !",\
INBOX,,No,No
2-c2,,Tom Becker,https://www.linkedin.com/in/tbecker,Camille Laurent,\
https://www.linkedin.com/in/claurent,2026-09-01 10:00:00 UTC,,"Thanks for the quote.",INBOX,,No,No
2-c2,,Camille Laurent,https://www.linkedin.com/in/claurent,Tom Becker,\
https://www.linkedin.com/in/tbecker,2026-09-01 11:00:00 UTC,,"You're welcome!",INBOX,,No,No
"""


def test_a_request_to_a_contact_the_user_writes_tu_to_is_written_in_tu(tmp_path: Path) -> None:
    export = tmp_path / "export"
    export.mkdir()
    (export / "messages.csv").write_text(MESSAGES, encoding="utf-8")
    config = _saved_jobs_config(tmp_path, OFFERS)
    _leads("network", "import", str(export), "--config", config)
    french = _saved_intro(config, "Traducteur%")
    assert 'Addressed with "tu", as in your LinkedIn messages with Sophie.' in french
    assert "Salut Sophie," in french and "Pourrais-tu transmettre le message" in french
    assert "Bonjour, je suis Camille Laurent." in french  # the note to forward stays formal
    english = _saved_intro(config, "Translator%")
    assert "Hi Tom," in english and "Addressed" not in english


def test_the_tu_the_user_wrote_to_someone_who_never_answered_addresses_them(
    tmp_path: Path,
) -> None:
    export = tmp_path / "export"
    export.mkdir()
    unanswered = "\n".join(line for line in MESSAGES.splitlines() if "Oui merci" not in line)
    (export / "messages.csv").write_text(unanswered + "\n", encoding="utf-8")
    config = _saved_jobs_config(tmp_path, OFFERS)
    _leads("network", "import", str(export), "--config", config)
    french = _saved_intro(config, "Traducteur%")
    said = 'Addressed with "tu", as you wrote to Sophie on LinkedIn (Sophie has not answered).'
    assert said in french
    assert "Salut Sophie," in french
    assert "last messaged" not in french  # a message never answered is no tie
    assert "messages with Sophie" not in french  # nor a conversation


def test_intro_contacts_sets_a_contacts_language_and_how_to_address_them(
    tmp_path: Path,
) -> None:
    contacts = '[intro.contacts]\n"Tom Becker" = "fr tu"\n"sophie marchal" = "vous"\n'
    config = _saved_jobs_config(tmp_path, OFFERS + contacts)
    tom = _saved_intro(config, "Translator%")
    assert "In French, as [intro.contacts] says for Tom." in tom
    assert 'Addressed with "tu", as [intro.contacts] says for Tom.' in tom
    assert "Salut Tom," in tom
    sophie = _saved_intro(config, "Traducteur%")
    assert 'Addressed with "vous", as [intro.contacts] says for Sophie.' in sophie
    assert "Bonjour Sophie," in sophie


def test_an_intro_contacts_word_it_does_not_know_is_an_error_naming_it(tmp_path: Path) -> None:
    config = tmp_path / "leads.toml"
    config.write_text('[intro.contacts]\n"Jan Peeters" = "dutch"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["top", "--config", str(config)])
    assert result.exit_code == 2
    assert "intro.contacts.Jan Peeters: 'dutch' in 'dutch' is neither a language" in result.output


def test_once_they_answer_the_conversations_register_outweighs_the_users_first_word(
    tmp_path: Path,
) -> None:
    export = tmp_path / "export"
    export.mkdir()
    first = "\n".join(line for line in MESSAGES.splitlines() if "Oui merci" not in line)
    first = first.replace(
        "Coucou Sophie, tu as reçu mon devis ? Je te le renvoie si besoin.",
        "Bonjour Sophie, avez-vous reçu mon devis ? Je vous le renvoie.",
    )
    (export / "messages.csv").write_text(first + "\n", encoding="utf-8")
    config = _saved_jobs_config(tmp_path, OFFERS)
    _leads("network", "import", str(export), "--config", config)
    assert 'Addressed with "vous"' in _saved_intro(config, "Traducteur%")
    answered = MESSAGES.replace("Oui merci, bien reçu !", "Oui merci ! On se tutoie ? Tu es top.")
    (export / "messages.csv").write_text(answered, encoding="utf-8")
    _leads("network", "import", str(export), "--config", config)
    assert 'Addressed with "tu", as in your LinkedIn messages' in _saved_intro(
        config, "Traducteur%"
    )


@pytest.mark.parametrize(
    ("message", "said"),
    [
        (
            "Great seeing you at the meetup!",
            ["To: Rahul Sen, Data Lead at Kestrel Robotics", "Hi Rahul,",
             "Also reaches it: Ines Brandt, Designer at Kestrel Robotics (LinkedIn, connected"],
        ),
        # the posting is in English, the two write French with "tu": so is the draft
        (
            "Salut ! Merci pour hier, tu as le lien du talk ? Je te dois un café.",
            ["To: Rahul Sen, Data Lead at Kestrel Robotics", "Salut Rahul,",
             "In French, as you and Rahul write to each other.",
             "Also reaches it: Ines Brandt, Designer at Kestrel Robotics (LinkedIn, connected"],
        ),
    ],
)  # fmt: skip
def test_a_lead_two_contacts_reach_is_written_to_the_closer_and_names_the_other(
    tmp_path: Path, message: str, said: list[str]
) -> None:
    export = tmp_path / "export"
    (export / "Jobs").mkdir(parents=True)
    (export / "Connections.csv").write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Rahul,Sen,https://www.linkedin.com/in/rahul-sen-k,,Kestrel Robotics,Data Lead,"
        "03 Mar 2019\n"
        "Ines,Brandt,https://www.linkedin.com/in/ines-brandt-k,,Kestrel Robotics,Designer,"
        "12 Jan 2024\n",
        encoding="utf-8",
    )
    (export / "messages.csv").write_text(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
        "c1,,Rahul Sen,https://www.linkedin.com/in/rahul-sen-k,Alex Brandt,"
        "https://www.linkedin.com/in/alex-brandt-data,2026-10-02 09:00:00 UTC,,"
        f'"{message}",INBOX,,No,No\n',
        encoding="utf-8",
    )
    (export / "Jobs" / "Saved Jobs.csv").write_text(
        "Saved Date,Job Url,Job Title,Company Name\n"
        '"11/28/26, 2:15 PM",https://www.linkedin.com/jobs/view/4382380999/,'
        "Senior Data Engineer,Kestrel Robotics\n",
        encoding="utf-8",
    )
    config = tmp_path / "leads.toml"
    config.write_text('[profile]\nskills = ["python"]\n[intro]\nname = "Alex"\n', encoding="utf-8")
    _leads("network", "import", str(export), "--config", str(config))
    out = _saved_intro(str(config), "Senior Data Engineer")
    for line in said:
        assert line in out
