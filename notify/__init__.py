"""The digest's channels, one module each: e-mail, Slack, Discord, ntfy, a webhook.

A channel module defines `NAME` (its `[notify.<NAME>]` table), a frozen `Settings`
dataclass and `send(settings, message) -> int` (the bytes it sent), which raises
`SendError` with a message that names no secret: no password, no webhook URL, only a
host. `deliver.py` decides what is pending and records what was sent.
"""
