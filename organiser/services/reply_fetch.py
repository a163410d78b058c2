"""Replies fetched from the coordinator's mailbox (IMAP) and applied like imported files.

Only messages that carry a calendar part (`text/calendar`, `application/ics`, an `.ics`
attachment: what Outlook, Gmail, Apple Mail and Thunderbird send) are downloaded, the others are
judged from their structure alone. A reply (METHOD:REPLY or COUNTER) to one of this database's
events, found by its UID, goes through the same rules as `organiser replies import`; the message
is then moved to "Organiser/Applied" or "Organiser/Not applied" (or flagged, when moving is not
wanted), so nothing is read twice and nothing is lost. Everything else (ordinary mail,
invitations from others, replies to other people's meetings) is left exactly as it was: not
moved, not flagged, not even marked read.

The last UID read in each folder is kept in the database with the folder's UIDVALIDITY: a
server that renumbers a folder makes the next fetch read it again from the start (what was
handled has been moved out of it; what is left is recognised again and left alone).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import imaplib
import ssl
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import func, select

from organiser.core.errors import InputError, OrganiserError
from organiser.core.models import Event, Invitation, MailFolderState
from organiser.core.storage import Database
from organiser.services.passwords import (
    IMAP,
    PasswordSlot,
    ServerLogin,
    check_server,
    on_this_machine,
)

if TYPE_CHECKING:
    from imapclient import IMAPClient

    from organiser.services.replies import ReplyResult

SECURITY = ("ssl", "starttls", "none")
AFTER = ("move", "flag")
APPLIED_FOLDER = ("Organiser", "Applied")
NOT_APPLIED_FOLDER = ("Organiser", "Not applied")
APPLIED_KEYWORD = "$OrganiserApplied"
NOT_APPLIED_KEYWORD = "$OrganiserNotApplied"
CHUNK = 200  # messages per FETCH of structures
CALENDAR_TYPES = {("text", "calendar"), ("application", "ics"), ("text", "x-vcalendar"),
                  ("application", "x-ics")}


@dataclass(frozen=True)
class ImapConfig(ServerLogin):
    """The IMAP mailbox the replies are fetched from (Preferences → Replies)."""

    slot: ClassVar[PasswordSlot] = IMAP
    preferences: ClassVar[str] = "Preferences → Replies"

    host: str
    port: int = 993
    security: str = "ssl"
    user: str = ""
    folders: tuple[str, ...] = ("INBOX",)
    after: str = "move"
    timeout: float = 30.0

    @classmethod
    def from_settings(cls, settings: Any = None) -> ImapConfig:
        from organiser.core.settings import (
            IMAP_AFTER,
            IMAP_FOLDERS,
            IMAP_HOST,
            IMAP_PORT,
            IMAP_SECURITY,
            IMAP_USER,
            Settings,
        )

        settings = settings or Settings(strict=False)
        folders = tuple(f.strip() for f in settings.get(IMAP_FOLDERS).split(",") if f.strip())
        return cls(host=settings.get(IMAP_HOST).strip(), port=settings.get(IMAP_PORT),
                   security=settings.get(IMAP_SECURITY).strip().lower() or "ssl",
                   user=settings.get(IMAP_USER).strip(), folders=folders or ("INBOX",),
                   after=settings.get(IMAP_AFTER).strip().lower() or "move")

    def check(self) -> None:
        check_server("IMAP", self.preferences, self.host, self.port, self.security, SECURITY)
        if not self.user:
            raise InputError("is not set: give it in Preferences → Replies", field="IMAP user")
        if self.security == "none" and not on_this_machine(self.host):
            # the login would travel readable by anyone on the way
            raise InputError(f"'none' sends the password unencrypted to {self.host}: use ssl or "
                             "starttls ('none' is for a server on this machine only)",
                             field="IMAP security")
        if self.after not in AFTER:
            raise InputError(f"{self.after!r}: use move or flag", field="imap.after")

    @property
    def account(self) -> str:
        """The keyring entry's name, and the key of the folder positions."""
        return f"{self.user}@{self.host}"

    @property
    def position_key(self) -> str:
        return f"{self.user}@{self.host}:{self.port}"


# --- the report -------------------------------------------------------------------------

