"""The programme on a CalDAV calendar: every planned (and held) event, nothing else.

Each event is one calendar object named after its UID, with the UID and SEQUENCE of its
invitations, so the entry on the shared calendar and the one in each invitee's calendar are
the same meeting. What was published is remembered in the database (where, its ETag, a digest
of what was sent): an unchanged event is not sent again; a changed one replaces the server's
copy only if that copy is still the one published (If-Match), so an edit made on the server in
the meantime is reported, never silently overwritten (`--force` overwrites it); cancelled,
removed or back-to-draft events are deleted the same way. A server that cannot be reached
changes nothing: the next publish does what is left.
"""

from __future__ import annotations

import base64
import hashlib
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from organiser.core.enums import EventStatus
from organiser.core.errors import InputError
from organiser.core.models import AgendaItem, CalendarEntry, Event, utcnow
from organiser.core.storage import Database
from organiser.services.passwords import CALDAV, PasswordSlot, ServerLogin, on_this_machine

PUBLISHED = (EventStatus.PLANNED, EventStatus.HELD)


@dataclass(frozen=True)
class CalDavConfig(ServerLogin):
    """The CalDAV calendar the programme is published to (Preferences → Calendar)."""

    slot: ClassVar[PasswordSlot] = CALDAV
    preferences: ClassVar[str] = "Preferences → Calendar"

    url: str
    user: str = ""
    timeout: float = 30.0

    @classmethod
    def from_settings(cls, settings: Any = None) -> CalDavConfig:
        from organiser.core.settings import CALDAV_URL, CALDAV_USER, Settings

        settings = settings or Settings(strict=False)
        return cls(url=settings.get(CALDAV_URL).strip(), user=settings.get(CALDAV_USER).strip())

    def check(self) -> None:
        if not self.url:
            raise InputError("is not set: give the calendar's address in Preferences → "
                             "Calendar", field="CalDAV calendar URL")
        parts = urllib.parse.urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InputError(f"{self.url!r} is not an http(s) address", field="CalDAV URL")
        if parts.scheme == "http" and self.user and not on_this_machine(parts.hostname or ""):
            # Basic authentication over plain HTTP would send the password readable by anyone
            raise InputError(f"{self.url!r}: use https:// (the password would travel "
                             "unencrypted over http)", field="CalDAV URL")

    @property
    def collection(self) -> str:
        return self.url if self.url.endswith("/") else self.url + "/"

    @property
    def account(self) -> str:
        return f"{self.user}@{urllib.parse.urlsplit(self.url).netloc}"


@dataclass
class PublishReport:
    put: list[str] = field(default_factory=list)  # titles sent (new or changed)
    unchanged: int = 0
    deleted: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)  # changed on the server: left alone
    failed: list[str] = field(default_factory=list)
    error: str = ""
    reached: bool = True

    def summary(self) -> str:
        if self.error and not (self.put or self.deleted):
            return f"nothing published: {self.error}"
        parts = [f"{len(self.put)} event{'' if len(self.put) == 1 else 's'} published",
                 f"{self.unchanged} unchanged", f"{len(self.deleted)} removed"]
        if self.conflicts:
            parts.append(f"{len(self.conflicts)} changed on the server, not overwritten")
        if self.failed:
            parts.append(f"{len(self.failed)} refused")
        text = ", ".join(parts)
        return f"{text} (stopped: {self.error})" if self.error else text

    def as_json(self) -> dict[str, Any]:
        return {"published": self.put, "unchanged": self.unchanged, "removed": self.deleted,
                "conflicts": self.conflicts, "failed": self.failed, "error": self.error,
                "reached": self.reached}


class _StopError(Exception):
    """The server could not be reached (or refused the login): stop, change nothing more."""

    def __init__(self, message: str, *, reached: bool) -> None:
        super().__init__(message)
        self.message = message
        self.reached = reached


@dataclass(frozen=True)
class _Response:
    status: int
    etag: str
    body: bytes


class _Client:
    def __init__(self, config: CalDavConfig, password: str | None) -> None:
        self.config = config
        self.headers = {"User-Agent": "Organiser"}
        if config.user:
            if password is None:
                raise InputError(f"no password is stored for {config.account}; store it with "
                                 "`organiser calendar password`", field="password")
            token = base64.b64encode(f"{config.user}:{password}".encode()).decode("ascii")
            self.headers["Authorization"] = f"Basic {token}"

    def request(self, method: str, url: str, data: bytes | None = None,
                headers: dict[str, str] | None = None) -> _Response:
        request = urllib.request.Request(url, data=data, method=method,
                                         headers={**self.headers, **(headers or {})})
        try:
            with urllib.request.urlopen(request, timeout=self.config.timeout) as response:
                return _Response(response.status, response.headers.get("ETag", "") or "",
                                 response.read())
        except urllib.error.HTTPError as exc:
            body = exc.read()
            etag = exc.headers.get("ETag", "") if exc.headers else ""
            exc.close()
            if exc.code in (401, 403):
                raise _StopError(f"the server refused the login ({exc.code} {exc.reason}); "
                                   "check the user name and password", reached=True) from exc
            return _Response(exc.code, etag or "", body)
        except urllib.error.URLError as exc:
            raise _StopError(_reason(exc.reason), reached=False) from exc
        except OSError as exc:
            raise _StopError(_reason(exc), reached=False) from exc


def _reason(exc: Any) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "the server refused the connection (is it down, or the address wrong?)"
    if isinstance(exc, TimeoutError):
        return "the server did not answer in time"
    if isinstance(exc, OSError):
        return f"cannot reach the server: {exc.strerror or exc}"
    return f"cannot reach the server: {exc}"


