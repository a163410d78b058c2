"""Every user setting declared once, with its type and default; stored as JSON per user.

The UI's own state (window geometry) lives in QSettings; what the core needs too (the
coordinator's identity for calendar files, SMTP host) lives here so the CLI sees it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

from organiser.core.errors import InputError

T = TypeVar("T", str, int, bool)


class Option(NamedTuple, Generic[T]):
    """A declared setting (a NamedTuple: read at every start-up, it must import nothing)."""

    key: str
    default: T
    title: str
    page: str


OPTIONS: dict[str, Option[Any]] = {}


def _declare(option: Option[T]) -> Option[T]:
    OPTIONS[option.key] = option
    return option


COORDINATOR_NAME = _declare(Option("coordinator.name", "", "Your name", "Identity"))
COORDINATOR_EMAIL = _declare(Option("coordinator.email", "", "Your e-mail address", "Identity"))
DEFAULT_TIMEZONE = _declare(Option("events.default_timezone", "UTC", "Default time zone",
                                   "Events"))
SMTP_HOST = _declare(Option("smtp.host", "", "SMTP server", "Mail"))
SMTP_PORT = _declare(Option("smtp.port", 587, "SMTP port", "Mail"))
SMTP_SECURITY = _declare(Option("smtp.security", "starttls", "Security (starttls, ssl, none)",
                                "Mail"))
SMTP_USER = _declare(Option("smtp.user", "", "SMTP user name", "Mail"))
IMAP_HOST = _declare(Option("imap.host", "", "IMAP server (replies are fetched from it)",
                            "Replies"))
IMAP_PORT = _declare(Option("imap.port", 993, "IMAP port", "Replies"))
IMAP_SECURITY = _declare(Option("imap.security", "ssl", "Security (ssl, starttls, none)",
                                "Replies"))
IMAP_USER = _declare(Option("imap.user", "", "IMAP user name", "Replies"))
IMAP_FOLDERS = _declare(Option("imap.folders", "INBOX", "Folders to read (comma-separated)",
                               "Replies"))
IMAP_AFTER = _declare(Option("imap.after", "move",
                             "Handled replies: move (to Organiser/…) or flag", "Replies"))
IMAP_INTERVAL = _declare(Option("imap.interval", 0,
                                "Fetch every N minutes while the app is open (0: never)",
                                "Replies"))
CALDAV_URL = _declare(Option("caldav.url", "", "CalDAV calendar URL", "Calendar"))
CALDAV_USER = _declare(Option("caldav.user", "", "CalDAV user name", "Calendar"))
BACKUPS_KEPT = _declare(Option("backups.kept", 7, "Daily backups kept", "Data"))
UI_LANGUAGE = _declare(Option("ui.language", "", "Interface language (empty: system)",
                              "Interface"))
DATABASE_LOCATION = _declare(Option("database.location", "",
                                    "Database (file or URL; empty: the default file)", "Data"))


def settings_file() -> Path:
    from organiser.core.paths import user_config_dir

    return user_config_dir() / "settings.json"


class Settings:
    """Typed access to the settings file; unknown or mistyped values fall back to defaults."""

    def __init__(self, path: Path | None = None, *, strict: bool = True) -> None:
        """Read the file; a damaged one raises, or with strict=False gives the defaults."""
        self.path = path or settings_file()
        self._values: dict[str, Any] = {}
        self.problem: str = ""
        if self.path.exists():
            try:
                loaded = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                error = InputError(f"cannot read settings: {exc}", file=str(self.path))
                if strict:
                    raise error from exc
                self.problem = str(error)
                loaded = {}
            if isinstance(loaded, dict):
                self._values = loaded

    def get(self, option: Option[T]) -> T:
        value = self._values.get(option.key, option.default)
        if type(value) is not type(option.default):
            return option.default
        return value

    def set(self, option: Option[T], value: T) -> None:
        if type(value) is not type(option.default):
            raise InputError(f"expects {type(option.default).__name__}", field=option.title)
        self._values[option.key] = value

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(self._values, ensure_ascii=False, indent=2, sort_keys=True),
                       encoding="utf-8")
        os.replace(tmp, self.path)
