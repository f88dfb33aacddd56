"""The text of a synthetic posting: paragraphs and lists of a few hundred words.

Each role family has a few dozen skeletons (sentences picked from `vocabulary`, its
skills and duties, a reworded twin) built once with `{name}` fields, so a million bodies
cost two `str.format` calls each; a job's seed picks the skeleton and fills the rest.
"""

from __future__ import annotations

import functools
import html
import random
import re
from collections.abc import Sequence

from benchmarks import vocabulary as v

Body = tuple[str, str]  # (text, html)
Block = tuple[str, list[str]]  # ("p", [sentence]) or (a list's heading, its items)
# (job page, short post), each (as first written, reworded)
Skeleton = tuple[tuple[Body, Body], tuple[Body, Body]]


def body(
    family: str,
    seed: int,
    engagement: str,
    scam: bool,
    *,
    title: str,
    company: str,
    place: str,
    pay: str,
    short: bool,
    reworded: bool,
) -> Body:
    """(text, html) of a posting of a job: a job page, or a `short` post as on Hacker News,
    Reddit and Mastodon. The job's seed picks the wording, so every posting of a job reads
    alike; a `reworded` one reads its skeleton's other wording."""
    skeleton = _skeletons(family)[seed % _SKELETONS][short][reworded]
    terms = v.ENGAGEMENTS[engagement][1]
    fill = {
        "company": company, "title": title, "place": place, "pay": pay,
        "terms": terms[(seed >> 6) % len(terms)], "sector": v.SECTORS[(seed >> 9) % len(v.SECTORS)],
        "users": v.USERS[(seed >> 14) % len(v.USERS)], "countries": 3 + (seed >> 17) % 57,
        "size": 8 + (seed >> 19) % 400, "year": 2012 + (seed >> 23) % 13,
        "funding": v.FUNDING[(seed >> 27) % len(v.FUNDING)],
        "domain": re.sub(r"\W", "", company.lower()) + ".example",
        "scam": " ".join(v.SCAM[(seed >> 3) % len(v.SCAM)::2][:2]) if scam else "",
    }  # fmt: skip
    text = skeleton[0].format(**fill)
    marked = {k: html.escape(x) if isinstance(x, str) else x for k, x in fill.items()}
    return text, skeleton[1].format(**marked)


_SKELETONS = 64  # bodies per role family: sentences, lists and skills; a seed picks one
# what a skeleton leaves to each posting, as `{name}` fields
_FIELDS = ("company", "title", "place", "pay", "terms", "sector", "users", "countries",
           "size", "year", "funding", "domain")  # fmt: skip


@functools.cache
def _skeletons(family: str) -> list[Skeleton]:
    """A family's skeletons, built once: a million bodies cost two `str.format` calls each."""
    return [_skeleton(family, number) for number in range(_SKELETONS)]


def _skeleton(family: str, number: int) -> Skeleton:
    """One body's wording, with `{name}` fields for what each posting fills in."""
    _, skills, duties = v.FAMILIES[family]
    draw = random.Random(f"{family}/{number}")
    choices = [draw.random() for _ in range(40)]
    picked = draw.sample(skills, min(len(skills), 6))
    team = {name: f"{{{name}}}" for name in _FIELDS} | {
        "family": family, "peers": draw.choice(v.PEERS), "boss": draw.choice(v.BOSSES),
        "skills": ", ".join(picked[:4]), "deploys": draw.randrange(2, 30),
    }  # fmt: skip
    count = min(len(duties), draw.randrange(3, 6))
    duty = [d[0].upper() + d[1:] for d in draw.sample(duties, count)]
    needs = v.NEED[: draw.randrange(3, len(v.NEED) + 1)]
    years = [draw.randrange(2, 9) for _ in needs]
    nice = [n.format(skill=picked[-1], sector="{sector}", users="{users}")
            for n in draw.sample(v.NICE, 3)]  # fmt: skip
    benefits = draw.sample(v.BENEFITS, draw.randrange(3, 7))

    def blocks(reworded: bool) -> list[Block]:
        def say(options: Sequence[str], slot: int) -> str:
            index = int(choices[slot] * len(options))
            return options[(index + 1) % len(options) if reworded and slot % 2 else index]

        def para(sentences: Sequence[Sequence[str]], slot: int) -> str:
            return " ".join(say(s, slot + i) for i, s in enumerate(sentences)).format(**team)

        wanted = [
            say(need, 10 + i).format(
                years=years[i], skill=picked[i % len(picked)], skill2=picked[(i + 1) % len(picked)]
            )
            for i, need in enumerate(needs)
        ]
        return [
            ("p", [f"{para(v.INTRO, 0)} {para(v.ROLE, 3)}"]),
            ("p", [para(v.PROJECT, 5)]),
            ("p", ["{scam}"]),
            ("What you will do", duty),
            ("What we are looking for", wanted),
            ("Nice to have", nice),
            ("p", ["{terms} Pay: {pay}. Location: {place}."]),
            ("p", [para(v.PROCESS, 20)]),
            *([] if reworded and number % 2 else [("Benefits", benefits)]),
            ("p", [say(v.APPLY, 25).format(domain="{domain}")]),
        ]

    page = blocks(False), blocks(True)
    # a post keeps the intro, any scam wording, three duties, the terms and how to apply
    post = [[b[0], b[2], (b[3][0], b[3][1][:3]), b[6], b[-1]] for b in page]
    return (_rendered(page[0]), _rendered(page[1])), (_rendered(post[0]), _rendered(post[1]))


def _rendered(blocks: list[Block]) -> Body:
    """(text, html) of paragraphs and titled lists; the "{scam}" paragraph only when set."""
    text = "\n\n".join(
        " ".join(lines) if kind == "p" else "\n".join((f"{kind}:", *lines))
        for kind, lines in blocks
    )
    markup = "".join(
        f"<p>{html.escape(' '.join(lines))}</p>"
        if kind == "p"
        else f"<p><strong>{kind}:</strong></p><ul>"
        + "".join(f"<li>{html.escape(line)}</li>" for line in lines)
        + "</ul>"
        for kind, lines in blocks
    )
    # a posting without scam wording has no empty paragraph where it would stand
    return text.replace("{scam}\n\n", "{scam}"), markup.replace("<p>{scam}</p>", "{scam}")
