"""Import contacts: check the columns, preview each row's outcome, then import all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from organiser.ui import colours
from organiser.ui.models.contacts_table import ImportPreviewModel
from organiser.ui.widgets import fit_to_screen

if TYPE_CHECKING:
    from organiser.core.storage import Database
    from organiser.importers.contacts_common import ContactRecord
    from organiser.importers.contacts_csv import CsvTable
    from organiser.services.contacts_import import ImportPlan

_AUTO = ""

# Labels from the importers (contacts_common.FIELDS, contacts_csv.DELIMITERS), translated here.
FIELD_LABELS = [
    QT_TRANSLATE_NOOP("ContactField", "(ignore)"),
    QT_TRANSLATE_NOOP("ContactField", "Given name"),
    QT_TRANSLATE_NOOP("ContactField", "Middle name"),
    QT_TRANSLATE_NOOP("ContactField", "Family name"),
    QT_TRANSLATE_NOOP("ContactField", "Full name"),
    QT_TRANSLATE_NOOP("ContactField", "Latin name"),
    QT_TRANSLATE_NOOP("ContactField", "E-mail"),
    QT_TRANSLATE_NOOP("ContactField", "Organisation"),
    QT_TRANSLATE_NOOP("ContactField", "Job title"),
    QT_TRANSLATE_NOOP("ContactField", "Country"),
    QT_TRANSLATE_NOOP("ContactField", "Phone"),
    QT_TRANSLATE_NOOP("ContactField", "Time zone"),
    QT_TRANSLATE_NOOP("ContactField", "Language"),
    QT_TRANSLATE_NOOP("ContactField", "Notes"),
    QT_TRANSLATE_NOOP("ContactField", "Tags"),
    QT_TRANSLATE_NOOP("Delimiter", "comma"),
    QT_TRANSLATE_NOOP("Delimiter", "semicolon"),
    QT_TRANSLATE_NOOP("Delimiter", "tab"),
    QT_TRANSLATE_NOOP("Delimiter", "vertical bar"),
]


def _field(label: str) -> str:
    return QCoreApplication.translate("ContactField", label)


def _delimiter(label: str) -> str:
    return QCoreApplication.translate("Delimiter", label)


def plan_summary(plan: ImportPlan) -> str:
    """ImportPlan.summary() in the interface language."""
    text = (QCoreApplication.translate("ImportWizard", "imported {people} people")
            if plan.written else
            QCoreApplication.translate("ImportWizard", "would import {people} people"))
    return text.format(people=plan.people) + QCoreApplication.translate(
        "ImportWizard", ", {organisations} organisations; {duplicates} duplicates skipped; "
        "{warnings} warnings").format(organisations=len(plan.new_organisations),
                                      duplicates=plan.duplicates, warnings=plan.warnings) + (
        QCoreApplication.translate("ImportWizard", "; {count} rows with errors left out").format(
            count=len(plan.errors)) if plan.errors else "")


class ColumnsPage(QWizardPage):
    """How the file was read (encoding, delimiter) and which column holds what."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Check how the file was read and which column holds what."))
        layout = QVBoxLayout(self)
        self.problem = QLabel("", self)
        self.problem.setObjectName("importProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(colours.text_style("alert"))
        self.problem.hide()
        layout.addWidget(self.problem)
        settings = QHBoxLayout()
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("importEncoding")
        self.encoding.addItem(self.tr("Detect"), _AUTO)
        from organiser.importers.contacts_csv import DELIMITERS, ENCODINGS

        for key, label in ENCODINGS.items():
            self.encoding.addItem(label, key)
        self.delimiter = QComboBox(self)
        self.delimiter.setObjectName("importDelimiter")
        self.delimiter.addItem(self.tr("Detect"), _AUTO)
        for key, label in DELIMITERS.items():
            self.delimiter.addItem(_delimiter(label).capitalize(), key)
        settings.addWidget(QLabel(self.tr("&Encoding:"), self))
        settings.addWidget(self.encoding)
        settings.addWidget(QLabel(self.tr("&Delimiter:"), self))
        settings.addWidget(self.delimiter)
        settings.addStretch(1)
        for label_index in (0, 2):
            item = settings.itemAt(label_index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                widget.setBuddy(self.encoding if label_index == 0 else self.delimiter)
        layout.addLayout(settings)
        self.detected = QLabel("", self)
        self.detected.setObjectName("importDetected")
        layout.addWidget(self.detected)
        # an uncertain guess: the other readings of a name, so the coordinator sees which
        # encoding is right instead of importing garbled names
        self.doubt = QLabel("", self)
        self.doubt.setObjectName("importEncodingDoubt")
        self.doubt.setWordWrap(True)
        self.doubt.setStyleSheet(colours.text_style("alert"))
        self.doubt.hide()
        layout.addWidget(self.doubt)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        layout.addWidget(scroll, 1)
        self.mapping_boxes: list[QComboBox] = []
        self.encoding.currentIndexChanged.connect(lambda _=0: self.wizard_.reload())
        self.delimiter.currentIndexChanged.connect(lambda _=0: self.wizard_.reload())

    def show_doubt(self, table: CsvTable | None) -> None:
        """Say when the encoding is a guess another encoding could as well have made, with a
        name as each reads it ('Yýlmaz' or 'Yılmaz')."""
        from organiser.importers.encoding import label

        alternatives = table.encoding_alternatives if table is not None else ()
        readings = "; ".join(
            self.tr("{encoding} reads “{word}” as “{other}”").format(
                encoding=label(encoding), word=word, other=other)
            for encoding, word, other in alternatives)
        self.doubt.setText(self.tr(
            "The encoding is a guess, and other encodings read the names as plausibly: "
            "{readings}. If the names below look wrong, choose the encoding.").format(
                readings=readings) if alternatives else "")
        self.doubt.setVisible(bool(alternatives))
        self.doubt.setAccessibleName(self.doubt.text())

    def show_table(self, table: CsvTable | None, problem: str) -> None:
        from organiser.importers.contacts_common import FIELDS

        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.mapping_boxes = []
        self.show_doubt(table)
        if table is None:
            self.detected.setText("")
            self.completeChanged.emit()
            return
        from organiser.importers.encoding import label as encoding_label

        for encoding in (table.encoding, *(a[0] for a in table.encoding_alternatives)):
            if self.encoding.findData(encoding) < 0:  # a guess outside the usual list
                self.encoding.addItem(encoding_label(encoding), encoding)
        header = (self.tr("header on line {line}").format(line=table.header_line)
                  if table.header_line else self.tr("no header row"))
        self.detected.setText(self.tr("Read as {encoding}, {delimiter}-separated, {header}, "
                                      "{rows} rows.").format(
            encoding=table.encoding_label, delimiter=_delimiter(table.delimiter_label),
            header=header, rows=len(table.data_rows)))
        self.grid.addWidget(QLabel("<b>" + self.tr("Column in the file") + "</b>"), 0, 0)
        self.grid.addWidget(QLabel("<b>" + self.tr("Holds") + "</b>"), 0, 1)
        self.grid.addWidget(QLabel("<b>" + self.tr("First values") + "</b>"), 0, 2)
        samples = table.data_rows[:3]
        for column, title in enumerate(table.headers):
            box = QComboBox(self.grid_host)
            box.setObjectName(f"mapping{column}")
            for key, label in FIELDS.items():
                box.addItem(_field(label), key)
            current = table.mapping[column] if column < len(table.mapping) else ""
            box.setCurrentIndex(max(0, box.findData(current)))
            box.currentIndexChanged.connect(lambda _=0: self.wizard_.remap())
            values = " · ".join(cells[column] for _, cells in samples
                                if column < len(cells) and cells[column].strip())
            name = title or self.tr("Column {number}").format(number=column + 1)
            self.grid.addWidget(QLabel(name), column + 1, 0)
            self.grid.addWidget(box, column + 1, 1)
            sample = QLabel(values[:80])
            sample.setToolTip(values)
            self.grid.addWidget(sample, column + 1, 2)
            self.mapping_boxes.append(box)
        self.grid.setRowStretch(len(table.headers) + 1, 1)
        self.completeChanged.emit()

    def mapping(self) -> list[str]:
        return [str(box.currentData()) for box in self.mapping_boxes]

    def isComplete(self) -> bool:
        return self.wizard_.records is not None

    def nextId(self) -> int:
        return ImportWizard.PREVIEW


class PreviewPage(QWizardPage):
    """Every row with its outcome (new, update, duplicate, warning, error); nothing written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr("Nothing has been written yet. Import adds every row below, or none."))
        self.setFinalPage(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        layout = QVBoxLayout(self)
        self.summary = QLabel("", self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = ImportPreviewModel(self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("importPreview")
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.table.setAccessibleDescription(self.tr(
            "What importing does with each row: new, update, duplicate, warning or error, "
            "with the line number."))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)
        self.skip_errors = QCheckBox(
            self.tr("Import the other rows and leave out the rows with &errors"), self)
        self.skip_errors.setObjectName("importSkipErrors")
        self.skip_errors.toggled.connect(lambda _=False: self.completeChanged.emit())
        layout.addWidget(self.skip_errors)
        self.problem = QLabel("", self)
        self.problem.setObjectName("importPreviewProblem")
        self.problem.setStyleSheet(colours.text_style("alert"))
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)

    def show_plan(self, plan: ImportPlan | None) -> None:
        if plan is None:
            self.model.set_rows([])
            self.summary.setText("")
            return
        self.model.set_rows(plan.rows)
        self.table.resizeColumnsToContents()
        counts = {o: sum(1 for r in plan.rows if r.outcome == o)
                  for o in ("new", "update", "duplicate", "warning", "error")}
        # "label: count" reads right whatever the number (no "2 error")
        words = {"new": self.tr("new"), "update": self.tr("updates"),
                 "duplicate": self.tr("duplicates"), "warning": self.tr("warnings"),
                 "error": self.tr("errors")}
        parts = [f"{words[o]}: {n}" for o, n in counts.items() if n]
        outcome = plan_summary(plan)
        text = (self.tr("{count} rows: ").format(count=len(plan.rows)) + ", ".join(parts) + ". "
                + outcome[:1].upper() + outcome[1:] + ".")
        if plan.errors:
            text += " " + self.tr("{count} rows have errors: fix the file and import it again, "
                                  "or leave those rows out.").format(count=len(plan.errors))
        self.summary.setText(text)
        self.skip_errors.setVisible(bool(plan.errors))
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self.wizard_.replan()

    def isComplete(self) -> bool:
        plan = self.wizard_.plan
        if plan is None:
            return False
        if plan.errors and not self.skip_errors.isChecked():
            return False
        return plan.people > 0 or not plan.errors

    def validatePage(self) -> bool:
        return self.wizard_.run_import()


class ImportWizard(QWizard):
    """Opened from File > Import contacts… or by dropping a .csv/.vcf file on the window."""

    COLUMNS = 0
    PREVIEW = 1
    imported = Signal(str)

    def __init__(self, db: Database, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.db = db
        self.path = Path(path)
        self.setWindowTitle(self.tr("Import contacts from {file}").format(file=self.path.name))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.table: CsvTable | None = None
        self.records: list[ContactRecord] | None = None
        self.plan: ImportPlan | None = None
        self.problem = ""
        self.result_summary = ""
        self.columns_page = ColumnsPage(self)
        self.preview_page = PreviewPage(self)
        self.setPage(self.COLUMNS, self.columns_page)
        self.setPage(self.PREVIEW, self.preview_page)
        self.is_vcard = self.path.suffix.lower() in (".vcf", ".vcard")
        if self.is_vcard:
            self.setStartId(self.PREVIEW)
        fit_to_screen(self, 900, 560)
        self.reload()

    def reload(self) -> None:
        """Read the file again with the chosen (or detected) encoding and delimiter."""
        from organiser.core.errors import OrganiserError

        self.table, self.records, self.plan, self.problem = None, None, None, ""
        try:
            if self.is_vcard:
                from organiser.importers.vcard import read_vcards

                self.records = read_vcards(self.path)
            else:
                from organiser.importers.contacts_csv import read_contacts_csv

                self.table = read_contacts_csv(
                    self.path, encoding=self.columns_page.encoding.currentData() or None,
                    delimiter=self.columns_page.delimiter.currentData() or None)
                self.records = self.table.records()
        except OrganiserError as exc:
            self.problem = str(exc)
        except OSError as exc:
            self.problem = f"{self.path}: {exc.strerror or exc}"
        self.columns_page.show_table(self.table, self.problem)
        if self.is_vcard:
            self.preview_page.problem.setText(self.problem)
        self.replan()

    def remap(self) -> None:
        if self.table is not None:
            self.records = self.table.records(self.columns_page.mapping())
            self.replan()

    def replan(self) -> None:
        from organiser.services.contacts_import import plan_import

        self.plan = plan_import(self.db, self.records, str(self.path)) \
            if self.records is not None else None
        self.preview_page.show_plan(self.plan)

    def run_import(self) -> bool:
        from organiser.core.errors import OrganiserError
        from organiser.services.contacts_import import apply_import

        if self.records is None:
            return False
        try:
            plan = apply_import(self.db, self.records, str(self.path),
                                skip_errors=self.preview_page.skip_errors.isChecked())
        except OrganiserError as exc:
            self.preview_page.problem.setText(str(exc))
            QMessageBox.warning(self, self.tr("Nothing was imported"), str(exc))
            return False
        self.plan = plan
        self.result_summary = f"{self.path.name}: {plan_summary(plan)}"
        self.imported.emit(self.result_summary)
        return True


def wizard_for(db: Database, path: str | Path, parent: QWidget | None = None,
               **_: Any) -> ImportWizard:
    wizard = ImportWizard(db, path, parent)
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    return wizard
