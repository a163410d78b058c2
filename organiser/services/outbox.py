"""The outbox: prepared messages kept in the database until an SMTP server takes them.

A message is queued, sending, sent, or failed (the server refused it for good, its answer
kept). A server that cannot be reached, or answers "try later" (4xx), leaves the message
queued: nothing is lost, the next `send` tries again.

A sender claims each message just before handing it to the server (queued -> sending, with
who and when, in one transaction that only one sender can win), so two senders at once (the
app and the CLI, two colleagues on one PostgreSQL database) never send one message twice. A
message still "sending" whose sender is gone (a crash, a laptop lid closed mid-send) may or
may not have reached the server: it is shown as "may have been sent" and sent again only when
the person says so (`outbox send --resend-unsure`, or the outbox's Send again). It goes out
with the same bytes, so the same Message-ID, and mail clients can tell it is the same message.

The SMTP password lives in the system keyring,
never in the database or the settings file.
"""

from __future__ import annotations

import datetime as dt
import os
import smtplib
import socket
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from typing import Any, ClassVar

from sqlalchemy import select, update

from organiser.core.enums import MailPurpose, OutboxStatus
from organiser.core.errors import InputError, NotFoundError
from organiser.core.models import OutboxMessage
from organiser.core.storage import Database
from organiser.services.passwords import (
    SMTP,
    PasswordSlot,
    PasswordStoreError,
    ServerLogin,
    check_server,
)
from organiser.services.serialise import iso

KEYRING_SERVICE = SMTP.service
SECURITY = ("starttls", "ssl", "none")
# a claim older than this is a sender that is gone (one message takes seconds; the SMTP
# timeout is 30 s): its message may have been sent
STALE_CLAIM = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class SmtpConfig(ServerLogin):
    """The SMTP server the outbox sends through (Preferences → Mail)."""

    slot: ClassVar[PasswordSlot] = SMTP
    preferences: ClassVar[str] = "Preferences → Mail"

    host: str
    port: int = 587
    security: str = "starttls"
    user: str = ""
    timeout: float = 30.0

    @classmethod
    def from_settings(cls, settings: Any = None) -> SmtpConfig:
        from organiser.core.settings import SMTP_HOST, SMTP_PORT, SMTP_SECURITY, SMTP_USER, Settings

        settings = settings or Settings()
        return cls(host=settings.get(SMTP_HOST).strip(), port=settings.get(SMTP_PORT),
                   security=settings.get(SMTP_SECURITY).strip().lower() or "starttls",
                   user=settings.get(SMTP_USER).strip())

    def check(self) -> None:
        check_server("SMTP", self.preferences, self.host, self.port, self.security, SECURITY)

    @property
    def account(self) -> str:
        """The keyring entry's name: one password per user and server."""
        return f"{self.user}@{self.host}"


# --- the queue ------------------------------------------------------------------------

@dataclass(frozen=True)
class OutboxRow:
    id: int
    event_id: int | None
    purpose: MailPurpose
    recipient: str
    subject: str
    status: OutboxStatus
    attempts: int
    last_error: str
    created_at: dt.datetime
    sent_at: dt.datetime | None
    claimed_by: str = ""
    claimed_at: dt.datetime | None = None
    unsure: bool = False  # "sending", and its sender is gone: may have been sent

    @property
    def state(self) -> str:
        """The status as a person reads it."""
        if self.unsure:
            return "may have been sent"
        return self.status.value

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "event_id": self.event_id, "purpose": self.purpose.value,
            "recipient": self.recipient, "subject": self.subject,
            "status": self.status.value, "attempts": self.attempts,
            "answer": self.last_error, "created_at": iso(self.created_at),
            "sent_at": iso(self.sent_at), "claimed_by": self.claimed_by,
            "claimed_at": iso(self.claimed_at), "may_have_been_sent": self.unsure,
        }


def claimer() -> str:
    """Who sends: this process on this machine."""
    return f"{os.getpid()}@{socket.gethostname()}"


