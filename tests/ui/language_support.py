"""The interface in another language for a while, and back in English after it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


@contextmanager
def interface_in(code: str) -> Iterator[QApplication]:
    """Install `code`'s translation (and its layout direction) for the block; English, left to
    right, again after it, so that no later test runs in the wrong language."""
    from organiser.ui import i18n
    from organiser.ui.app import make_application

    app = make_application()
    assert i18n.install(app, code) == code
    try:
        yield app
    finally:
        i18n.install(app, "en")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
