"""Every main window, area and dialog on a laptop screen: run as a program by test_screen_fit.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python -m tests.ui.screen_fit DB

The screen's size comes from the offscreen platform's configuration (as a real 1280×800 or
1366×768 laptop gives it to Qt: `availableGeometry` is what windows size themselves from).
For English, French and Arabic it opens each window with the demo data and prints one line
per problem: a visible widget reaching outside the screen, or text cut where it matters
(buttons, tabs, column headers, one-line labels). No output: everything fits.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QFocusFrame,
    QHeaderView,
    QLabel,
    QMenu,
    QStyle,
    QTabBar,
    QWidget,
)

from tests.ui.loading import settle

WORKSHOP = 5  # the demo's two-day workshop: agenda, board, people in every script
HELD = 3  # a held event: minutes
LONG_TITLE = ("Welcome and objectives of the gathering: regional priorities, the common agenda "
              "and the next two years of the procurement reform network")


def _inside_scroll_viewport(widget: QWidget, top: QWidget) -> bool:
    """Clipped on purpose: content of a scroll area (it scrolls) or of an item view."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def _visible_widgets(top: QWidget) -> Iterator[QWidget]:
    for widget in top.findChildren(QWidget):
        if widget.isVisibleTo(top) and not widget.isWindow() and \
                not isinstance(widget, QMenu | QFocusFrame) and \
                not _inside_scroll_viewport(widget, top):  # a focus ring frames its widget
            yield widget


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton | QLabel):
        text = widget.text()[:40]
    return f"{type(widget).__name__}({widget.objectName() or text!r})"


def problems(top: QWidget, screen: QRect, where: str) -> list[str]:
    found = []
    frame = top.frameGeometry()
    if top.width() > screen.width() or top.height() > screen.height():
        found.append(f"{where}: the window is {top.width()}×{top.height()}, the screen "
                     f"{screen.width()}×{screen.height()} (minimum "
                     f"{top.minimumSizeHint().width()}×{top.minimumSizeHint().height()})")
        return found
    if not screen.contains(frame):
        found.append(f"{where}: the window at {frame.x()},{frame.y()} {frame.width()}×"
                     f"{frame.height()} reaches outside the screen {screen.width()}×"
                     f"{screen.height()}")
    area = QRect(QPoint(0, 0), top.size())
    for widget in _visible_widgets(top):
        rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        if not area.contains(rect) and rect.width() > 0 and rect.height() > 0:
            found.append(f"{where}: {_name(widget)} at {rect.x()},{rect.y()} "
                         f"{rect.width()}×{rect.height()} reaches outside the window")
            continue
        found += [f"{where}: {p}" for p in _cut_text(widget)]
    return found


