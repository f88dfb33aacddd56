"""`leads intro`: a draft introduction request to the contact who reaches a lead."""

from __future__ import annotations

from typing import Annotated

import typer

from leads._common import (
    ConfigOption,
    WaitOption,
    config_or_exit,
    console,
    fail,
    known_leads,
    warehouse,
)
from leads._terminal import clean, markup
from warehouse.intro import (
    also_line,
    draft_language,
    draft_register,
    intro_facts,
    other_paths,
    render_intro,
    to_line,
)
from warehouse.intro_offer import offer_note


def intro(
    lead_id: Annotated[str, typer.Argument(help="The lead id (any case).")],
    wait: WaitOption = False,
    config: ConfigOption = None,
) -> None:
    """Print a short, forwardable intro request to the person who reaches the lead.

    It never sends anything: copy it into a message yourself. The wording is
    `\\[intro] template` in the config.

    Example:
        leads intro L55d012881a7
    """
    settings = config_or_exit(config)
    with warehouse(settings, wait=wait) as con:
        (found,) = known_leads(con, [lead_id])
        facts = intro_facts(con, found)
        others = other_paths(con, found)
    if facts is None:
        raise fail(f"{found}: no referral path reaches this lead, so there is no one to ask")
    language, why = draft_language(facts, settings.intro, settings.profile)
    console.print(f"[dim]{markup(to_line(facts))}[/]", soft_wrap=True)
    _, register = draft_register(facts, language, settings.intro)
    also = [also_line(path) for path in others]
    lead_text = f"{facts.title or ''} {facts.text}"  # the offer names the skills it asks for
    note = offer_note(settings.intro, settings.profile, language, lead_text, facts.roles)
    for line in (*also, why, register, *note.splitlines()):
        if line:
            console.print(f"[dim]{markup(line)}[/]", soft_wrap=True)
    console.print(clean(render_intro(facts, settings.intro, settings.profile), limit=None),
                  highlight=False, markup=False, soft_wrap=True)  # fmt: skip
