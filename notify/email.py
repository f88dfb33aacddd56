"""E-mail over SMTP: one multipart message (plain text and HTML) to every recipient.

`security` is "tls" (implicit TLS, usually port 465), "starttls" (usually 587) or
"none" (a local relay only). The password is read from the environment variable that
`password_env` names, never from the config file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from extractors._errors import ConfigError, unknown_name
from notify._base import TIMEOUT, Message, SendError, secret

NAME = "email"
SECURITY = ("none", "starttls", "tls")


@dataclass(frozen=True)
class Settings:
    host: str = "localhost"
    port: int = 587
    security: str = "starttls"
    username: str = ""
    password_env: str = ""  # the variable holding the password (with `username`)
    sender: str = field(default="", metadata={"key": "from"})
    to: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.security not in SECURITY:
            raise unknown_name("security", "security", SECURITY, self.security)
        if not self.sender:
            raise ConfigError("from: required (the sender's address)")
        if not self.to:
            raise ConfigError("to: required (a list of addresses)")


def build(settings: Settings, message: Message) -> EmailMessage:
    """The MIME message: text/plain first, text/html as the preferred alternative."""
    mail = EmailMessage()
    mail["Subject"] = message.subject
    mail["From"] = settings.sender
    mail["To"] = ", ".join(settings.to)
    # the user's zone (`[schedule] timezone`), as RFC 5322 allows any offset: a client
    # shows it in the reader's own, and the raw header reads as her day
    mail["Date"] = format_datetime(message.created_at)
    mail["Message-ID"] = make_msgid(domain="warmleads.local")
    mail.set_content(message.text)
    mail.add_alternative(message.html, subtype="html")
    return mail


def send(settings: Settings, message: Message) -> int:
    """Send the message; SMTP and TLS errors become a SendError naming the server."""
    import smtplib  # here: a config's [notify.email] table loads this module
    import ssl

    mail = build(settings, message)
    where = f"{settings.host}:{settings.port}"
    try:
        smtp: smtplib.SMTP
        if settings.security == "tls":
            context = ssl.create_default_context()
            smtp = smtplib.SMTP_SSL(settings.host, settings.port, timeout=TIMEOUT, context=context)
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT)
        with smtp:
            if settings.security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
            if settings.username:
                smtp.login(
                    settings.username, secret(settings.password_env, "notify.email.password_env")
                )
            smtp.send_message(mail)
    except (smtplib.SMTPException, OSError) as error:
        raise SendError(f"SMTP {where}: {type(error).__name__}: {error}") from None
    return len(mail.as_bytes())
