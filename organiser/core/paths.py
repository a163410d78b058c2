"""Where things live: resources (from source or frozen), user data and config."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from organiser import APP_ID, ORG_NAME

IS_FROZEN = bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")
PACKAGE_DIR = Path(__file__).resolve().parent.parent


def bundle_root() -> Path:
    """The folder holding `organiser/` and `resources/`: the bundle when frozen, else the tree."""
    if IS_FROZEN:
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    return PACKAGE_DIR.parent


def resource_path(name: str = "") -> Path:
    """A file of the top-level `resources/` folder (fonts, icons, styles)."""
    installed = PACKAGE_DIR / "_resources"
    root = bundle_root() / "resources"
    if not IS_FROZEN and not root.is_dir() and installed.is_dir():
        root = installed
    return root / name if name else root


def _platformdirs():  # type: ignore[no-untyped-def]
    import platformdirs

    return platformdirs.PlatformDirs(APP_ID, ORG_NAME)


def user_data_dir() -> Path:
    override = os.environ.get("ORGANISER_DATA_DIR")
    return Path(override) if override else Path(_platformdirs().user_data_dir)


def user_config_dir() -> Path:
    override = os.environ.get("ORGANISER_CONFIG_DIR")
    return Path(override) if override else Path(_platformdirs().user_config_dir)


def user_log_dir() -> Path:
    override = os.environ.get("ORGANISER_LOG_DIR")
    return Path(override) if override else Path(_platformdirs().user_log_dir)


def default_database() -> str:
    """The database when there is no `--db`: ORGANISER_DB, else the `database.location`
    setting (team mode: a shared PostgreSQL URL), else organiser.sqlite in the user data folder.
    """
    env = os.environ.get("ORGANISER_DB")
    if env:
        return env
    from organiser.core.settings import DATABASE_LOCATION, Settings

    location = Settings(strict=False).get(DATABASE_LOCATION).strip()
    if location:
        return location if "://" in location else str(Path(location).expanduser())
    return str(user_data_dir() / "organiser.sqlite")
