"""A real SMTP server on 127.0.0.1 (aiosmtpd) and an in-memory keyring, for the mail tests."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import keyring
from keyring.backend import KeyringBackend

from organiser.core.settings import (
    COORDINATOR_EMAIL,
    COORDINATOR_NAME,
    SMTP_HOST,
    SMTP_PORT,
    SMTP_SECURITY,
    SMTP_USER,
    Settings,
)

COORDINATOR = ("Zoë Ndiaye-Ørsted", "coordinator@programme.example")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes


@dataclass
class Handler:
    """Takes every message, or refuses some recipients / all data with the code given."""

    refuse_rcpt: dict[str, str] = field(default_factory=dict)
    refuse_data: str = ""
    received: list[Received] = field(default_factory=list)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: Any) -> str:
        if address in self.refuse_rcpt:
            return self.refuse_rcpt[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refuse_data:
            return self.refuse_data
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                      bytes(envelope.original_content or envelope.content)))
        return "250 2.0.0 OK queued as 4711"



@dataclass
class GatedHandler(Handler):
    """Takes each message only once the test lets it through (`gate.release()`), so a test
    can look at the sender's progress between two messages whatever the machine's speed."""

    gate: threading.Semaphore = field(default_factory=lambda: threading.Semaphore(0))

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        loop = asyncio.get_running_loop()
        if not await loop.run_in_executor(None, self.gate.acquire, True, 20):
            return "451 4.3.0 the test never let this message through"
        return await super().handle_DATA(server, session, envelope)

@contextmanager
def smtp_server(handler: Handler, **options: Any) -> Iterator[int]:
    from aiosmtpd.controller import Controller

    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


def configure(port: int, *, security: str = "none", user: str = "") -> Settings:
    settings = Settings()
    settings.set(COORDINATOR_NAME, COORDINATOR[0])
    settings.set(COORDINATOR_EMAIL, COORDINATOR[1])
    settings.set(SMTP_HOST, "127.0.0.1")
    settings.set(SMTP_PORT, port)
    settings.set(SMTP_SECURITY, security)
    settings.set(SMTP_USER, user)
    settings.save()
    return settings


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in this process only."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@contextmanager
def use_keyring(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
