"""Slack incoming webhook: https://api.slack.com/messaging/webhooks (the URL is a secret)."""

from __future__ import annotations

from dataclasses import dataclass

from notify._base import Message, post_json, secret

NAME = "slack"
_SLACK_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


@dataclass(frozen=True)
class Settings:
    url_env: str = "LEADS_SLACK_WEBHOOK"  # the variable holding the webhook URL


def send(settings: Settings, message: Message) -> int:
    """Post the plain text; Slack reads <, > and & as markup, so they are escaped."""
    text = message.text.translate(_SLACK_ESCAPES)
    return post_json(secret(settings.url_env, "notify.slack.url_env"), {"text": text})
