"""What every area of the main window offers the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from organiser.core.storage import Database
    from organiser.ui.main_window import MainWindow


class Area(QWidget):
    """A page of the main window, fed from the open database."""

    title = "Area"
    object_name = "area"
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.object_name)
        self.db: Database | None = None

    def set_database(self, db: Database | None) -> None:
        self.db = db

    def refresh(self) -> None:
        """Reload from the database (called after the window is shown and when data changes)."""

    def contribute_menus(self, window: MainWindow) -> None:
        """Add this area's actions to the window's menus (`window.menu("&File")`, ...)."""

    def accepts_file(self, path: Path) -> bool:
        """Whether a file dropped on the window is for this area (by its name or content)."""
        return False

    def open_files(self, paths: list[Path]) -> None:
        """Handle files dropped on the window (or chosen from a menu) that this area accepts."""
