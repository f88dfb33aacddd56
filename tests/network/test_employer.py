"""Where a contact works, from a company field holding more than a company: a title, a
team or office, an employment type, a former employer; the same in every export with a
company field (LinkedIn, Google Contacts, vCard)."""

from __future__ import annotations

import pytest

from extractors.network import Contact, google_contacts, linkedin_connections, vcard

COMPANY_FIELDS = [  # (company field, title) -> (organisation, role)
    (("Engineering Manager at Quillpad", ""), ("Quillpad", "Engineering Manager")),
    (("Staff Engineer @ Heronworks", "Tech lead"), ("Heronworks", "Tech lead")),
    (("Quillpad | Payments", "Engineer"), ("Quillpad", "Engineer")),  # a team
    (("Heronworks · Full-time", "Engineer"), ("Heronworks", "Engineer")),  # LinkedIn's type
    (("Tidewater - Paris", "SRE"), ("Tidewater", "SRE")),  # an office
    (("Tidewater — London", "SRE"), ("Tidewater", "SRE")),
    (("Ex-Quillpad | Heronworks", "Developer"), ("Heronworks", "Developer")),
    (("Heronworks | ex-Quillpad", "Developer"), ("Heronworks", "Developer")),
    (("ex-Quillpad", "Consultant"), (None, "Consultant")),  # a former employer is none
    (("Former Heronworks", "SRE"), (None, "SRE")),
    (("Previously at Tidewater", "Career break"), (None, "Career break")),
    (("formerly Tidewater", "Designer"), (None, "Designer")),
    (("Made at Home Ltd", "Owner"), ("Made at Home Ltd", "Owner")),  # "at" in a name
    (("Rolls-Royce", "Engineer"), ("Rolls-Royce", "Engineer")),  # a hyphen is no separator
    (("Ex Libris", "Developer"), ("Ex Libris", "Developer")),  # a name, not "ex-"
    (("ex Heronworks", "Developer"), (None, "Developer")),
    (("", "Data Engineer at Heronworks"), ("Heronworks", "Data Engineer")),
    # working for oneself is no employer, in any UI language; a name with the word is one
    (("Freelance", "Data Engineer"), (None, "Data Engineer")),
    (("Self-employed", "Freelancer"), (None, "Freelancer")),
    (("Freelance · Self-employed", "iOS developer"), (None, "iOS developer")),
    (("Selbstständig", "Freiberufliche Entwicklerin"), (None, "Freiberufliche Entwicklerin")),
    (("Indépendant", "Développeur"), (None, "Développeur")),
    (("Autónomo", "Consultor SAP"), (None, "Consultor SAP")),
    (("Libero professionista", "Sviluppatore"), (None, "Sviluppatore")),
    (("Zelfstandig ondernemer", "Ontwikkelaar"), (None, "Ontwikkelaar")),
    (("Freelance | Heronworks", "Data Engineer"), ("Heronworks", "Data Engineer")),
    (("Independent Bank", "VP Engineering"), ("Independent Bank", "VP Engineering")),
    (("Freelancer.com", "Product Manager"), ("Freelancer.com", "Product Manager")),
    (("", "Freelancer at Self-employed"), (None, "Freelancer at Self-employed")),
    # a hidden employer, one's own practice, a job-seeker's status: none, the role kept
    (("Private", "Software Engineer"), (None, "Software Engineer")),
    (("Private Practice", "Psychotherapist"), (None, "Psychotherapist")),
    (("Currently seeking", "Data Analyst"), (None, "Data Analyst")),
    (("Between roles", "Product Designer"), (None, "Product Designer")),
    (("Auf Jobsuche", "Backend-Entwickler"), (None, "Backend-Entwickler")),
    (("Seeking Alpha", "Editor"), ("Seeking Alpha", "Editor")),
    # a company field naming no employer leaves the headline to name one, as an empty one
    (("—", "Staff Engineer at Larkspur Robotics"), ("Larkspur Robotics", "Staff Engineer")),
    (("N/A", "CTO @ Quillpad"), ("Quillpad", "CTO")),
    (("Self-employed", "Freelance designer at Heronworks"), ("Heronworks", "Freelance designer")),
    (("ex-Quillpad", "Engineering Manager at Tidewater"), ("Tidewater", "Engineering Manager")),
    (("—", "Helping teams at scale"), (None, "Helping teams at scale")),
    # a contractor's client is their workplace, not the agency they came through
    (("", "Contractor @ Heronworks via Toptal"), ("Heronworks", "Contractor")),
    # a role repeating the company says it once
    (("Heronworks", "Freelance | Heronworks"), ("Heronworks", "Freelance")),
    (("Heronworks", "Data Engineer at Heronworks"), ("Heronworks", "Data Engineer")),
    (("Heronworks", "Data Engineer at Quillpad"), ("Heronworks", "Data Engineer at Quillpad")),
]
IDS = [f"{cells[0]}/{cells[1]}" for cells, _ in COMPANY_FIELDS]


def _linkedin(company: str, title: str) -> Contact:
    data = (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        f'Ada,Byte,https://www.linkedin.com/in/adabyte,,"{company}","{title}",01 Feb 2026\n'
    ).encode()
    (contact,) = linkedin_connections.read(data, "Connections.csv")
    return contact


def _google(company: str, title: str) -> Contact:
    data = (
        "First Name,Middle Name,Last Name,Organization Name,Organization Title,Labels,"
        "E-mail 1 - Label,E-mail 1 - Value\n"
        f'Ada,,Byte,"{company}","{title}",* myContacts,* Work,ada@mail.example\n'
    ).encode()
    (contact,) = google_contacts.read(data, "contacts.csv")
    return contact


def _vcard(company: str, title: str) -> Contact:
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:Ada Byte", "N:Byte;Ada;;;"]
    lines += [f"ORG:{company};Platform" if company else "", f"TITLE:{title}" if title else ""]
    data = "\r\n".join([*filter(None, lines), "END:VCARD", ""]).encode()
    (contact,) = vcard.read(data, "contacts.vcf")
    return contact


@pytest.mark.parametrize("read", [_linkedin, _google, _vcard], ids=["linkedin", "google", "vcard"])
@pytest.mark.parametrize(("cells", "expected"), COMPANY_FIELDS, ids=IDS)
def test_a_company_field_gives_the_employer_it_names_now(read, cells, expected):
    contact = read(*cells)
    assert (contact.organisation, contact.role or None) == (expected[0], expected[1] or None)