def _sender_gone(claimed_by: str, claimed_at: dt.datetime | None,
                 now: dt.datetime | None = None) -> bool:
    pid, _, host = claimed_by.partition("@")
    if host == socket.gethostname() and pid.isdigit():
        if int(pid) == os.getpid():
            return False
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except OSError:
            pass  # alive, another user's
        else:
            return False
    if claimed_at is None:
        return True
    return (now or dt.datetime.now(dt.UTC)) - claimed_at > STALE_CLAIM


def _row(message: OutboxMessage) -> OutboxRow:
    unsure = (message.status == OutboxStatus.SENDING
              and _sender_gone(message.claimed_by, message.claimed_at))
    return OutboxRow(message.id, message.event_id, message.purpose, message.recipient,
                     message.subject, message.status, message.attempts, message.last_error,
                     message.created_at, message.sent_at, message.claimed_by,
                     message.claimed_at, unsure)


def queue_messages(db: Database, messages: Sequence[Any]) -> list[int]:
    """Put prepared messages (organiser.services.mail.PreparedMessage) in the outbox."""
    with db.transaction() as session:
        rows = [OutboxMessage(event_id=m.event_id, purpose=m.purpose, recipient=m.recipient,
                              subject=m.subject, message=m.data, status=OutboxStatus.QUEUED)
                for m in messages]
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


def list_outbox(db: Database, statuses: Sequence[OutboxStatus] | None = None) -> list[OutboxRow]:
    query = select(OutboxMessage).order_by(OutboxMessage.id)
    if statuses:
        query = query.where(OutboxMessage.status.in_(list(statuses)))
    with db.session() as session:
        return [_row(m) for m in session.scalars(query)]


def message_data(db: Database, message_id: int) -> bytes:
    with db.session() as session:
        message = session.get(OutboxMessage, message_id)
        if message is None:
            raise NotFoundError(f"no message {message_id} in the outbox", field="message")
        return bytes(message.message)


def retry(db: Database, ids: Sequence[int]) -> int:
    """Failed messages go back to the queue (after the address or the server was fixed)."""
    with db.transaction() as session:
        result = session.execute(
            update(OutboxMessage).where(OutboxMessage.id.in_(list(ids)),
                                        OutboxMessage.status == OutboxStatus.FAILED)
            .values(status=OutboxStatus.QUEUED))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


def discard(db: Database, ids: Sequence[int]) -> int:
    """Remove messages that are not to be sent (sent ones stay as a record)."""
    with db.transaction() as session:
        rows = session.scalars(select(OutboxMessage).where(
            OutboxMessage.id.in_(list(ids)), OutboxMessage.status != OutboxStatus.SENT)).all()
        for row in rows:
            session.delete(row)
        return len(rows)


# --- sending --------------------------------------------------------------------------

@dataclass
class SendReport:
    sent: list[int] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)
    queued: list[int] = field(default_factory=list)
    error: str = ""
    taken: list[int] = field(default_factory=list)  # claimed by another sender meanwhile
    unsure: list[int] = field(default_factory=list)  # may have been sent: not sent again

    def as_json(self) -> dict[str, Any]:
        return {"sent": self.sent, "failed": [{"id": i, "answer": a} for i, a in self.failed],
                "queued": self.queued, "error": self.error, "taken": self.taken,
                "may_have_been_sent": self.unsure}

    def summary(self) -> str:
        parts = [f"{len(self.sent)} sent"]
        if self.failed:
            parts.append(f"{len(self.failed)} refused")
        if self.queued:
            parts.append(f"{len(self.queued)} still queued")
        if self.taken:
            parts.append(f"{len(self.taken)} sent by another sender")
        if self.unsure:
            parts.append(f"{len(self.unsure)} may have been sent already (not sent again; "
                         "check the recipient's mail, then resend if needed)")
        text = ", ".join(parts)
        return f"{text} ({self.error})" if self.error else text


