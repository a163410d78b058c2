"""A field where an organisation is typed with a completer (walk-in, person form).

Typing part of a name and pressing Enter or Tab must not make a near-duplicate silently:
"watch", Enter, made a new organisation "watch" beside "Procurement Watch Network".
- Tab takes the first suggestion shown; Enter takes the suggestion when it is the only one.
- On saving, a name that is no organisation's but part of some asks: use one of them, or create
  the new one (the existing organisation is the default answer: at the door Enter is pressed
  without reading).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QMessageBox, QWidget

from organiser.core.text import fold, organisation_key

MAX_OFFERED = 3  # buttons in the question; more matches: go back and pick from the list


class _SuggestionKeys(QObject):
    """On the completer's popup: Tab takes the first suggestion, Enter the only one.

    QCompleter takes only a suggestion chosen with the arrows; otherwise it closes its popup
    and leaves the fragment typed.
    """

    def __init__(self, completer: QCompleter) -> None:
        super().__init__(completer)
        self.completer = completer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self.completer.popup()
        if popup is not None and watched is popup and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and popup.isVisible() \
                and not popup.currentIndex().isValid():
            model = self.completer.completionModel()
            rows = model.rowCount()
            take = (event.key() == Qt.Key.Key_Tab and rows > 0) or (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and rows == 1)
            if take:
                popup.setCurrentIndex(model.index(0, 0))
        return super().eventFilter(watched, event)


def take_suggestions(completer: QCompleter) -> None:
    """Tab and Enter on `completer`'s list take what it suggests (see the module's text)."""
    popup = completer.popup()
    if popup is not None:
        popup.installEventFilter(_SuggestionKeys(completer))


def existing_matches(typed: str, organisations: list[str]) -> tuple[str | None, list[str]]:
    """The organisation `typed` names (same key: case, accents, "The", "Ltd" ignored), or
    None and those whose name contains it or is contained in it (the near-duplicates)."""
    key = organisation_key(typed)
    if not key:
        return None, []
    for name in organisations:
        if organisation_key(name) == key:
            return name, []
    folded = fold(typed).strip()
    return None, [name for name in organisations
                  if folded in fold(name) or (len(fold(name)) > 2 and fold(name) in folded)]


def choose_organisation(parent: QWidget, typed: str, organisations: list[str]) -> str | None:
    """What to save for the organisation typed: an existing one's name, `typed` itself (a new
    organisation, asked about when it looks like existing ones), or None (go back)."""
    typed = " ".join(typed.split())
    same, near = existing_matches(typed, organisations)
    if same is not None:
        return same
    if not near:
        return typed
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate(
        "OrganisationField", "Organisation"), QCoreApplication.translate(
        "OrganisationField", "No organisation is called “{typed}”. Did you mean one of these?")
        .format(typed=typed), QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("organisationQuestion")
    offered = {box.addButton(name, QMessageBox.ButtonRole.AcceptRole): name
               for name in near[:MAX_OFFERED]}
    if len(near) > MAX_OFFERED:
        box.setInformativeText(QCoreApplication.translate(
            "OrganisationField", "{count} more match: go back to choose from the list.")
            .format(count=len(near) - MAX_OFFERED))
    create = box.addButton(QCoreApplication.translate(
        "OrganisationField", "&Create “{typed}”").format(typed=typed),
        QMessageBox.ButtonRole.YesRole)
    back = box.addButton(QCoreApplication.translate("OrganisationField", "&Back"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(next(iter(offered)))
    box.setEscapeButton(back)
    box.exec()
    clicked = box.clickedButton()
    if clicked is create:
        return typed
    return offered.get(clicked)  # type: ignore[call-overload]
