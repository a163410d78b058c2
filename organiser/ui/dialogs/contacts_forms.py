"""Forms for a person and an organisation; what is wrong is said next to the field."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from organiser.ui import colours
from organiser.ui.labels import enum_text
from organiser.ui.organisation_field import take_suggestions
from organiser.ui.widgets import fit_to_screen, label_for

if TYPE_CHECKING:
    from organiser.core.people import PersonData
    from organiser.core.storage import Database
    from organiser.services.organisations import OrganisationData



def zone_completer(parent: QWidget) -> QCompleter:
    """Completes a time zone from any part of its name ("istan" gives Europe/Istanbul)."""
    from organiser.core.zones import zone_names

    completer = QCompleter(sorted(z for z in zone_names() if "/" in z or z == "UTC"), parent)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(12)
    return completer


class _Form(QDialog):
    """A dialog of labelled fields, each with an error label under it."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._tried = False
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        from organiser.ui.conflict import ConflictPanel

        self.conflict = ConflictPanel(self)
        self.conflict.reload_requested.connect(self.reload)
        layout.addWidget(self.conflict)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)  # Enter in a one-line field saves
        layout.addWidget(self.buttons)
        self.labels: dict[str, str] = {}
        # around the write (the area's own_write: the window's change poll leaves it to the
        # area, which shows the one changed row itself)
        self.write_guard: Callable[[], AbstractContextManager[Any]] = nullcontext
        # what the fields showed when filled from the database: the base of a reload's merge
        self.base: dict[str, str] = {}
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)  # Enter in a one-line field saves
        self._focused = False

    def is_modified(self) -> bool:
        """Typed changes: the fields differ from what they showed when filled or reloaded."""
        return bool(self.base) and self.texts() != self.base

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused and self.fields:
            self._focused = True  # typing starts in the first field, never on Save
            next(iter(self.fields.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        """Escape or Cancel: a form with changes asks before they are thrown away."""
        if self.is_modified():
            answer = QMessageBox.question(
                self, self.windowTitle(), self.tr("Discard the changes you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def add(self, name: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        widget.setObjectName(name)
        if hint:
            widget.setToolTip(hint)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel("", box)
        error.setObjectName(f"{name}Error")
        error.setStyleSheet(colours.text_style("alert"))
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.form.addRow(label, box)
        shown = self.form.labelForField(box)
        if isinstance(shown, QLabel):
            label_for(shown, widget)
        self.labels[name] = label.replace("&", "")
        self.fields[name] = widget
        self.errors[name] = error
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(self._revalidate)
        elif isinstance(widget, QComboBox) and widget.isEditable():
            widget.editTextChanged.connect(self._revalidate)
        return widget

    def text(self, name: str) -> str:
        widget = self.fields[name]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentText() if widget.isEditable() else str(widget.currentData())
        return ""

    def set_text(self, name: str, value: str) -> None:
        widget = self.fields[name]
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, QComboBox):
            if widget.isEditable():
                widget.setCurrentText(value)
            else:
                widget.setCurrentIndex(max(0, widget.findData(value)))

    def texts(self) -> dict[str, str]:
        return {name: self.text(name) for name in self.fields}

    def set_texts(self, values: dict[str, str]) -> None:
        for name, value in values.items():
            self.set_text(name, value)

    def stored_texts(self) -> dict[str, str]:
        """The record as stored now, as the fields show it (read again from the database)."""
        raise NotImplementedError

    def reload(self) -> None:
        """After a refused save: show the stored record, keeping what the user typed."""
        from organiser.ui.conflict import merge_into_form

        mine, base = self.texts(), self.base
        theirs = self.stored_texts()
        self.base = theirs
        merge_into_form(self.conflict, base, mine, theirs, self.set_texts, self.labels)

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, label in self.errors.items():
            message = problems.get(name, "")
            label.setText(message)
            label.setVisible(bool(message))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        if problems:
            first = next(n for n in self.fields if n in problems)
            if self._tried and not self.fields[first].hasFocus():
                self.fields[first].setFocus()

    def problems(self) -> dict[str, str]:
        raise NotImplementedError

    def _revalidate(self, *_: Any) -> None:
        if self._tried:
            self._tried = False  # focus stays where the user types
            self.show_problems(self.problems())
            self._tried = True

    def save(self) -> None:
        self._tried = True
        problems = self.problems()
        self.show_problems(problems)
        if problems or not self.confirm():
            return
        from organiser.core.errors import ConflictError, OrganiserError

        try:
            with self.write_guard():
                self.store()
        except ConflictError as exc:
            self.conflict.show_conflict(str(exc))
            return
        except OrganiserError as exc:
            if exc.field and exc.field in self.errors:
                self.show_problems({exc.field: exc.message})
            else:
                QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.accept()

    def confirm(self) -> bool:
        """Questions before storing (False: the user goes back to the form)."""
        return True

    def store(self) -> None:
        raise NotImplementedError


class PersonDialog(_Form):
    """Add or edit a person."""

    def __init__(self, db: Database, person_id: int | None = None,
                 parent: QWidget | None = None, *, organisations: list[str] | None = None,
                 tags: list[str] | None = None) -> None:
        """`organisations` and `tags`: their names as a list already shows them (the
        Contacts area's), instead of reading every organisation again on the UI thread."""
        super().__init__(parent)
        from organiser.core.people import PersonData
        from organiser.services.people import get_person

        self.db = db
        self.setObjectName("personDialog")
        self.data: PersonData = get_person(db, person_id) if person_id else PersonData()
        self.setWindowTitle(self.tr("Edit {name}").format(
            name=f"{self.data.given_name} {self.data.family_name}".strip())
            if person_id else self.tr("New person"))
        self.person_id: int | None = person_id
        if organisations is None:
            from organiser.services.organisations import list_organisation_rows

            organisations = [o.name for o in list_organisation_rows(db)]
        if tags is None:
            from organiser.services.tags import list_tags

            tags = [t.name for t in list_tags(db)]
        self._add_names()
        self._add_addresses_and_work(organisations)
        self._add_place_and_language()
        self._add_tags_and_notes(tags)
        self.base = self.texts()
        fit_to_screen(self, 520, self.sizeHint().height())

    def _add_names(self) -> None:
        self.add("given_name", self.tr("&Given name"), QLineEdit(self.data.given_name))
        self.add("family_name", self.tr("&Family name"), QLineEdit(self.data.family_name))
        self.add("display_name", self.tr("Full name (if &different)"),
                 QLineEdit(self.data.display_name),
                 self.tr("How the name is written in full when not just given + family name"))
        self.add("latin_name", self.tr("&Latin transliteration"),
                 QLineEdit(self.data.latin_name),
                 self.tr("Family name first, e.g. 'Shevchenko Olena'; used for sorting and "
                         "search"))

    def _add_addresses_and_work(self, organisations: list[str]) -> None:
        """E-mail addresses, organisation (chosen or typed: a new one is created), job."""
        emails = QPlainTextEdit("\n".join(self.data.emails))
        emails.setTabChangesFocus(True)
        emails.setFixedHeight(60)
        emails.setPlaceholderText(
            self.tr("one address per line; the first is used for invitations"))
        self.add("emails", self.tr("&E-mail addresses"), emails)
        # an address stored before core.addresses' rule (`jürgen@…`) says at once why it
        # cannot be mailed, not only when the mail is prepared or the form saved
        box = emails.parentWidget()
        self.unmailable = QLabel("", box)
        self.unmailable.setObjectName("emailsUnmailable")
        self.unmailable.setStyleSheet(colours.text_style("alert"))
        self.unmailable.setWordWrap(True)
        column = box.layout() if box is not None else None
        if isinstance(column, QVBoxLayout):
            column.insertWidget(1, self.unmailable)  # under the field, above its error line
        emails.textChanged.connect(self._flag_unmailable)
        self._flag_unmailable()
        organisation = QComboBox()
        organisation.setEditable(True)
        organisation.addItem("")
        # sized from a length, not by measuring each of a thousand names when first shown
        organisation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        organisation.setMinimumContentsLength(24)
        organisation.addItems(organisations)
        organisation.setCurrentText(self.data.organisation)
        completer = organisation.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            take_suggestions(completer)  # Enter takes the only suggestion, Tab the first
        organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisations = list(organisations)
        self.add("organisation", self.tr("&Organisation"), organisation,
                 self.tr("Choose one, or type a new name to create it"))
        self.add("job_title", self.tr("&Job title"), QLineEdit(self.data.job_title))

    def _flag_unmailable(self) -> None:
        """The addresses in the field that cannot be mailed, each with the reason (also what
        a screen reader says of the field)."""
        from organiser.ui.labels import UNMAILABLE_MARK, unmailable_reasons

        reasons = unmailable_reasons(line.strip() for line in self.text("emails").splitlines()
                                     if line.strip())
        self.unmailable.setText("\n".join(f"{UNMAILABLE_MARK} {r}" for r in reasons))
        self.unmailable.setVisible(bool(reasons))
        self.fields["emails"].setAccessibleDescription(" ".join(reasons))

    def _add_place_and_language(self) -> None:
        self.add("country", self.tr("&Country"), QLineEdit(self.data.country))
        zone = QLineEdit(self.data.timezone)
        zone.setCompleter(zone_completer(zone))
        zone.setPlaceholderText(self.tr("type part of a city: Paris, Dakar, Tokyo…"))
        self.add("timezone", self.tr("&Time zone"), zone,
                 self.tr("IANA name, e.g. Europe/Paris, Africa/Dakar, Asia/Tokyo"))
        self.add("language", self.tr("Lang&uage"), QLineEdit(self.data.language))
        self.add("phone", self.tr("&Phone"), QLineEdit(self.data.phone))

    def _add_tags_and_notes(self, known_tags: list[str]) -> None:
        tags = QLineEdit(", ".join(self.data.tags))
        tags.setPlaceholderText(", ".join(known_tags[:3]) or "ITAG, ...")
        self.add("tags", self.tr("T&ags"), tags,
                 self.tr("Groups to invite together, separated by commas"))
        notes = QPlainTextEdit(self.data.notes)
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(70)
        self.add("notes", self.tr("&Notes"), notes)

    def stored_texts(self) -> dict[str, str]:
        from organiser.services.people import get_person

        if self.data.id is None:
            return self.texts()
        self.data = get_person(self.db, self.data.id)
        data = self.data
        return {"given_name": data.given_name, "family_name": data.family_name,
                "display_name": data.display_name, "latin_name": data.latin_name,
                "emails": "\n".join(data.emails), "organisation": data.organisation,
                "job_title": data.job_title, "country": data.country,
                "timezone": data.timezone, "language": data.language, "phone": data.phone,
                "tags": ", ".join(data.tags), "notes": data.notes}

    def collect(self) -> PersonData:
        from organiser.core.people import PersonData

        return PersonData(
            given_name=self.text("given_name"), family_name=self.text("family_name"),
            display_name=self.text("display_name"), latin_name=self.text("latin_name"),
            emails=[line.strip() for line in self.text("emails").splitlines() if line.strip()],
            organisation=self.text("organisation"), job_title=self.text("job_title"),
            country=self.text("country"), timezone=self.text("timezone").strip(),
            language=self.text("language"), phone=self.text("phone"),
            notes=self.text("notes"),
            tags=[t.strip() for t in self.text("tags").split(",") if t.strip()],
            id=self.data.id, version=self.data.version)

    def problems(self) -> dict[str, str]:
        from organiser.services.people import validate_person

        return validate_person(self.collect())

    def confirm(self) -> bool:
        """An organisation typed that is none but part of some: use one, or create it?"""
        from organiser.ui.organisation_field import choose_organisation

        field = self.fields["organisation"]
        assert isinstance(field, QComboBox)
        typed = field.currentText()
        if not typed.strip() or typed == self.data.organisation:
            return True
        chosen = choose_organisation(self, typed, self.organisations)
        if chosen is None:
            field.setFocus()
            return False
        field.setCurrentText(chosen)
        return True

    def store(self) -> None:
        from organiser.services.people import save_person

        self.person_id = save_person(self.db, self.collect())


class OrganisationDialog(_Form):
    """Add or edit an organisation."""

    def __init__(self, db: Database, organisation_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from organiser.core.enums import OrgKind
        from organiser.services.organisations import OrganisationData, get_organisation

        self.db = db
        self.setObjectName("organisationDialog")
        self.data: OrganisationData = (get_organisation(db, organisation_id) if organisation_id
                                       else OrganisationData())
        self.setWindowTitle(self.tr("Edit {name}").format(name=self.data.name)
                            if organisation_id else self.tr("New organisation"))
        self.organisation_id: int | None = organisation_id
        self.add("name", self.tr("&Name"), QLineEdit(self.data.name))
        self.add("acronym", self.tr("&Acronym"), QLineEdit(self.data.acronym))
        kind = QComboBox()
        for value in OrgKind:
            kind.addItem(enum_text(value, capital=True), value.value)
        kind.setCurrentIndex(max(0, kind.findData(self.data.kind)))
        self.add("kind", self.tr("&Kind"), kind)
        self.add("country", self.tr("&Country"), QLineEdit(self.data.country))
        notes = QPlainTextEdit(self.data.notes)
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(70)
        self.add("notes", self.tr("N&otes"), notes)
        self.base = self.texts()
        fit_to_screen(self, 460, self.sizeHint().height())

    def stored_texts(self) -> dict[str, str]:
        from organiser.services.organisations import get_organisation

        if self.data.id is None:
            return self.texts()
        self.data = get_organisation(self.db, self.data.id)
        data = self.data
        return {"name": data.name, "acronym": data.acronym, "kind": data.kind,
                "country": data.country, "notes": data.notes}

    def collect(self) -> OrganisationData:
        from organiser.services.organisations import OrganisationData

        return OrganisationData(name=self.text("name"), acronym=self.text("acronym"),
                                kind=self.text("kind"), country=self.text("country"),
                                notes=self.text("notes"), id=self.data.id,
                                version=self.data.version)

    def problems(self) -> dict[str, str]:
        from organiser.services.organisations import validate_organisation

        return validate_organisation(self.collect())

    def store(self) -> None:
        from organiser.services.organisations import save_organisation

        self.organisation_id = save_organisation(self.db, self.collect())
