"""The log file: where unexpected errors go, from the app and the command line alike."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "organiser.log"
log = logging.getLogger("organiser")


def log_file() -> Path:
    from organiser.core.paths import user_log_dir

    return user_log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """A rotating log (5 files of 1 MB) in the user log folder; None if it cannot be made."""
    path = log_file()
    for handler in log.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) \
                and Path(handler.baseFilename) == path:
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=4,
                                                       encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)
    return path
