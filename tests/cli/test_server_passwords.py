"""`outbox password`, `replies password` and `calendar password`: one way to keep a server's
password in the system keyring (typed or piped in), to remove it, and to refuse it for nobody."""

from __future__ import annotations

import io

import pytest

from organiser.core.settings import (
    CALDAV_URL,
    CALDAV_USER,
    IMAP_HOST,
    IMAP_USER,
    SMTP_HOST,
    SMTP_USER,
    Settings,
)
from tests.services.mail_support import MemoryKeyring, use_keyring

SERVERS = [
    # command, what, keyring service, settings, account, where the user is set
    ("outbox", "SMTP", "organiser-smtp", {SMTP_HOST: "smtp.example.org"},
     "coordinator@smtp.example.org", "Preferences → Mail"),
    ("replies", "IMAP", "organiser-imap", {IMAP_HOST: "imap.example.org"},
     "coordinator@imap.example.org", "Preferences → Replies"),
    ("calendar", "CalDAV", "organiser-caldav",
     {CALDAV_URL: "https://cloud.example.org/dav/programme/"},
     "coordinator@cloud.example.org", "Preferences → Calendar"),
]
USERS = {"SMTP": SMTP_USER, "IMAP": IMAP_USER, "CalDAV": CALDAV_USER}


def _settings(values: dict, what: str, user: str) -> None:
    settings = Settings()
    for key, value in values.items():
        settings.set(key, value)
    settings.set(USERS[what], user)
    settings.save()


@pytest.mark.parametrize(("command", "what", "service", "values", "account", "page"), SERVERS)
def test_a_password_is_stored_then_forgotten(cli, monkeypatch: pytest.MonkeyPatch,
                                             command: str, what: str, service: str,
                                             values: dict, account: str, page: str) -> None:
    _settings(values, what, "coordinator")
    with use_keyring(MemoryKeyring()) as backend:
        monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pässword\n"))
        stored = cli(command, "password")
        assert stored.code == 0, stored.err
        assert stored.out.strip() == f"{what} password of {account} stored in the system keyring"
        assert backend.get_password(service, account) == "s3cret-pässword"

        monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
        empty = cli(command, "password")
        assert empty.code == 1 and "empty password: nothing stored" in empty.err
        assert backend.get_password(service, account) == "s3cret-pässword"

        forgotten = cli(command, "password", "--forget")
        assert forgotten.code == 0, forgotten.err
        assert forgotten.out.strip() == f"{what} password of {account} removed from the keyring"
        assert backend.get_password(service, account) is None


@pytest.mark.parametrize(("command", "what", "service", "values", "account", "page"), SERVERS)
def test_no_password_is_stored_for_nobody(cli, monkeypatch: pytest.MonkeyPatch, command: str,
                                          what: str, service: str, values: dict, account: str,
                                          page: str) -> None:
    _settings(values, what, "")
    with use_keyring(MemoryKeyring()) as backend:
        monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
        result = cli(command, "password")
    assert result.code == 1
    assert f"{what} user: is not set: give it in {page}" in result.err, result.err
    assert not backend.passwords  # type: ignore[attr-defined]