def _answer(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    return f"{code} {' '.join(text.split())}".strip()


def connect(config: SmtpConfig, password: str | None) -> smtplib.SMTP:
    """A logged-in connection, with TLS as configured (certificates checked)."""
    context = ssl.create_default_context()
    server: smtplib.SMTP
    if config.security == "ssl":
        server = smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout,
                                  context=context)
    else:
        server = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
    try:
        server.ehlo()
        if config.security == "starttls":
            if not server.has_extn("starttls"):
                raise smtplib.SMTPNotSupportedError(
                    "the server does not offer STARTTLS; choose 'ssl' or 'none' in "
                    "Preferences → Mail if that is expected")
            server.starttls(context=context)
            server.ehlo()
        if config.user:
            if password is None:
                raise InputError(f"no password is stored for {config.account}; set it in the "
                                 "Outbox (Password…) or with `organiser outbox password`",
                                 field="password")
            _login(server, config.user, password)
    except BaseException:
        server.close()
        raise
    return server


def _login(server: smtplib.SMTP, user: str, password: str) -> None:
    """smtplib encodes credentials as ASCII; a password with other letters goes as UTF-8
    through AUTH PLAIN (RFC 4616), which servers accept."""
    if (user + password).isascii():
        server.login(user, password)
        return
    import base64

    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode()
    code, answer = server.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, answer)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return f"the server refused the login: {_answer(exc.smtp_code, exc.smtp_error)}"
    if isinstance(exc, smtplib.SMTPResponseException):
        return _answer(exc.smtp_code, exc.smtp_error)
    if isinstance(exc, ssl.SSLError):
        return f"secure connection failed: {exc.reason or exc}"
    if isinstance(exc, ConnectionRefusedError):
        return "the server refused the connection (is it down, or the port wrong?)"
    if isinstance(exc, TimeoutError):
        return "the server did not answer in time"
    if isinstance(exc, OSError):
        return f"cannot reach the server: {exc.strerror or exc}"
    return str(exc) or type(exc).__name__


def _envelope_from(data: bytes) -> str:
    headers = BytesHeaderParser().parsebytes(data)
    addresses = getaddresses([str(headers.get("Sender") or headers.get("From") or "")])
    return addresses[0][1] if addresses else ""


def _record(db: Database, message_id: int, status: OutboxStatus, answer: str) -> None:
    # one transaction per message: a crash halfway through a batch never forgets what went
    with db.transaction() as session:
        message = session.get(OutboxMessage, message_id)
        if message is None:
            return
        message.attempts += 1
        message.status = status
        message.last_error = answer
        if status == OutboxStatus.SENT:
            message.sent_at = dt.datetime.now(dt.UTC)


def claim(db: Database, message_id: int, status: OutboxStatus, claimed_by: str = "",
          me: str | None = None) -> bool:
    """Take one message to send: queued/failed (or an unsure sending, compared with its old
    claimer) -> sending by `me`, in one statement only one sender can win."""
    query = update(OutboxMessage).where(OutboxMessage.id == message_id,
                                        OutboxMessage.status == status)
    if status == OutboxStatus.SENDING:
        query = query.where(OutboxMessage.claimed_by == claimed_by)
    with db.transaction() as session:
        result = session.execute(query.values(status=OutboxStatus.SENDING,
                                              claimed_by=me or claimer(),
                                              claimed_at=dt.datetime.now(dt.UTC)))
        return int(result.rowcount or 0) == 1  # type: ignore[attr-defined]


def _unclaim(db: Database, message_id: int, answer: str) -> None:
    """Not sent after all (the server said later, or the connection broke first): queued."""
    with db.transaction() as session:
        message = session.get(OutboxMessage, message_id)
        if message is not None and message.status == OutboxStatus.SENDING:
            message.status = OutboxStatus.QUEUED
            message.attempts += 1
            message.last_error = answer


