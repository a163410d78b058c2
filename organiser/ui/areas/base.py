"""What every area of the main window offers the window, and how it loads its data.

An area reads what it shows in `load(db)`, which runs in a worker thread (no widgets there),
and shows it in `show_loaded(data)` on the UI thread. `refresh()` starts a load; a load that a
newer one overtook is dropped. The window builds an area on its first visit and reloads only the
visible one when the data changes; the others are marked stale and reload when shown.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    loaded = Signal()  # after show_loaded: the area shows the database as read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.object_name)
        self.db: Database | None = None
        self.stale = True  # nothing shown yet, or the data changed while hidden

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.stale = True

    def focus_content(self) -> None:
        """Give the keyboard to the area's main list (`main_view`, else the first list or
        table in Tab order, else its first field): where keys should go once the area is chosen
        (View › area, Enter on the navigation), rather than staying on the navigation."""
        # not at import: the main window shows before `Qt` (~15-30 ms, every enum of Qt's
        # namespace built at once) and the item views' types are made
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractItemView

        main = self.main_view()
        if main is not None and main.isVisible() and main.isEnabled():
            main.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        takers: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self and len(takers) < 200:
            if self.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() and \
                    widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                takers.append(widget)
            widget = widget.nextInFocusChain()
            if widget is self.nextInFocusChain():
                break
        target = next((w for w in takers if isinstance(w, QAbstractItemView)),
                      takers[0] if takers else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @property
    def loading(self) -> bool:
        """A reload is under way (`refresh`): what is shown is about to be replaced."""
        from organiser.ui.background import reading

        return reading(self, "reload")

    def main_view(self) -> QWidget | None:
        """The list the area is about, when it is not the first one in Tab order."""
        return None

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Reload from the database in the background; the area shows it when read, then
        calls `then` (e.g. to select what a dialog just saved)."""
        from organiser.ui.background import QueryOp, forget

        self.stale = False
        db = self.db
        if db is None:
            forget(self, "reload")  # a read of the database closed since is not shown
            self.show_loaded(None)
            self.loaded.emit()
            if then is not None:
                then()
            return

        def show(data: Any) -> None:
            self.show_loaded(data)
            self.loaded.emit()
            if then is not None:
                then()

        QueryOp(self, self.loader(db), show).latest("reload").current(lambda: self.db is db).run()

    def own_write(self) -> AbstractContextManager[None]:
        """Around a change this area writes and shows at once (`MainWindow.own_write`)."""
        from organiser.ui.main_window import MainWindow

        window = self.window()
        return window.own_write(self) if isinstance(window, MainWindow) else nullcontext()

    def loader(self, db: Database) -> Callable[[], Any]:
        """What `refresh` runs in the worker: `load(db)`; an area whose reading depends on
        what its widgets show (a filter) takes that here, on the UI thread."""
        return lambda: type(self).load(db)

    @staticmethod
    def load(db: Database) -> Any:
        """Read what the area shows (in a worker thread: no widgets, its own session)."""
        return None

    def show_loaded(self, data: Any) -> None:
        """Show what `load` read (None: no database open)."""

    @classmethod
    def contribute_menus(cls, window: MainWindow) -> None:
        """Add this area's actions to the window's menus (`window.menu("&File")`, ...).

        Called before the area is built: the actions reach the area through
        `window.area(cls.title)`, which builds it on first use.
        """

    @classmethod
    def accepts_file(cls, path: Path) -> bool:
        """Whether a file dropped on the window is for this area (asked before it is built)."""
        return False

    def open_files(self, paths: list[Path]) -> None:
        """Handle files dropped on the window (or chosen from a menu) that this area accepts."""
