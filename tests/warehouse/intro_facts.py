"""The facts of one referral path, as the intro tests build them: a plain path (no tie,
no message, no ask) to a data engineer's job at Acme, changed where a test says."""

from __future__ import annotations

from warehouse.intro import IntroFacts


def intro_facts(contact: str = "Dr. Ana Ruiz", **changes: object) -> IntroFacts:
    facts: dict[str, object] = {
        "lead_id": "L1", "contact": contact, "role_at": "CTO at Acme", "ties": None,
        "connected": None, "last_messaged": None, "title": "Data Engineer", "company": "Acme",
        "url": "https://acme.example/jobs/1", "hiring": False, "asked": False, "follows": (),
    }  # fmt: skip
    return IntroFacts(**(facts | changes))  # type: ignore[arg-type]
