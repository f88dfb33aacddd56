"""ntfy push notifications: https://docs.ntfy.sh/publish/ (a topic on a server)."""

from __future__ import annotations

from dataclasses import dataclass

from extractors._errors import ConfigError
from notify._base import Message, post, secret

NAME = "ntfy"
LIMIT = 4000  # bytes; ntfy turns a longer message into an attachment


@dataclass(frozen=True)
class Settings:
    server: str = "https://ntfy.sh"
    topic: str = ""  # anyone who knows a topic on a public server can read it
    token_env: str = ""  # optional: the variable holding an access token

    def __post_init__(self) -> None:
        if not self.topic:
            raise ConfigError("topic: required (a hard-to-guess name on a public server)")


def send(settings: Settings, message: Message) -> int:
    """Publish the plain text to the topic, with the subject as its title."""
    body = message.text.encode()
    if len(body) > LIMIT:
        body = body[: LIMIT - 40].decode(errors="ignore").rsplit("\n", 1)[0].encode()
        body += "\n… (more in `leads report`)".encode()
    headers = {"Title": message.subject.encode("ascii", "replace").decode(), "Tags": "briefcase"}
    if settings.token_env:
        headers["Authorization"] = f"Bearer {secret(settings.token_env, 'notify.ntfy.token_env')}"
    url = f"{settings.server.rstrip('/')}/{settings.topic}"
    return post(url, body, headers)