def _cut_text(widget: QWidget) -> list[str]:
    from organiser.ui.widgets import ElidingLabel

    found = []
    one_line_text = (isinstance(widget, QAbstractButton) and bool(widget.text())) or (
        isinstance(widget, QLabel) and not isinstance(widget, ElidingLabel)
        and not widget.wordWrap() and bool(widget.text()) and widget.pixmap().isNull())
    if one_line_text:
        if widget.sizeHint().width() > widget.width() + 1:
            found.append(f"{_name(widget)} is {widget.width()} px wide for "
                         f"{widget.sizeHint().width()} px of text")
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            text = widget.tabText(index).replace("&", "")
            need = widget.fontMetrics().horizontalAdvance(text) + 8
            if widget.tabRect(index).width() < need:
                found.append(f"tab {text!r} is cut ({widget.tabRect(index).width()} px for "
                             f"{need})")
    elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
        model = widget.model()
        if model is None:
            return found
        margin = widget.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        for section in range(widget.count()):
            if widget.isSectionHidden(section) or widget.sectionSize(section) == 0:
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            need = widget.fontMetrics().horizontalAdvance(text) + 2 * margin
            if text and widget.sectionSize(section) < need:
                found.append(f"column header {text!r} is cut "
                             f"({widget.sectionSize(section)} px for {need})")
    return found


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def everyday_dialogs(db: Any, db_path: Path) -> list[tuple[str, Callable[[], QWidget]]]:
    """The dialogs of an ordinary day: forms, editors, previews, live captures."""
    from organiser.services.live import lines_of_action, owner_choices
    from organiser.ui.agenda import AgendaEditor
    from organiser.ui.dialogs.contacts_duplicates import DuplicatesDialog
    from organiser.ui.dialogs.contacts_forms import OrganisationDialog, PersonDialog
    from organiser.ui.dialogs.event_editor import EventEditorDialog
    from organiser.ui.dialogs.outbox import OutboxDialog
    from organiser.ui.dialogs.pdf_preview import PdfPreviewDialog
    from organiser.ui.dialogs.preferences import PreferencesDialog
    from organiser.ui.dialogs.restore import RestoreDialog
    from organiser.ui.live.capture import CaptureDialog
    from organiser.ui.live.checkin import WalkInDialog

    return [
        ("agenda editor", lambda: AgendaEditor(db, WORKSHOP)),
        ("person form", lambda: PersonDialog(db, 1)),
        ("organisation form", lambda: OrganisationDialog(db, 1)),
        ("event editor", lambda: EventEditorDialog(db, WORKSHOP)),
        ("preferences", PreferencesDialog),
        ("outbox", lambda: OutboxDialog(db)),
        ("duplicates", lambda: DuplicatesDialog(db)),
        ("restore", lambda: RestoreDialog(db_path)),
        ("minutes preview", lambda: PdfPreviewDialog(db, "minutes", HELD)),
        ("walk-in", lambda: WalkInDialog("Nadia Benali", ["Procurement Watch Network"])),
        ("next step capture", lambda: CaptureDialog(
            "next step", "Draft the charter", owner_choices(db, WORKSHOP),
            lines_of_action(db))),
        ("decision capture", lambda: CaptureDialog(
            "decision", "Adopt the common agenda", owner_choices(db, WORKSHOP),
            lines_of_action(db))),
    ]


def other_dialogs(db: object, db_path: Path,
                  main: QWidget) -> list[tuple[str, Callable[[], QWidget]]]:
    """The dialogs opened from menus and buttons besides the everyday ones."""
    from organiser.services import mail
    from organiser.services.invitations import invitee_choices
    from organiser.ui.crash import CrashDialog
    from organiser.ui.dialogs.counter_proposals import CounterProposalsDialog
    from organiser.ui.dialogs.event_invitations import AddInviteesDialog
    from organiser.ui.dialogs.outbox import mail_box
    from organiser.ui.dialogs.pdf_preview import PdfPreviewDialog
    from organiser.ui.dialogs.reminders import RemindDialog
    from organiser.ui.dialogs.restore import OpenProblemDialog
    from organiser.ui.dialogs.shortcuts import ShortcutsDialog
    from tests.services.mail_support import configure

    configure(2525)  # the coordinator's name and address, so that messages can be prepared
    batch = mail.prepare(db, 4, "invitations")  # type: ignore[arg-type]
    details = "Traceback (most recent call last):\n" + "  File \"x.py\", line 1\n" * 40
    return [
        ("counter-proposals", lambda: CounterProposalsDialog(db, WORKSHOP)),  # type: ignore[arg-type]
        ("reminders", lambda: RemindDialog(db)),  # type: ignore[arg-type]
        ("add invitees", lambda: AddInviteesDialog(invitee_choices(db))),  # type: ignore[arg-type]
        ("keyboard shortcuts", lambda: ShortcutsDialog(main)),  # type: ignore[arg-type]
        ("mail's way out", lambda: mail_box(None, batch)[0]),
        ("crash", lambda: CrashDialog(details, db_path.with_suffix(".log"))),
        ("cannot open", lambda: OpenProblemDialog(
            PermissionError(13, "Permission denied", str(db_path)), str(db_path))),
        *[(f"{kind} preview", lambda kind=kind: PdfPreviewDialog(
            db, kind, WORKSHOP)) for kind in ("agenda", "signin", "votes")],  # type: ignore[arg-type]
    ]