def _href(collection: str, uid: str) -> str:
    return collection + urllib.parse.quote(uid.replace("/", "_"), safe="@-_.") + ".ics"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _events(db: Database) -> list[Event]:
    with db.session() as session:
        return list(session.scalars(
            select(Event).where(Event.status.in_(PUBLISHED))
            .options(selectinload(Event.agenda_items).selectinload(AgendaItem.presenter))
            .order_by(Event.start, Event.id)))


def _entries(db: Database, collection: str) -> dict[str, CalendarEntry]:
    with db.session() as session:
        return {e.uid: e for e in session.scalars(
            select(CalendarEntry).where(CalendarEntry.collection == collection))}


def _titles(db: Database) -> dict[str, str]:
    with db.session() as session:
        return {uid: title for uid, title in session.execute(select(Event.uid, Event.title))}


def _save_entry(db: Database, collection: str, uid: str, href: str, etag: str, sequence: int,
                digest: str) -> None:
    with db.transaction() as session:
        entry = session.scalars(select(CalendarEntry).where(
            CalendarEntry.collection == collection, CalendarEntry.uid == uid)).first()
        if entry is None:
            entry = CalendarEntry(collection=collection, uid=uid)
            session.add(entry)
        entry.href, entry.etag, entry.sequence, entry.digest = href, etag, sequence, digest
        entry.published_at = utcnow()


def _drop_entry(db: Database, collection: str, uid: str) -> None:
    with db.transaction() as session:
        entry = session.scalars(select(CalendarEntry).where(
            CalendarEntry.collection == collection, CalendarEntry.uid == uid)).first()
        if entry is not None:
            session.delete(entry)


def publish_calendar(db: Database, *, config: CalDavConfig | None = None,
                     password: str | None = None, force: bool = False) -> PublishReport:
    """Bring the CalDAV calendar in line with the programme (see the module's note)."""
    from organiser.exporters.ics import event_resource
    from organiser.services.calendar_files import coordinator

    config = config or CalDavConfig.from_settings()
    config.check()
    if config.user and password is None:
        password = config.get_password()
    client = _Client(config, password)
    try:
        identity: tuple[str, str] | None = coordinator()
    except InputError:
        identity = None  # a calendar entry reads fine without an organiser
    collection = config.collection
    report = PublishReport()
    events = _events(db)
    entries = _entries(db, collection)
    try:
        for event in events:
            data = event_resource(event, identity)
            _put(db, client, collection, event, data, entries.get(event.uid), force, report)
        wanted = {event.uid for event in events}
        titles = _titles(db)
        for uid, entry in entries.items():
            if uid not in wanted:
                title = titles.get(uid) or f"an event no longer in the database (UID {uid})"
                _delete(db, client, collection, entry, title, force, report)
    except _StopError as exc:
        report.error, report.reached = exc.message, exc.reached
    _log(db, report)
    return report


def _put(db: Database, client: _Client, collection: str, event: Event, data: bytes,
         entry: CalendarEntry | None, force: bool, report: PublishReport) -> None:
    digest = _digest(data)
    if entry is not None and entry.digest == digest and not force:
        report.unchanged += 1
        return
    href = entry.href if entry is not None else _href(collection, event.uid)
    headers = {"Content-Type": "text/calendar; charset=utf-8"}
    if entry is not None and entry.etag and not force:
        headers["If-Match"] = entry.etag
    elif entry is None and not force:
        headers["If-None-Match"] = "*"
    response = client.request("PUT", href, data, headers)
    if response.status == 412 and entry is None:
        # already there (published before this database knew it, e.g. after a restore): the
        # same UID is the same event, so the programme's version replaces it
        current = client.request("GET", href)
        headers.pop("If-None-Match", None)
        if current.etag:
            headers["If-Match"] = current.etag
        response = client.request("PUT", href, data, headers)
    if response.status == 412:
        report.conflicts.append(
            f"'{event.title}' was changed on the calendar since the last publish; not "
            "overwritten (publish with --force to replace it with the programme's version)")
        return
    if response.status in (404, 409):
        raise _StopError(f"no calendar at {collection} ({response.status}): create it on the "
                           "server first, or correct Preferences → Calendar", reached=True)
    if not 200 <= response.status < 300:
        report.failed.append(f"'{event.title}': the server answered {response.status} "
                             f"{_short(response.body)}")
        return
    etag = response.etag or client.request("HEAD", href).etag
    _save_entry(db, collection, event.uid, href, etag, event.sequence, digest)
    report.put.append(event.title)


def _delete(db: Database, client: _Client, collection: str, entry: CalendarEntry, title: str,
            force: bool, report: PublishReport) -> None:
    headers = {"If-Match": entry.etag} if entry.etag and not force else {}
    response = client.request("DELETE", entry.href, None, headers)
    if response.status == 412:
        report.conflicts.append(
            f"'{title}' was changed on the calendar since the last publish; not removed "
            "(publish with --force to remove it anyway)")
        return
    if response.status == 404 or 200 <= response.status < 300:
        _drop_entry(db, collection, entry.uid)
        report.deleted.append(title)
        return
    report.failed.append(f"'{title}': the server answered {response.status} "
                         f"{_short(response.body)} to the removal")


def _short(body: bytes) -> str:
    text = " ".join(body.decode("utf-8", "replace").split())
    return f"({text[:150]})" if text else ""


def _log(db: Database, report: PublishReport) -> None:
    from organiser.services.sync import record

    record(db, "publish", report.summary(), reached=report.reached,
           ok=not report.error and not report.conflicts and not report.failed)


__all__ = [
    "CalDavConfig",
    "PublishReport",
    "publish_calendar",
]
