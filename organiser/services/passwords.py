"""Server passwords (SMTP, IMAP, CalDAV) in the system keyring, never in a file.

One keyring entry per service and account ("user@host"). On a machine without a usable keyring
(a headless Linux box), an environment variable can give the password for one run.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from typing import Any, ClassVar

from organiser.core.errors import InputError


class PasswordStoreError(InputError):
    """The system keyring cannot be used (none installed, locked, refused)."""


def _no_keyring(what: str, env: str) -> str:
    return (f"no system keyring is available to keep the {what} password safely (Windows "
            "Credential Manager, macOS Keychain, or on Linux GNOME Keyring or KWallet, "
            f"unlocked). For the command line, {env} can give it for one run instead")


def keyring_call(action: Callable[[Any], Any], what: str = "SMTP",
                 env: str = "ORGANISER_SMTP_PASSWORD") -> Any:
    try:
        import keyring
        import keyring.errors
    except ImportError as exc:
        raise PasswordStoreError(_no_keyring(what, env), field="password") from exc
    try:
        return action(keyring)
    except keyring.errors.NoKeyringError as exc:
        raise PasswordStoreError(_no_keyring(what, env), field="password") from exc
    except Exception as exc:  # backends raise their own types (D-Bus, locked, cancelled)
        raise PasswordStoreError(f"the system keyring refused: {exc or type(exc).__name__}",
                                 field="password") from exc


class PasswordSlot:
    """Where one server's password lives: a keyring service, an account, an override."""

    def __init__(self, service: str, what: str, env: str) -> None:
        self.service = service
        self.what = what
        self.env = env

    def get(self, account: str) -> str | None:
        """The stored password (None when there is none); the environment may give one."""
        from_env = os.environ.get(self.env)
        if from_env:
            return from_env
        value = keyring_call(lambda kr: kr.get_password(self.service, account), self.what,
                             self.env)
        return str(value) if value is not None else None

    def set(self, account: str, password: str) -> None:
        keyring_call(lambda kr: kr.set_password(self.service, account, password), self.what,
                     self.env)

    def delete(self, account: str) -> None:
        def forget(kr: Any) -> None:
            import keyring.errors

            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                kr.delete_password(self.service, account)

        keyring_call(forget, self.what, self.env)


SMTP = PasswordSlot("organiser-smtp", "SMTP", "ORGANISER_SMTP_PASSWORD")
IMAP = PasswordSlot("organiser-imap", "IMAP", "ORGANISER_IMAP_PASSWORD")
CALDAV = PasswordSlot("organiser-caldav", "CalDAV", "ORGANISER_CALDAV_PASSWORD")



class ServerLogin:
    """What the SMTP, IMAP and CalDAV settings share (`SmtpConfig`, `ImapConfig`,
    `CalDavConfig` mix it in): a user on a server, whose password is kept in the keyring
    under `account`, one password per user and server."""

    slot: ClassVar[PasswordSlot]
    preferences: ClassVar[str]  # where the user sets the server up: 'Preferences → Mail'
    user: str

    @property
    def account(self) -> str:
        """The keyring entry's name ('user@host')."""
        raise NotImplementedError

    def check(self) -> None:
        """Refuse settings that cannot work (InputError naming the setting)."""
        raise NotImplementedError

    def check_user(self) -> None:
        """Refuse to store a password for nobody."""
        if not self.user:
            raise InputError(f"is not set: give it in {self.preferences} first",
                             field=f"{self.slot.what} user")

    def get_password(self) -> str | None:
        """The stored password (None when there is none); the environment may give one too."""
        return self.slot.get(self.account)

    def set_password(self, password: str) -> None:
        self.check_user()
        self.slot.set(self.account, password)

    def delete_password(self) -> None:
        self.slot.delete(self.account)


def check_server(what: str, preferences: str, host: str, port: int, security: str,
                 choices: tuple[str, ...]) -> None:
    """A server's host, port and security as the settings give them (SMTP, IMAP)."""
    if not host:
        raise InputError(f"is not set: give it in {preferences}", field=f"{what} server")
    if not 0 < port < 65536:
        raise InputError(f"{port} is not a port number", field=f"{what} port")
    if security not in choices:
        raise InputError(f"{security!r}: use one of {', '.join(choices)}",
                         field=f"{what} security")


__all__ = ["CALDAV", "IMAP", "SMTP", "PasswordSlot", "PasswordStoreError", "ServerLogin",
           "check_server", "keyring_call"]


def on_this_machine(host: str) -> bool:
    """A server on this machine (loopback): the only place a password may travel in clear."""
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