@dataclass
class FetchedMessage:
    """One message that answered one of our events, and what became of it."""

    folder: str
    uid: int
    subject: str
    sender: str
    outcome: str  # applied, duplicate (already recorded), counter, stale, failed
    message: str
    moved_to: str = ""  # or the keyword set, when flagging

    @property
    def applied(self) -> bool:
        """Recorded in the database (a duplicate already was; a counter-proposal is stored for
        the coordinator to accept or decline in the app); the rest needs a look in the mail."""
        return self.outcome in ("applied", "duplicate", "counter")

    @property
    def line(self) -> str:
        where = f" → {self.moved_to}" if self.moved_to else ""
        return f"{self.folder} #{self.uid} from {self.sender}: {self.message}{where}"

    def as_json(self) -> dict[str, Any]:
        return {"folder": self.folder, "uid": self.uid, "subject": self.subject,
                "from": self.sender, "outcome": self.outcome, "message": self.message,
                "moved_to": self.moved_to}


@dataclass
class FetchReport:
    handled: list[FetchedMessage] = field(default_factory=list)
    left_alone: int = 0  # messages looked at that are not replies to our events
    notes: list[str] = field(default_factory=list)  # a renumbered folder, a missing one
    error: str = ""  # the server could not be reached or refused the login
    reached: bool = True

    @property
    def applied(self) -> list[FetchedMessage]:
        return [m for m in self.handled if m.applied]

    @property
    def not_applied(self) -> list[FetchedMessage]:
        return [m for m in self.handled if not m.applied]

    def summary(self) -> str:
        if self.error:
            return f"nothing fetched: {self.error}"
        counters = sum(1 for m in self.handled if m.outcome == "counter")
        applied = len(self.applied) - counters
        text = f"{applied} repl{'y' if applied == 1 else 'ies'} applied, "
        if counters:
            text += f"{counters} counter-proposal{'' if counters == 1 else 's'} stored, "
        text += (f"{len(self.not_applied)} not applied, {self.left_alone} other message"
                 f"{'' if self.left_alone == 1 else 's'} left alone")
        return text + "".join(f"; {note}" for note in self.notes)

    def as_json(self) -> dict[str, Any]:
        return {"handled": [m.as_json() for m in self.handled], "left_alone": self.left_alone,
                "notes": self.notes, "error": self.error, "reached": self.reached,
                "applied": len(self.applied), "not_applied": len(self.not_applied)}


# --- the message structure, without downloading the message ------------------------------

def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("ascii", "replace").lower()
    return str(value).lower() if value is not None else ""


def _leaves(value: Any) -> Iterator[str]:
    if isinstance(value, list | tuple):
        for item in value:
            yield from _leaves(item)
    elif value is not None:
        yield _text(value)


def has_calendar_part(body: Any) -> bool:
    """Whether a BODYSTRUCTURE holds a calendar: a text/calendar or application/ics part, or
    any part whose name ends in .ics (Outlook and Gmail attach the reply that way too)."""
    if getattr(body, "is_multipart", False):
        return any(has_calendar_part(part) for part in body[0])
    if not isinstance(body, tuple) or len(body) < 2:
        return False
    if (_text(body[0]), _text(body[1])) in CALENDAR_TYPES:
        return True
    return any(leaf.endswith((".ics", ".ics\"")) for leaf in _leaves(body[2:]))


# --- fetching ---------------------------------------------------------------------------

def _reason(exc: BaseException) -> str:
    from imapclient.exceptions import LoginError

    if isinstance(exc, LoginError):
        return f"the server refused the login: {exc}"
    if isinstance(exc, ssl.SSLError):
        return f"secure connection failed: {exc.reason or exc}"
    if isinstance(exc, ConnectionRefusedError):
        return "the server refused the connection (is it down, or the port wrong?)"
    if isinstance(exc, TimeoutError):
        return "the server did not answer in time"
    if isinstance(exc, OSError):
        return f"cannot reach the server: {exc.strerror or exc}"
    return str(exc) or type(exc).__name__


def connect(config: ImapConfig, password: str | None) -> IMAPClient:
    """A logged-in connection, with TLS as configured (certificates checked)."""
    from imapclient import IMAPClient

    if password is None:
        raise InputError(f"no password is stored for {config.account}; store it with "
                         "`organiser replies password` (or Fetch replies → Password…)",
                         field="password")
    context = ssl.create_default_context()
    client = IMAPClient(config.host, port=config.port, ssl=config.security == "ssl",
                        ssl_context=context if config.security == "ssl" else None,
                        timeout=config.timeout)
    try:
        if config.security == "starttls":
            if not client.has_capability("STARTTLS"):
                raise InputError("the server does not offer STARTTLS; choose 'ssl' or 'none' "
                                 "in Preferences → Replies if that is expected",
                                 field="IMAP security")
            client.starttls(context)
        if (config.user + password).isascii():
            client.login(config.user, password)
        else:  # LOGIN is ASCII only; AUTHENTICATE PLAIN carries UTF-8 (RFC 4616)
            client.plain_login(config.user, password)
    except BaseException:
        _close(client)
        raise
    return client