def send_outbox(db: Database, *, config: SmtpConfig | None = None, password: str | None = None,
                ids: Sequence[int] | None = None, include_failed: bool = False,
                resend_unsure: bool = False,
                progress: Callable[[int, int], None] | None = None) -> SendReport:
    """Send what is queued (and, when asked, what failed, and what may have been sent);
    returns what happened to each."""
    config = config or SmtpConfig.from_settings()
    statuses = [OutboxStatus.QUEUED, OutboxStatus.SENDING]
    if include_failed or ids:
        statuses.append(OutboxStatus.FAILED)
    query = select(OutboxMessage.id, OutboxMessage.recipient, OutboxMessage.status,
                   OutboxMessage.claimed_by, OutboxMessage.claimed_at).where(
        OutboxMessage.status.in_(statuses)).order_by(OutboxMessage.id)
    if ids is not None:
        query = query.where(OutboxMessage.id.in_(list(ids)))
    report = SendReport()
    pending: list[tuple[int, str, OutboxStatus, str]] = []
    with db.session() as session:
        for message_id, recipient, status, claimed_by, claimed_at in session.execute(query):
            if status == OutboxStatus.SENDING:
                if not _sender_gone(claimed_by, claimed_at):
                    continue  # another sender has it right now
                if not resend_unsure:
                    report.unsure.append(message_id)
                    continue
            pending.append((message_id, recipient, status, claimed_by))
    if not pending:
        return report
    config.check()
    if config.user and password is None:
        password = config.get_password()
    try:
        server = connect(config, password)
    except InputError:
        raise
    except (OSError, smtplib.SMTPException) as exc:
        report.error = _reason(exc)
        for message_id, *_ in pending:
            _record_attempt(db, message_id, report.error)
            report.queued.append(message_id)
        _log_send(db, report, reached=False)
        return report
    me = claimer()
    try:
        for index, (message_id, recipient, status, claimed_by) in enumerate(pending):
            if progress is not None:
                progress(index, len(pending))
            if not claim(db, message_id, status, claimed_by, me):
                report.taken.append(message_id)
                continue
            data = message_data(db, message_id)
            try:
                refused = server.sendmail(_envelope_from(data), [recipient], data)
            except smtplib.SMTPRecipientsRefused as exc:
                code, text = exc.recipients.get(recipient, (550, b"recipient refused"))
                _refused(db, report, message_id, code, _answer(code, text))
            except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
                _refused(db, report, message_id, exc.smtp_code,
                         _answer(exc.smtp_code, exc.smtp_error))
            except (OSError, smtplib.SMTPException) as exc:
                # the connection broke: this one and the rest stay queued for next time
                report.error = _reason(exc)
                _unclaim(db, message_id, report.error)
                report.queued.append(message_id)
                for later_id, *_ in pending[index + 1:]:
                    _record_attempt(db, later_id, report.error)
                    report.queued.append(later_id)
                break
            else:
                if refused:
                    code, text = refused.get(recipient, (550, b"refused"))
                    _refused(db, report, message_id, code, _answer(code, text))
                else:
                    _record(db, message_id, OutboxStatus.SENT, "")
                    report.sent.append(message_id)
    finally:
        try:
            server.quit()
        except (OSError, smtplib.SMTPException):
            server.close()
    if progress is not None:
        progress(len(pending), len(pending))
    _log_send(db, report, reached=True)
    return report


def _log_send(db: Database, report: SendReport, *, reached: bool) -> None:
    from organiser.services.sync import record

    record(db, "send", report.summary(), reached=reached,
           ok=not report.error and not report.failed)


def _refused(db: Database, report: SendReport, message_id: int, code: int, answer: str) -> None:
    if 400 <= code < 500:  # "try again later": keep it queued
        _unclaim(db, message_id, answer)
        report.queued.append(message_id)
    else:
        _record(db, message_id, OutboxStatus.FAILED, answer)
        report.failed.append((message_id, answer))


def _record_attempt(db: Database, message_id: int, answer: str) -> None:
    with db.transaction() as session:
        message = session.get(OutboxMessage, message_id)
        if message is not None:
            message.attempts += 1
            message.last_error = answer


__all__ = [
    "KEYRING_SERVICE",
    "OutboxRow",
    "PasswordStoreError",
    "SendReport",
    "SmtpConfig",
    "discard",
    "list_outbox",
    "message_data",
    "queue_messages",
    "retry",
    "send_outbox",
]