def wizard_pages(db: object, screen: QRect, language: str) -> list[str]:
    """The contacts import wizard, both pages, for a spreadsheet and a vCard file."""
    from organiser.ui.dialogs.import_wizard import ImportWizard

    app = QApplication.instance()
    found: list[str] = []
    data = Path(__file__).resolve().parents[1] / "data" / "contacts"
    for name in ("outlook_arabic_cp1256.csv", "with_errors.csv", "russian_cp1251.vcf"):
        wizard = ImportWizard(db, data / name)  # type: ignore[arg-type]
        wizard.show()
        for _page in range(2):
            for _ in range(5):
                app.processEvents()  # type: ignore[union-attr]
            found += problems(wizard, screen, f"{language} import wizard {name} page "
                                              f"{wizard.currentId() + 1}")
            if wizard.currentId() == ImportWizard.PREVIEW:
                break
            wizard.next()
        wizard.close()
        wizard.deleteLater()
    return found


def check_all(db_path: Path) -> list[str]:
    from organiser.core.storage import open_database
    from organiser.services import agenda, live
    from organiser.ui import i18n
    from organiser.ui.app import make_application

    app = make_application()
    screen = app.primaryScreen().availableGeometry()
    db = open_database(db_path)
    first = agenda.get_agenda(db, WORKSHOP).items[1]
    agenda.update_item(db, first.id, title=LONG_TITLE)
    live.start_item(db, first.id)
    found: list[str] = []

    def show(window: QWidget, where: str) -> None:
        window.show()  # at the size it gives itself on this screen, as on a first start
        _settle(app)
        found.extend(problems(window, screen, where))

    def dialog(make: Callable[[], QWidget], where: str) -> None:
        try:
            window = make()
        except Exception as exc:  # a dialog that cannot open is a problem too
            found.append(f"{where}: cannot open ({type(exc).__name__}: {exc})")
            return
        show(window, where)
        window.close()
        window.deleteLater()

    for language in ("en", "fr", "ar"):
        i18n.install(app, language)
        from organiser.ui.main_window import MainWindow

        main = MainWindow()
        main.set_database(db)
        show(main, f"{language} main window")
        for title in ("Contacts", "Events", "Next steps", "Programme"):
            main.show_area(title)
            for _ in range(50):  # areas read in the background
                _settle(app)
            found.extend(problems(main, screen, f"{language} {title}"))
        main.db = None

        from organiser.ui.live.window import LiveWindow

        window = LiveWindow(db, WORKSHOP)
        settle()  # the roster, agenda and outcomes are read in a worker
        show(window, f"{language} live mode")
        for tab in range(window.tabs.count()):
            window.show_tab(tab)
            settle()  # the board is read in a worker on its first visit: checked filled
            _settle(app)
            found.extend(problems(window, screen, f"{language} live mode tab {tab + 1}"))
        assert window._board is not None and window._board.loaded  # tab 3 checked filled
        window.board.show_view(1)
        _settle(app)
        found.extend(problems(window, screen, f"{language} live mode board as a list"))
        window.toggle_projector()
        if window.projector is not None:
            _settle(app)
            found.extend(problems(window.projector, screen, f"{language} projector agenda"))
            window.projector.switch()
            _settle(app)
            found.extend(problems(window.projector, screen, f"{language} projector board"))
        window.close()

        makers = everyday_dialogs(db, db_path) + other_dialogs(db, db_path, main)
        for where, make in makers:
            dialog(make, f"{language} {where}")
        found.extend(wizard_pages(db, screen, language))
        main.close()
    i18n.install(app, "en")
    db.close()
    return found


def main(argv: list[str]) -> None:
    """DB [--expect-logical WxH]: with the size, first check that Qt scaled the screen."""
    if "--expect-logical" in argv:
        from organiser.ui.app import make_application

        expected = argv[argv.index("--expect-logical") + 1]
        size = make_application().primaryScreen().availableGeometry().size()
        if f"{size.width()}x{size.height()}" != expected:
            print(f"the logical screen is {size.width()}x{size.height()}, not {expected}: "
                  f"the scale factor was not applied")
            return
    for line in check_all(Path(argv[0])):
        print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
