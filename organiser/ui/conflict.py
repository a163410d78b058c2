"""A save refused because someone else changed the record: said inside the form, with Reload.

Reloading keeps what the user typed: fields only they changed keep their text, fields only
the other person changed show the stored value, and where both changed the same field the
stored value is shown with the user's text beside it and a button to put it back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.ui import colours


class ConflictPanel(QFrame):
    """Hidden until a save is refused; then the message and a Reload button."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # its own fill, so its own text colour too: readable in a dark scheme
        self.setStyleSheet(colours.panel_style("conflictPanel", "notice"))
        self.message = QLabel(self)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reload_button = QPushButton(self.tr("&Reload"), self)
        self.reload_button.setObjectName("conflictReload")
        self.reload_button.setToolTip(self.tr(
            "Show their change; what you typed stays in the form"))
        self.reload_button.clicked.connect(self.reload_requested)
        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        self.yours = QWidget(self)
        self.yours.setObjectName("conflictYours")
        self.grid = QGridLayout(self.yours)
        self.grid.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.yours)
        self.hide()

    def show_conflict(self, message: str) -> None:
        """The save was refused: say so; nothing in the form changes until Reload."""
        self._clear_yours()
        self.message.setText(message + "\n" + self.tr(
            "Your change was not saved. Reload shows their change and keeps what you typed."))
        self.reload_button.show()
        self.show()

    def show_reloaded(self, clashes: list[tuple[str, str, Callable[[], None]]]) -> None:
        """After Reload: (field label, the user's text, put it back) for each field both
        people changed; the form itself already shows the merged values."""
        self._clear_yours()
        self.reload_button.hide()
        if not clashes:
            self.message.setText(self.tr(
                "Reloaded: their change is in the form and so is yours. Check, then save."))
        else:
            self.message.setText(self.tr(
                "Reloaded: they changed the same fields as you. The form shows their text; "
                "yours is kept below. Check, then save."))
        for row, (label, text, use_mine) in enumerate(clashes):
            name = QLabel(self.tr("{field}, your text:").format(field=label), self.yours)
            value = QLabel(text, self.yours)
            value.setObjectName("conflictYourText")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(self.tr("Use mine"), self.yours)
            button.setObjectName("conflictUseMine")
            button.setToolTip(self.tr("Put your text back in the form"))
            button.clicked.connect(use_mine)
            self.grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(value, row, 1)
            self.grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        self.show()

    def _clear_yours(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()


def merge_into_form(panel: ConflictPanel, base: Mapping[str, Any], mine: Mapping[str, Any],
                    theirs: Mapping[str, Any], set_values: Callable[[dict[str, Any]], None],
                    labels: Mapping[str, str], shown: Callable[[Any], str] = str) -> None:
    """Fill the form from a three-way merge and list the clashes in the panel."""
    from organiser.core.locking import three_way

    merged, clashes = three_way(base, mine, theirs)
    set_values(merged)

    def putter(name: str) -> Callable[[], None]:
        return lambda: set_values({name: mine[name]})

    panel.show_reloaded([(labels.get(name, name), shown(mine[name]), putter(name))
                         for name in clashes])


def tell_conflict(parent: QWidget, message: str) -> QMessageBox:
    """For a one-click change (a status, an answer, a name on the board): say the record was
    changed by someone else; the caller has already shown it as stored now."""
    from PySide6.QtCore import QCoreApplication

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ConflictPanel", "Changed by someone else"),
        message + "\n\n" + QCoreApplication.translate(
            "ConflictPanel", "Your change was not saved. The screen now shows theirs; make "
            "your change again if it still applies."),
        QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("conflictMessage")
    box.open()
    return box
