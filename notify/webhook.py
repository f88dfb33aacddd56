"""A generic webhook: the digest as one JSON document POSTed to a URL (kept secret)."""

from __future__ import annotations

from dataclasses import dataclass

from notify._base import Message, post_json, secret

NAME = "webhook"


@dataclass(frozen=True)
class Settings:
    url_env: str = "LEADS_WEBHOOK_URL"  # the variable holding the URL


def send(settings: Settings, message: Message) -> int:
    """POST the digest's JSON: subject, text, leads and follow-ups (see the README)."""
    return post_json(secret(settings.url_env, "notify.webhook.url_env"), message.payload)
