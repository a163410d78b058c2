"""Programme area: the events on a timeline, lines of action with progress, and the budget."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from organiser.ui import colours
from organiser.ui.areas.base import Area
from organiser.ui.labels import enum_text
from organiser.ui.models.table import Column, RowTableModel
from organiser.ui.views import select_row, size_columns_from_sample

if TYPE_CHECKING:
    from organiser.core.storage import Database
    from organiser.services.programme import (
        BudgetRow,
        BudgetSummary,
        CategoryTotal,
        LineItem,
        LineProgress,
        TimelineEvent,
    )
    from organiser.ui.main_window import MainWindow

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _line_id(line: LineProgress) -> int | None:
    return line.id


def _item_key(item: LineItem) -> tuple[str, int]:
    return (item.kind, item.id)


def _date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


def _money(amount: Any, currency: str) -> str:
    return f"{QLocale().toString(float(amount), 'f', 2)} {currency}"


def _integer(value: int) -> str:
    return QLocale().toString(value)


class ProgrammeData(NamedTuple):
    """What the area shows, read in a worker thread."""

    timeline: list[TimelineEvent]
    lines: list[LineProgress]
    budget: BudgetSummary


class TimelineView(QWidget):
    """The events of the programme along a time axis, one row each, coloured by status."""

    ROW = 26
    MARGIN = 14
    AXIS = 28

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeTimeline")
        self.events: list[TimelineEvent] = []
        self.setMouseTracking(True)
        self._boxes: list[tuple[QRectF, TimelineEvent]] = []

    def set_events(self, events: list[TimelineEvent]) -> None:
        self.events = list(events)
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, self.AXIS + self.MARGIN * 2 + self.ROW * max(3, len(self.events)))

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.AXIS + self.MARGIN * 2 + self.ROW * 2)

    def _span(self) -> tuple[dt.date, dt.date]:
        first = min(e.start for e in self.events).date().replace(day=1)
        last = max(e.end for e in self.events).date()
        last = (last.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        return first, last

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._boxes = []
        if not self.events:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No events yet"))
            return
        first, last = self._span()
        days = max(1, (last - first).days)
        left, right = self.MARGIN, self.width() - self.MARGIN
        mirrored = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        def x_of(day: dt.date) -> float:
            fraction = (day - first).days / days
            if mirrored:
                fraction = 1 - fraction
            return left + fraction * (right - left)

        locale = QLocale()
        text_pen = QPen(palette.color(QPalette.ColorRole.Text))
        grid_pen = QPen(palette.color(QPalette.ColorRole.Mid))
        grid_pen.setStyle(Qt.PenStyle.DotLine)
        # month ticks along the top
        month = first
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        bottom = self.height() - self.MARGIN
        while month < last:
            x = x_of(month)
            painter.setPen(grid_pen)
            painter.drawLine(int(x), self.AXIS - 4, int(x), bottom)
            painter.setPen(text_pen)
            label = locale.toString(QDate(month.year, month.month, 1), "MMM yy")
            painter.drawText(QRectF(x - 40, 4, 80, self.AXIS - 8), Qt.AlignmentFlag.AlignCenter,
                             label)
            month = (month + dt.timedelta(days=32)).replace(day=1)
        # today
        today = dt.date.today()
        if first <= today <= last:
            painter.setPen(QPen(colours.foreground("alert"), 1.5))
            painter.drawLine(int(x_of(today)), self.AXIS - 6, int(x_of(today)), bottom)
        painter.setFont(self.font())
        metrics = painter.fontMetrics()
        # only the rows in view (in a scroll area, 20 of 500): each costs a few text layouts
        exposed = event.rect()
        first_row = max(0, int((exposed.top() - self.AXIS - self.MARGIN / 2) // self.ROW))
        last_row = int((exposed.bottom() - self.AXIS) // self.ROW) + 1
        for row, item in enumerate(self.events[first_row:last_row + 1], start=first_row):
            y = self.AXIS + self.MARGIN / 2 + row * self.ROW
            start = item.start.date()
            end = max(item.end.date(), start)
            x1, x2 = sorted((x_of(start), x_of(end + dt.timedelta(days=1))))
            x2 = max(x2, x1 + 10)
            box = QRectF(x1, y + 4, x2 - x1, self.ROW - 8)
            colour = colours.timeline_colour(item.status.value, palette)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(box, 3, 3)
            self._boxes.append((box.adjusted(-4, -4, 4, 4), item))
            label = f"{_date(item.start.date())}  {item.title}"
            if item.status.value in ("draft", "cancelled"):  # said in words, not colour alone
                label += f" ({enum_text(item.status)})"
            width = metrics.horizontalAdvance(label) + 8
            painter.setPen(text_pen)
            if not mirrored:
                room = right - (x2 + 6)
                rect = (QRectF(x2 + 6, y, room, self.ROW) if room >= min(width, 200)
                        else QRectF(left, y, x1 - left - 6, self.ROW))
                align = (Qt.AlignmentFlag.AlignLeft if room >= min(width, 200)
                         else Qt.AlignmentFlag.AlignRight)
            else:
                room = x1 - 6 - left
                rect = (QRectF(left, y, room, self.ROW) if room >= min(width, 200)
                        else QRectF(x2 + 6, y, right - x2 - 6, self.ROW))
                align = (Qt.AlignmentFlag.AlignRight if room >= min(width, 200)
                         else Qt.AlignmentFlag.AlignLeft)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width()))
            painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter
                             | Qt.AlignmentFlag.AlignAbsolute, elided)
        painter.end()

    def event_at(self, point: QPoint) -> TimelineEvent | None:
        for box, event in self._boxes:
            if box.contains(point.toPointF()):
                return event
        return None

    def mouseMoveEvent(self, event: Any) -> None:
        found = self.event_at(event.position().toPoint())
        if found is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(found), self)

    def tooltip_for(self, event: TimelineEvent) -> str:
        counts = self.tr("Invited: {invited}, attended: {attended}")
        outcomes = self.tr("Decisions: {decisions}, next steps: {steps}")
        return "\n".join(["{title}", "{start} – {end}", counts, outcomes]).format(
            title=event.title, start=_date(event.start.date()), end=_date(event.end.date()),
            invited=_integer(event.invited), attended=_integer(event.attended),
            decisions=_integer(event.decisions), steps=_integer(event.next_steps))


class ProgrammeArea(Area):
    title = "Programme"
    object_name = "programmeArea"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: BudgetSummary | None = None
        self.lines: list[LineProgress] = []
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addWidget(self._build_timeline_and_tabs(), 1)
        self.tabs.addTab(self._build_lines_page(), self.tr("Lines of action"))
        self.tabs.addTab(self._build_budget_page(), self.tr("Budget"))
        self._set_heading("")

    def _build_header(self) -> QHBoxLayout:
        """The programme's name, and its two exports."""
        top = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setObjectName("programmeHeading")
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)  # a long programme name never widens the window
        self.heading.setMinimumWidth(120)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.heading, 1)
        self.report_button = QPushButton(self.tr("Programme report (PDF)…"), self)
        self.report_button.setObjectName("programmeReportButton")
        self.report_button.clicked.connect(self.export_report)
        self.csv_button = QPushButton(self.tr("Next steps (CSV)…"), self)
        self.csv_button.setObjectName("nextStepsCsvButton")
        self.csv_button.clicked.connect(self.export_csv)
        top.addWidget(self.report_button)
        top.addWidget(self.csv_button)
        return top

    def _build_timeline_and_tabs(self) -> QSplitter:
        """The events on a timeline above; the tabs (lines of action, budget) below."""
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.timeline = TimelineView(self)
        # scrolled: a programme of 500 events is 13,000 pixels tall, and a page's minimum size
        # is the whole window's (every area was laid out, and painted, that tall)
        self.timeline_scroll = QScrollArea(self)
        self.timeline_scroll.setObjectName("programmeTimelineScroll")
        self.timeline_scroll.setWidgetResizable(True)
        self.timeline_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.timeline_scroll.setWidget(self.timeline)
        splitter.addWidget(self.timeline_scroll)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("programmeTabs")
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        return splitter

    def _build_lines_page(self) -> QSplitter:
        """Lines of action: one row per line with its progress, then the selected line's
        ideas, decisions and next steps."""
        lines_page = QSplitter(Qt.Orientation.Vertical, self)
        self.lines_model: RowTableModel[LineProgress] = RowTableModel([
            Column(self.tr("Line of action"), lambda r: r.label),
            Column(self.tr("Ideas"), lambda r: _integer(len(r.ideas)), align=RIGHT),
            Column(self.tr("Decisions"), lambda r: _integer(len(r.decisions)), align=RIGHT),
            Column(self.tr("Done"), lambda r: _integer(r.done), align=RIGHT),
            Column(self.tr("Open"), lambda r: _integer(r.open), align=RIGHT),
            Column(self.tr("Overdue"), lambda r: _integer(r.overdue), align=RIGHT),
            Column(self.tr("Progress"), self._progress_text),
        ], self)
        self.lines_table = self._table("linesOfActionTable", self.lines_model,
                                       self.tr("Lines of action"), self.tr(
            "Each line of action with its ideas, decisions and next steps done, open and "
            "overdue; choosing one lists them below."))
        self.lines_table.selectionModel().currentRowChanged.connect(self._show_line)
        lines_page.addWidget(self.lines_table)
        self.items_model = LineItemsModel([
            Column(self.tr("Kind"), self._kind_text),
            Column(self.tr("Text"), lambda r: r.text, tooltip=lambda r: r.text),
            Column(self.tr("Event"), lambda r: r.event_title),
            Column(self.tr("Owner"), lambda r: r.owner),
            Column(self.tr("Due"), lambda r: _date(r.due_date),
                   sort=lambda r: r.due_date or dt.date.max),
            Column(self.tr("Status"), self._status_text),
        ], self)
        self.items_table = self._table("lineItemsTable", self.items_model,
                                       self.tr("Ideas, decisions and next steps of the line"),
                                       self.tr("What the chosen line of action holds, from "
                                               "every event; a next step shows its owner, due "
                                               "date and status."))
        items_box = QWidget(self)
        items_layout = QVBoxLayout(items_box)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(self.items_table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        # the table shows owner, due date and status; they are changed where next steps are
        self.edit_step_button = QPushButton(self.tr("Change owner or due date…"), self)
        self.edit_step_button.setObjectName("editStepButton")
        self.edit_step_button.setToolTip(self.tr(
            "Opens the next step in the Next steps area, its owner ready to change (Enter "
            "on the row does the same)"))
        self.edit_step_button.clicked.connect(lambda _=False: self.edit_selected_step())
        self.items_table.activated.connect(lambda _index: self.edit_selected_step())
        buttons.addWidget(self.edit_step_button)
        self.done_button = QPushButton(self.tr("Mark next step done"), self)
        self.done_button.setObjectName("markDoneButton")
        self.done_button.clicked.connect(self.mark_selected_done)
        buttons.addWidget(self.done_button)
        items_layout.addLayout(buttons)
        lines_page.addWidget(items_box)
        lines_page.setSizes([170, 400])
        return lines_page

    def _build_budget_page(self) -> QWidget:
        """Budget: the lines, totals per category and currency, stated totals checked."""
        budget_page = QWidget(self)
        budget_layout = QVBoxLayout(budget_page)
        self.budget_model: RowTableModel[BudgetRow] = RowTableModel([
            Column(self.tr("Category"), lambda r: self._category_text(r.category.value)),
            Column(self.tr("Description"), lambda r: r.description),
            Column(self.tr("Period"), lambda r: r.period),
            Column(self.tr("Amount"), lambda r: _money(r.amount, r.currency), align=RIGHT,
                   sort=lambda r: r.amount),
        ], self)
        budget_layout.addWidget(self._table("budgetLinesTable", self.budget_model,
                                                  self.tr("Budget lines"), self.tr(
            "Each budget line: category, description, period and amount.")), 3)
        self.totals_model: RowTableModel[CategoryTotal] = RowTableModel([
            Column(self.tr("Category"), lambda r: self._category_text(r.category.value)),
            Column(self.tr("Lines"), lambda r: _integer(r.lines), align=RIGHT),
            Column(self.tr("Total (computed)"), lambda r: _money(r.amount, r.currency),
                   align=RIGHT, sort=lambda r: r.amount),
        ], self)
        budget_layout.addWidget(self._table("budgetTotalsTable", self.totals_model,
                                                  self.tr("Totals per category"), self.tr(
            "The budget lines added up per category.")), 2)
        self.grand_total = QLabel(self)
        self.grand_total.setObjectName("budgetGrandTotal")
        budget_layout.addWidget(self.grand_total)
        self.stated_model = StatedTotalsModel(self)
        budget_layout.addWidget(self._table("statedTotalsTable", self.stated_model,
                                                  self.tr("Stated totals"), self.tr(
            "The totals the budget states, beside the computed ones: a difference is marked.")),
                                2)
        self.flag_label = QLabel(self)
        self.flag_label.setObjectName("budgetFlag")
        self.flag_label.setWordWrap(True)
        self.flag_label.setStyleSheet(
            f"color: {colours.foreground('alert').name()}; font-weight: bold;")
        budget_layout.addWidget(self.flag_label)
        return budget_page

    # --- building blocks --------------------------------------------------------------

    def _table(self, name: str, model: Any, spoken: str, description: str) -> QTableView:
        table = QTableView(self)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        table.setObjectName(name)
        table.setAccessibleName(spoken)
        table.setAccessibleDescription(description)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        # columns fitted to a sample of rows after each load (see _fit): ResizeToContents
        # measured every row of a line with thousands of next steps at each change
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setWordWrap(False)
        return table

    @staticmethod
    def _fit(table: QTableView) -> None:
        model = table.model()
        if model is not None:
            size_columns_from_sample(table, range(max(0, model.columnCount() - 1)), cap=360)

    def _set_heading(self, name: str) -> None:
        self.heading.setText(name or self.tr("Programme"))

    def _progress_text(self, line: LineProgress) -> str:
        if not line.counted:
            return self.tr("no next steps")
        return self.tr("{percent} done ({done} of {total})").format(
            percent=QLocale().toString(line.percent_done) + QLocale().percent(),
            done=_integer(line.done), total=_integer(line.counted))

    def _kind_text(self, item: LineItem) -> str:
        return {"idea": self.tr("Idea"), "decision": self.tr("Decision"),
                "next step": self.tr("Next step")}.get(item.kind, item.kind)

    def _status_text(self, item: LineItem) -> str:
        if item.status is None:
            return ""
        names = {"open": self.tr("open"), "in progress": self.tr("in progress"),
                 "done": self.tr("done"), "dropped": self.tr("dropped")}
        text = names.get(item.status.value, item.status.value)
        return self.tr("{status}, overdue").format(status=text) if item.overdue else text

    def _category_text(self, value: str) -> str:
        return {"staff weeks": self.tr("Staff weeks"), "staff travel": self.tr("Staff travel"),
                "consultants": self.tr("Consultants"),
                "consultations/workshop": self.tr("Consultations/workshop"),
                "other": self.tr("Other")}.get(value, value)

    # --- data -------------------------------------------------------------------------

    @staticmethod
    def load(db: Database) -> ProgrammeData:
        from organiser.services.programme import budget, lines_of_action, timeline

        lines = lines_of_action(db)
        for line in lines:  # counted here, in the worker, not by the table on the UI thread
            _ = (line.done, line.open, line.overdue, line.counted, line.percent_done)
        return ProgrammeData(timeline(db), lines, budget(db))

    def show_loaded(self, data: ProgrammeData | None) -> None:
        if data is None:
            self.timeline.set_events([])
            self.lines_model.set_rows([])
            self.items_model.set_rows([])
            self.budget_model.set_rows([])
            self.totals_model.set_rows([])
            self.stated_model.set_rows([])
            return
        current = self.lines_table.currentIndex().row()
        self.timeline.set_events(data.timeline)
        self.lines = data.lines
        self.lines_model.set_rows(self.lines)
        self._fit(self.lines_table)
        if self.lines:
            select_row(self.lines_table, max(0, min(current, len(self.lines) - 1)))
        self.summary = data.budget
        self._set_heading(self.summary.programme)
        self.budget_model.set_rows(self.summary.lines)
        self.totals_model.set_rows(self.summary.by_category)
        self.stated_model.set_rows(self.summary.stated)
        for table in self.findChildren(QTableView):
            if table is not self.lines_table and table is not self.items_table:
                self._fit(table)
        totals = "; ".join(_money(amount, currency)
                           for currency, amount in self.summary.totals.items())
        self.grand_total.setText(self.tr("Total computed from the lines: {total}")
                                 .format(total=totals or "–"))
        flagged = self.summary.flagged
        self.flag_label.setVisible(bool(flagged))
        self.flag_label.setText(self.tr(
            "%n stated total(s) disagree with the budget lines.", "", len(flagged)))

    def _show_line(self, current: Any, _previous: Any = None) -> None:
        row = current.row() if current is not None and current.isValid() else -1
        if 0 <= row < len(self.lines):
            line = self.lines[row]
            self.items_model.set_rows([*line.decisions, *line.next_steps, *line.ideas])
            self._fit(self.items_table)
        else:
            self.items_model.set_rows([])

    # --- actions ----------------------------------------------------------------------

    def selected_item(self) -> LineItem | None:
        index = self.items_table.currentIndex()
        if not index.isValid():
            return None
        return self.items_model.row_at(index.row())

    def edit_selected_step(self) -> None:
        """The selected next step in the Next steps area, its Owner cell current (F2 or
        Enter edits it, Tab goes on to the due date)."""
        from organiser.ui.main_window import MainWindow

        item = self.selected_item()
        window = self.window()
        if item is None or item.kind != "next step":
            self.status_message.emit(self.tr("Select a next step first"))
            return
        if isinstance(window, MainWindow):
            area = window.show_area("Next steps")
            area.show_step(item.id)  # type: ignore[attr-defined]

    def mark_selected_done(self) -> None:
        from organiser.core.enums import NextStepStatus
        from organiser.core.errors import ConflictError, OrganiserError
        from organiser.services.nextsteps import set_status

        item = self.selected_item()
        if self.db is None or item is None or item.kind != "next step":
            self.status_message.emit(self.tr("Select a next step first"))
            return
        try:
            with self.own_write():  # shown here at once; the change poll reads nothing again
                row = set_status(self.db, item.id, NextStepStatus.DONE,
                                 expected_version=item.version)
        except ConflictError as exc:
            from organiser.ui.conflict import tell_conflict

            tell_conflict(self, str(exc))
            self.refresh()
            return
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("Next step"), str(exc))
            return
        self.status_message.emit(self.tr("Next step marked done"))
        if self.loading:  # a reload under way may have read the step before the change
            self.refresh()
            return
        # a done step is never overdue; nothing else of the item changed
        self._put_step(replace(item, status=row.status, overdue=False, version=row.version))

    def _put_step(self, item: LineItem) -> None:
        """Show one next step as changed, without reading the programme again: its line in
        the items below, and its line of action's counts."""
        position = self.lines_table.currentIndex().row()  # the line its items are shown of
        if not 0 <= position < len(self.lines) or \
                all(s.id != item.id for s in self.lines[position].next_steps):
            self.refresh()
            return
        line = self.lines[position]
        self.lines[position] = replace(  # a new line: its counts are computed again
            line, next_steps=[item if s.id == item.id else s for s in line.next_steps])
        self.lines_model.upsert(self.lines[position], _line_id)
        self.items_model.upsert(item, _item_key)

    def export_report(self) -> None:
        if self.db is None:
            return
        from organiser.ui.file_dialogs import get_save_file_name

        path, _ = get_save_file_name(self, self.tr("Save the programme report"),
                                              "programme-report.pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.write_report(path)

    def write_report(self, path: str) -> bool:
        from organiser.core.errors import OrganiserError
        from organiser.services.programme import write_programme_report
        from organiser.ui.i18n import current_language

        if self.db is None:
            return False
        try:
            target = write_programme_report(self.db, path, language=current_language())
        except OrganiserError as exc:
            QMessageBox.critical(self, self.tr("Programme report"), str(exc))
            return False
        self.status_message.emit(self.tr("Report written to {path}").format(path=str(target)))
        return True

    def export_csv(self) -> None:
        if self.db is None:
            return
        from organiser.ui.file_dialogs import get_save_file_name

        path, _ = get_save_file_name(self, self.tr("Export the next steps"),
                                              "next-steps.csv", self.tr("CSV (*.csv)"))
        if path:
            self.write_csv(path)

    def write_csv(self, path: str) -> bool:
        from organiser.core.errors import OrganiserError
        from organiser.exporters.next_steps_csv import write_next_steps_csv
        from organiser.services.programme import next_step_rows

        if self.db is None:
            return False
        try:
            target = write_next_steps_csv(next_step_rows(self.db), path)
        except OrganiserError as exc:
            QMessageBox.critical(self, self.tr("Next steps"), str(exc))
            return False
        self.status_message.emit(self.tr("Next steps written to {path}").format(path=str(target)))
        return True

    @classmethod
    def contribute_menus(cls, window: MainWindow) -> None:
        translate = QCoreApplication.translate
        menu = window.menu("&File")
        export = menu.addMenu(translate("ProgrammeArea", "&Export"))
        export.setObjectName("exportMenu")

        def area() -> ProgrammeArea:
            shown = window.show_area(cls.title)
            assert isinstance(shown, ProgrammeArea)
            return shown

        export.addAction(translate("ProgrammeArea", "&Programme report (PDF)…"),
                         lambda: area().export_report())
        export.addAction(translate("ProgrammeArea", "&Next steps (CSV)…"),
                         lambda: area().export_csv())


class LineItemsModel(RowTableModel[Any]):
    """A line's decisions, next steps and ideas; overdue next steps in red."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return colours.foreground("alert") if self.row_at(index.row()).overdue else None
        return super().data(index, role)


class StatedTotalsModel(RowTableModel[Any]):
    """The totals a document states, each set against the computed total; disagreements red."""

    def __init__(self, parent: QWidget) -> None:
        translate = QCoreApplication.translate
        agrees = translate("ProgrammeArea", "agrees")
        disagrees = translate("ProgrammeArea", "disagrees with the lines")
        super().__init__([
            Column(translate("ProgrammeArea", "Stated total"), lambda r: r.label),
            Column(translate("ProgrammeArea", "Stated"), lambda r: _money(r.stated, r.currency),
                   align=RIGHT),
            Column(translate("ProgrammeArea", "Computed"),
                   lambda r: _money(r.computed, r.currency), align=RIGHT),
            Column(translate("ProgrammeArea", "Difference"),
                   lambda r: _money(r.difference, r.currency), align=RIGHT),
            Column(translate("ProgrammeArea", "Check"),
                   lambda r: agrees if r.agrees else disagrees, tooltip=lambda r: r.flag),
        ], parent)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return None if self.row_at(index.row()).agrees else colours.foreground("alert")
        return super().data(index, role)
