"""Preview a PDF document of an event, save it; for the minutes, approve or start a new version."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from organiser.ui import colours
from organiser.ui.labels import local_date

if TYPE_CHECKING:
    from organiser.core.storage import Database
    from organiser.services.minutes import MinutesState
    from organiser.ui.main_window import MainWindow

TITLES = {"minutes": QT_TRANSLATE_NOOP("PdfPreviewDialog", "Minutes"),
          "agenda": QT_TRANSLATE_NOOP("PdfPreviewDialog", "Agenda"),
          "signin": QT_TRANSLATE_NOOP("PdfPreviewDialog", "Sign-in sheet"),
          "votes": QT_TRANSLATE_NOOP("PdfPreviewDialog", "Dot-vote sheet")}
ACTIONS = [
    ("minutes", QT_TRANSLATE_NOOP("PdfPreviewDialog", "&Minutes PDF…"), "Ctrl+Shift+M"),
    ("agenda", QT_TRANSLATE_NOOP("PdfPreviewDialog", "Agenda &PDF…"), ""),
    ("signin", QT_TRANSLATE_NOOP("PdfPreviewDialog", "&Sign-in sheet PDF…"), ""),
    ("votes", QT_TRANSLATE_NOOP("PdfPreviewDialog", "Dot-&vote sheet PDF…"), ""),
]
SECOND_ZONES = ["", "UTC", "America/New_York", "America/Los_Angeles", "America/Sao_Paulo",
                "Europe/London", "Europe/Paris", "Africa/Nairobi", "Asia/Kolkata",
                "Asia/Shanghai", "Asia/Tokyo"]


def install_event_actions(window: MainWindow) -> None:
    """Add one preview-and-save action per document to the Events area."""
    try:
        events = window.area("Events")
    except StopIteration:
        return
    add = getattr(events, "add_event_action", None)
    if add is None:
        return
    for kind, text, shortcut in ACTIONS:
        add(QCoreApplication.translate("PdfPreviewDialog", str(text)),
            lambda event_id, k=kind: open_preview(window, k, event_id),
            shortcut or None, f"pdfAction_{kind}")


def open_preview(window: MainWindow, kind: str, event_id: int) -> PdfPreviewDialog | None:
    if window.db is None:
        return None
    dialog = PdfPreviewDialog(window.db, kind, event_id, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def render_pages(data: bytes, width_px: int = 820) -> list[QImage]:
    """Each page of a PDF as an image `width_px` wide (pdfium)."""
    import pypdfium2  # type: ignore[import-untyped]

    images: list[QImage] = []
    document = pypdfium2.PdfDocument(data)
    try:
        for page in document:
            scale = width_px / page.get_width()
            bitmap = page.render(scale=scale, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4
                           else QImage.Format.Format_RGB888).copy()
            images.append(image)
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


class PdfPreviewDialog(QDialog):
    def __init__(self, db: Database, kind: str, event_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreviewDialog")
        self.db, self.kind, self.event_id = db, kind, event_id
        self.data = b""
        self.saved_to: str | None = None
        self.setWindowTitle(self.tr("{document} — preview").format(
            document=self.tr(str(TITLES.get(kind, kind)))))
        from organiser.ui.widgets import fit_to_screen

        fit_to_screen(self, 920, 860)

        scroll = self._build_pages()
        self.info = QLabel(self)
        self.info.setObjectName("pdfInfo")

        top = QHBoxLayout()
        top.addWidget(self.info, 1)
        self._build_second_zone(top)
        self._build_minutes_buttons(top)
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.rebuild()

    def _build_pages(self) -> QScrollArea:
        """The pages' pictures, one under the other, scrolled."""
        self.pages = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(12)
        scroll = QScrollArea(self)
        scroll.setWidget(self.pages)
        scroll.setWidgetResizable(True)
        # the backdrop by palette, not a style sheet: a style sheet's style drew no focus ring
        # around the pages, which have the keys when the preview opens
        backdrop = scroll.viewport().palette()
        backdrop.setColor(QPalette.ColorRole.Window, QColor(colours.PREVIEW["backdrop"]))
        for widget in (scroll.viewport(), self.pages):
            widget.setPalette(backdrop)
            widget.setAutoFillBackground(True)
        return scroll

    def _build_second_zone(self, top: QHBoxLayout) -> None:
        """An agenda: the times also in a second zone of the reader's choice."""
        self.second_zone: QComboBox | None = None
        if self.kind == "agenda":
            self.second_zone = QComboBox(self)
            self.second_zone.setObjectName("secondZone")
            self.second_zone.setEditable(True)
            for zone in SECOND_ZONES:
                self.second_zone.addItem(zone or self.tr("No second time zone"), zone)
            self.second_zone.activated.connect(lambda _=0: self.rebuild())
            line = self.second_zone.lineEdit()
            if isinstance(line, QLineEdit):
                line.returnPressed.connect(self.rebuild)
            top.addWidget(QLabel(self.tr("Also show times in:")))
            top.addWidget(self.second_zone)

    def _build_minutes_buttons(self, top: QHBoxLayout) -> None:
        """Minutes: approve them, or start a new version of approved ones."""
        self.approve_button = QPushButton(self.tr("&Approve…"), self)
        self.approve_button.setObjectName("approveMinutes")
        # clicked(bool) would pass False as the approver: ask instead
        self.approve_button.clicked.connect(lambda _checked=False: self.approve())
        self.new_version_button = QPushButton(self.tr("Start a &new version"), self)
        self.new_version_button.setObjectName("newMinutesVersion")
        self.new_version_button.clicked.connect(lambda _checked=False: self.new_version())
        if self.kind == "minutes":
            top.addWidget(self.approve_button)
            top.addWidget(self.new_version_button)
        else:
            self.approve_button.hide()
            self.new_version_button.hide()

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save PDF…"))
        return buttons

    def _second_zone(self) -> str | None:
        if self.second_zone is None:
            return None
        text = self.second_zone.currentText().strip()
        return None if not text or text == self.tr("No second time zone") else text

    def rebuild(self) -> None:
        from organiser.core.errors import OrganiserError
        from organiser.services.documents import render_document

        options = {}
        zone = self._second_zone()
        if zone:
            options["second_timezone"] = zone
        try:
            self.data = render_document(self.db, self.kind, self.event_id, **options)
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("Cannot make the document"), str(exc))
            return
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        images = render_pages(self.data)
        for number, image in enumerate(images, start=1):
            label = QLabel(self.pages)
            label.setObjectName(f"pdfPage{number}")
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet(f"border: 1px solid {colours.PREVIEW['edge']};")
            self.pages_layout.addWidget(label)
        self.page_count = len(images)
        self._update_minutes_state()

    def _update_minutes_state(self) -> None:
        pages = (self.tr("{count} page") if self.page_count == 1 else
                 self.tr("{count} pages")).format(count=self.page_count)
        if self.kind != "minutes":
            self.info.setText(pages)
            return
        from organiser.services.minutes import minutes_state

        state = minutes_state(self.db, self.event_id)
        self.info.setText(f"<b>{self._describe(state)}</b> · {pages}")
        self.approve_button.setEnabled(not state.approved)
        self.new_version_button.setEnabled(state.approved)

    def _describe(self, state: MinutesState) -> str:
        """MinutesState.describe() in the interface language."""
        if state.approved and state.revisions:
            last = state.revisions[-1]
            return self.tr("Approved (version {number}) by {name} on {date}").format(
                number=last.number, name=last.approved_by,
                date=local_date(last.approved_at, "dd MMM yyyy"))
        if state.revisions:
            return self.tr("Draft of version {number}").format(number=state.next_number)
        return self.tr("Draft")

    def suggested_name(self) -> str:
        from organiser.exporters.pdf import suggested_filename
        from organiser.services.events import event_details

        details = event_details(self.db, self.event_id)
        return suggested_filename(self.kind, details["title"], (details["start"] or "")[:10])

    def save(self) -> None:
        from organiser.ui.file_dialogs import get_save_file_name

        path, _ = get_save_file_name(self, self.tr("Save PDF"), self.suggested_name(),
                                              self.tr("PDF document (*.pdf)"))
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        from pathlib import Path

        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        from organiser.core.errors import OrganiserError
        from organiser.core.files import write_atomic

        try:
            write_atomic(target, self.data)  # whole or not at all: never half a PDF
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), str(exc))
            return
        self.saved_to = str(target)
        parent = self.parent()
        if parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(self.tr("Saved {path}").format(path=target), 5000)

    def _ask(self, label: str, text: str, *, multiline: bool = False) -> tuple[str, bool]:
        """A question for the approval, wide enough for its window title ("Approve the …s"
        was all the window manager could show of QInputDialog's own narrow width)."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Approve the minutes"))
        dialog.setLabelText(label)
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput, multiline)
        dialog.setTextValue(text)
        bold = QFont(dialog.font())
        bold.setBold(True)  # title bars are bold, and hold an icon and three buttons
        title = QFontMetrics(bold).horizontalAdvance(f"{dialog.windowTitle()} — Organiser")
        dialog.minimumSizeHint()  # builds the dialog's label and field
        field_label = dialog.findChild(QLabel)
        if field_label is not None:  # QInputDialog sets its own minimum width when shown
            field_label.setMinimumWidth(
                max(title + 160, dialog.fontMetrics().averageCharWidth() * 50))
        ok = dialog.exec() == QInputDialog.DialogCode.Accepted
        return dialog.textValue(), ok

    def approve(self, approved_by: str | None = None, change_note: str | None = None) -> bool:
        from organiser.core.errors import OrganiserError
        from organiser.services.minutes import approve_minutes, minutes_state

        state = minutes_state(self.db, self.event_id)
        if approved_by is None:
            from organiser.core.settings import COORDINATOR_NAME, Settings

            suggested = Settings(strict=False).get(COORDINATOR_NAME)
            approved_by, ok = self._ask(self.tr("Approved by (the name printed on the minutes):"),
                                        suggested)
            if not ok:
                return False
        if change_note is None and state.revisions:
            change_note, ok = self._ask(self.tr("What changed since version {number}?").format(
                number=state.revisions[-1].number), "", multiline=True)
            if not ok:
                return False
        try:
            approve_minutes(self.db, self.event_id, approved_by, change_note=change_note or "")
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("Cannot approve"), str(exc))
            return False
        self.rebuild()
        return True

    def new_version(self) -> None:
        from organiser.services.minutes import start_new_version

        start_new_version(self.db, self.event_id)
        self.rebuild()
