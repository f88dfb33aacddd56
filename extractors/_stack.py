"""Languages and frameworks by name: what a post names as its stack, never its company.

The one list: the ranking reads it as skills a title may put between a trade's words
(`warehouse.ranking.taxonomy`), and the company reader passes over a header field that
names one (HN's freelancer thread writes "SEEKING FREELANCER | Python | Remote").
"""

from __future__ import annotations

_WORDS = """
python java javascript typescript go rust ruby php scala kotlin swift elixir clojure
haskell erlang perl dart c c# c++ .net node react vue angular svelte django flask
fastapi rails laravel spring express sql
"""
STACK_WORDS = frozenset(_WORDS.split())
