"""Discord webhook: https://discord.com/developers/docs/resources/webhook (the URL is a secret)."""

from __future__ import annotations

from dataclasses import dataclass

from notify._base import Message, post_json, secret

NAME = "discord"
LIMIT = 2000  # characters of one Discord message


@dataclass(frozen=True)
class Settings:
    url_env: str = "LEADS_DISCORD_WEBHOOK"  # the variable holding the webhook URL


def send(settings: Settings, message: Message) -> int:
    """Post the plain text, cut to Discord's limit; a posting's "@everyone" pings nobody."""
    text = message.text
    if len(text) > LIMIT:
        text = text[: LIMIT - 40].rsplit("\n", 1)[0] + "\n… (more in `leads report`)"
    payload = {"content": text, "allowed_mentions": {"parse": []}}
    return post_json(secret(settings.url_env, "notify.discord.url_env"), payload)
