"""Preferences: one form over the settings declared in organiser.core.settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from organiser.core.settings import OPTIONS, Option, Settings


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setObjectName("preferencesDialog")
        self.settings = Settings(strict=False)
        if self.settings.problem:
            QMessageBox.warning(self, "Settings",
                                f"{self.settings.problem}\nDefaults are shown instead.")
        self.editors: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        pages: dict[str, QFormLayout] = {}
        for option in OPTIONS.values():
            if option.page not in pages:
                box = QGroupBox(option.page, self)
                pages[option.page] = QFormLayout(box)
                layout.addWidget(box)
            editor = self._editor(option)
            editor.setObjectName(option.key)
            self.editors[option.key] = editor
            pages[option.page].addRow(option.title, editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _editor(self, option: Option[Any]) -> QWidget:
        value = self.settings.get(option)
        if isinstance(option.default, bool):
            box = QCheckBox(self)
            box.setChecked(bool(value))
            return box
        if isinstance(option.default, int):
            spin = QSpinBox(self)
            spin.setRange(0, 65535)
            spin.setValue(int(value))
            return spin
        line = QLineEdit(str(value), self)
        return line

    def accept(self) -> None:
        for key, editor in self.editors.items():
            option = OPTIONS[key]
            if isinstance(editor, QCheckBox):
                self.settings.set(option, editor.isChecked())
            elif isinstance(editor, QSpinBox):
                self.settings.set(option, editor.value())
            elif isinstance(editor, QLineEdit):
                self.settings.set(option, editor.text().strip())
        try:
            self.settings.save()
        except OSError as exc:
            QMessageBox.critical(self, "Preferences", f"Cannot save the settings: {exc}")
            return
        super().accept()
