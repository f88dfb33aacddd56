"""Profile URLs to other platforms' handles, in the form each importer keys by."""

from __future__ import annotations

import pytest

from extractors.network._profiles import handles_from_url, linkedin_slug

CASES = [
    ("https://news.ycombinator.com/user?id=pg", {"hackernews": "pg"}),
    ("https://www.linkedin.com/in/Ines-Okafor/?originalSubdomain=pt", {"linkedin": "ines-okafor"}),
    ("linkedin.com/in/x", {"linkedin": "x"}),
    ("https://github.com/Octocat", {"github": "octocat"}),
    ("https://github.com/octocat/hello-world", {}),
    ("https://x.com/Jack", {"x": "jack"}),
    ("https://mobile.twitter.com/jack?lang=en", {"x": "jack"}),
    ("https://twitter.com/intent/user?user_id=12", {}),
    ("https://fosstown.example/@marta_k", {"mastodon": "marta_k@fosstown.example"}),
    ("https://hachyderm.io/@ada@mastodon.social", {"mastodon": "ada@mastodon.social"}),
    ("https://medium.com/@writer", {}),
    ("https://www.instagram.com/_u/loomworks.studio", {"instagram": "loomworks.studio"}),
    (
        "http://www.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kL",
        {"youtube": "UCa1b2c3d4e5f6g7h8i9j0kL"},
    ),
    ("https://northwind.example/about", {}),
    ("mailto:someone@example.org", {}),
    ("", {}),
]


@pytest.mark.parametrize(("url", "expected"), CASES, ids=[c[0] or "empty" for c in CASES])
def test_handles_from_url(url, expected):
    assert handles_from_url(url) == expected


def test_linkedin_slug_only_for_profiles_on_linkedin():
    assert linkedin_slug("https://www.linkedin.com/in/J%C3%BCrgen-Weiss/") == "jürgen-weiss"
    assert linkedin_slug("https://www.linkedin.com/company/acme") is None
    assert linkedin_slug("https://notlinkedin.com/in/x") is None