def _close(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # the connection is already gone: nothing to tell the server
        with contextlib.suppress(Exception):  # closing a dead socket cannot fail usefully
            client.shutdown()


def _known_uids(db: Database) -> set[str]:
    with db.session() as session:
        return set(session.scalars(select(Event.uid)))


def _first_day(db: Database) -> dt.date | None:
    """Replies arrive after the invitations went out: on a first fetch, older mail is skipped
    (a mailbox of years is not searched message by message)."""
    with db.session() as session:
        sent = session.scalar(select(func.min(Invitation.sent_at)))
        created = session.scalar(select(func.min(Event.created_at)))
    first = min((d for d in (sent, created) if d is not None), default=None)
    return (first - dt.timedelta(days=2)).date() if first else None


def _position(db: Database, account: str, folder: str) -> tuple[int, int] | None:
    with db.session() as session:
        state = session.scalars(select(MailFolderState).where(
            MailFolderState.account == account, MailFolderState.folder == folder)).first()
        return (int(state.uidvalidity), int(state.last_uid)) if state else None


def _remember(db: Database, account: str, folder: str, uidvalidity: int, last_uid: int) -> None:
    with db.transaction() as session:
        state = session.scalars(select(MailFolderState).where(
            MailFolderState.account == account, MailFolderState.folder == folder)).first()
        if state is None:
            session.add(MailFolderState(account=account, folder=folder,
                                        uidvalidity=uidvalidity, last_uid=last_uid))
        else:
            state.uidvalidity = uidvalidity
            state.last_uid = last_uid


def _chunks(values: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


class _Mover:
    """Moves (or flags) handled messages; makes the two folders on first use."""

    def __init__(self, client: IMAPClient, after: str) -> None:
        self.client = client
        self.after = after
        self._names: dict[tuple[str, str], str] = {}

    def folder_name(self, parts: tuple[str, str]) -> str:
        if parts not in self._names:
            prefix, delimiter = "", "/"
            try:
                personal = self.client.namespace().personal
                if personal:
                    prefix = _decode(personal[0][0])
                    delimiter = _decode(personal[0][1]) or "/"
            except Exception:  # a server without NAMESPACE: ask LIST for the delimiter
                listed = self.client.list_folders("", "INBOX")
                if listed and listed[0][1]:
                    delimiter = _decode(listed[0][1])
            name = prefix + delimiter.join(parts)
            if not self.client.folder_exists(name):
                self.client.create_folder(name)
                with contextlib.suppress(Exception):  # unsubscribed, it still holds the mail
                    self.client.subscribe_folder(name)
            self._names[parts] = name
        return self._names[parts]

    def done(self, uid: int, applied: bool) -> str:
        from imapclient import DELETED, FLAGGED, SEEN

        if self.after == "flag":
            keyword = APPLIED_KEYWORD if applied else NOT_APPLIED_KEYWORD
            flags = [keyword, SEEN] if applied else [keyword, FLAGGED]
            self.client.add_flags([uid], flags)
            return keyword
        target = self.folder_name(APPLIED_FOLDER if applied else NOT_APPLIED_FOLDER)
        if applied:  # read: the app has dealt with it; what was not applied stays unread
            self.client.add_flags([uid], [SEEN])
        if self.client.has_capability("MOVE"):
            self.client.move([uid], target)
        else:
            self.client.copy([uid], target)
            self.client.add_flags([uid], [DELETED])
            if self.client.has_capability("UIDPLUS"):
                self.client.uid_expunge([uid])
        return target


def _decode(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value or "")


def _header(message: Any, name: str) -> str:
    from organiser.exporters.email import clean_header_text

    try:
        return clean_header_text(str(message.get(name, "") or ""))[:200]
    except Exception:  # a header too broken to decode is shown empty, not fatal
        return ""


def fetch_replies(
    db: Database, *, config: ImapConfig | None = None, password: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> FetchReport:
    """Read new mail in the configured folders, apply the replies to our events, move them."""
    config = config or ImapConfig.from_settings()
    config.check()
    if password is None:
        password = config.get_password()
    report = FetchReport()
    try:
        client = connect(config, password)
    except InputError:
        raise
    except (OSError, imaplib.IMAP4.error) as exc:
        report.error = _reason(exc)
        from imapclient.exceptions import LoginError

        report.reached = isinstance(exc, LoginError)
        _log(db, report)
        return report
    try:
        mover = _Mover(client, config.after)
        known = _known_uids(db)
        for folder in config.folders:
            if progress is not None:
                progress(folder)
            _fetch_folder(db, client, config, folder, known, mover, report)
    except (OSError, imaplib.IMAP4.error) as exc:
        # the connection broke halfway: what was done is recorded, the rest waits
        report.error = _reason(exc)
    finally:
        _close(client)
    _log(db, report)
    return report


def _fetch_folder(db: Database, client: IMAPClient, config: ImapConfig, folder: str,
                  known: set[str], mover: _Mover, report: FetchReport) -> None:
    from imapclient.exceptions import IMAPClientError

    try:
        info = client.select_folder(folder)
    except IMAPClientError as exc:
        report.notes.append(f"folder {folder!r} cannot be opened ({exc})")
        return
    uidvalidity = int(info.get(b"UIDVALIDITY", 0))
    account = config.position_key
    stored = _position(db, account, folder)
    last = 0
    if stored is not None:
        if stored[0] == uidvalidity:
            last = stored[1]
        else:
            report.notes.append(f"the server renumbered {folder} (new UIDVALIDITY): read again "
                                "from the start")
    criteria: list[Any] = ["UID", f"{last + 1}:*"]
    if stored is None:
        first = _first_day(db)
        if first is not None:
            criteria += ["SINCE", first]
    # "n:*" always includes the newest message, even when its UID is below n
    uids = sorted(u for u in client.search(criteria) if u > last)
    highest = last
    for chunk in _chunks(uids, CHUNK):
        structures = client.fetch(chunk, ["BODYSTRUCTURE", "FLAGS"])
        for uid in chunk:
            data = structures.get(uid, {})
            flags = {_decode(f).lower() for f in data.get(b"FLAGS", ())}
            if APPLIED_KEYWORD.lower() in flags or NOT_APPLIED_KEYWORD.lower() in flags \
                    or not has_calendar_part(data.get(b"BODYSTRUCTURE")):
                report.left_alone += 1
            elif _handle(db, client, folder, uid, known, mover, report):
                # the position moves on with each handled message: a connection that breaks
                # later never makes the next fetch apply it again
                _remember(db, account, folder, uidvalidity, uid)
            highest = max(highest, uid)
        _remember(db, account, folder, uidvalidity, highest)
    if stored is None or stored[0] != uidvalidity:
        _remember(db, account, folder, uidvalidity, highest)


def _handle(db: Database, client: IMAPClient, folder: str, uid: int, known: set[str],
            mover: _Mover, report: FetchReport) -> bool:
    """Apply and move one message that has a calendar part; False when it is not ours."""
    from organiser.exporters.email import parse_message
    from organiser.importers.replies import parse_reply, read_calendar_text
    from organiser.services.replies import apply_reply

    raw = client.fetch([uid], ["BODY.PEEK[]"]).get(uid, {}).get(b"BODY[]", b"")
    if not isinstance(raw, bytes) or not raw:
        report.left_alone += 1
        return False
    message = parse_message(raw)
    subject, sender = _header(message, "Subject"), _header(message, "From")
    where = f"{folder} #{uid}"
    try:
        parsed = parse_reply(raw, where)
    except OrganiserError as exc:
        # ours only when it names one of our events and says it answers it
        try:
            text = read_calendar_text(raw, where).upper()
        except OrganiserError:
            text = ""
        answering = "METHOD:REPLY" in text or "METHOD:COUNTER" in text
        if not answering or not any(uid_.upper() in text for uid_ in known):
            report.left_alone += 1
            return False
        outcome, line = "failed", exc.message
    else:
        if parsed.uid not in known:
            report.left_alone += 1  # a reply to someone else's meeting
            return False
        outcome, line = _apply(db, parsed, where, apply_reply)
    fetched = FetchedMessage(folder, uid, subject, sender, outcome, line)
    fetched.moved_to = mover.done(uid, fetched.applied)
    report.handled.append(fetched)
    return True


def _apply(db: Database, parsed: Any, where: str,
           apply_reply: Callable[[Database, Any, str], ReplyResult]) -> tuple[str, str]:
    try:
        result = apply_reply(db, parsed, where)
    except OrganiserError as exc:
        return "failed", exc.message if exc.field is None else f"{exc.field}: {exc.message}"
    # a reply mailed by someone other than the attendee is applied, and says so
    return result.outcome.value, "; ".join([result.message, *result.warnings])


def _log(db: Database, report: FetchReport) -> None:
    from organiser.services.sync import record

    record(db, "fetch", report.summary(), reached=report.reached,
           ok=not report.error and not report.not_applied)


__all__ = [
    "FetchReport",
    "FetchedMessage",
    "ImapConfig",
    "fetch_replies",
    "has_calendar_part",
]
