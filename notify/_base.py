"""What every channel shares: the message, the error, secrets from the environment, POST."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

TIMEOUT = 20.0  # seconds for a channel's server to answer


class SendError(Exception):
    """A channel could not deliver; the message names no secret."""


@dataclass(frozen=True)
class Message:
    """One digest (or test) as every channel can send it."""

    subject: str
    text: str  # plain text, the body most channels send
    html: str  # the e-mail's HTML part
    created_at: datetime  # the loop's time (`warehouse.clock`) in the user's zone: the Date
    payload: dict[str, Any] = field(default_factory=dict)  # the webhook's JSON


def counted(n: int, noun: str) -> str:
    """`n` and its noun, plural unless one ("1 new lead", "2 follow-ups")."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def secret(env_name: str, key: str) -> str:
    """The value of the environment variable a config key names (`url_env`, ...)."""
    if not env_name:
        raise SendError(f"{key} is not set in the config")
    value = os.environ.get(env_name, "")
    if not value:
        raise SendError(f"{key}: the environment variable {env_name} is empty or unset")
    return value


def post(url: str, body: bytes, headers: dict[str, str]) -> int:
    """POST `body` to a channel's URL; returns its size. Errors name the host only."""
    import requests  # here: a config's [notify] tables load every channel module

    host = urlsplit(url).hostname or "?"
    if urlsplit(url).scheme not in ("http", "https"):
        raise SendError(f"not an http(s) URL (host {host})")
    try:
        response = requests.post(url, data=body, headers=headers, timeout=TIMEOUT)
    except requests.RequestException as error:
        raise SendError(f"{type(error).__name__} talking to {host}") from None
    if not response.ok:
        raise SendError(f"HTTP {response.status_code} from {host}")
    return len(body)


def post_json(url: str, document: Any) -> int:
    """POST a JSON document (UTF-8)."""
    body = json.dumps(document, ensure_ascii=False).encode()
    return post(url, body, {"Content-Type": "application/json; charset=utf-8"})
