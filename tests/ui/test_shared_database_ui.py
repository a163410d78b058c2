"""Finding 11.1 with Qt: the app's own file dialogs never touch the database's files.

Qt's file dialog shows icons and types; for a name that says nothing (`w.sqlite-wal`) it
reads the file's first bytes, and that open()/close() in the app's process drops SQLite's
locks. The real app process opens File > Import contacts…, the person browses to the
database's folder and cancels; a CLI runs; the app's next write must reach a third process
and survive kill -9.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.processes import Child, organiser, read_step_text

APP = r"""
import os, sys
from sqlalchemy import text
from PySide6.QtCore import QElapsedTimer, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel
from organiser.ui.app import make_application
from organiser.ui.main_window import MainWindow
from organiser.ui.startup import install_data_actions, open_with_recovery

path = sys.argv[1]
app = make_application()
window = MainWindow()
window.show()
install_data_actions(window)
db = open_with_recovery(window, path, interactive=False)
window.set_database(db)

def write(value):
    with db.transaction() as session:
        session.execute(text("UPDATE next_step SET text = :v WHERE id = 1"), {"v": value})

def browse_and_cancel():
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QFileDialog):
        QTimer.singleShot(50, browse_and_cancel)
        return
    print("started-in", dialog.directory().absolutePath(), file=sys.stderr, flush=True)
    dialog.selectNameFilter(dialog.nameFilters()[-1])  # All files (*)
    dialog.setDirectory(os.path.dirname(path))  # the person browses to the database
    model = dialog.findChild(QFileSystemModel)
    clock = QElapsedTimer()
    clock.start()
    def settle():
        shown = model.rowCount(model.index(os.path.dirname(path)))
        if shown < 3 and clock.elapsed() < 20000:  # w.sqlite, -wal, -shm (and the lock)
            QTimer.singleShot(100, settle)
            return
        for row in range(shown):  # every icon and type shown, as on screen
            for column in range(model.columnCount()):
                index = model.index(row, column, model.index(os.path.dirname(path)))
                model.data(index)
                model.data(index, 1)
        QTimer.singleShot(1500, dialog.reject)  # the file info thread fetches meanwhile
    settle()

def command():
    line = sys.stdin.readline()
    name, _, argument = line.strip().partition(" ")
    if name == "write":
        write(argument)
    elif name == "import-dialog":
        QTimer.singleShot(0, browse_and_cancel)
        window.area("Contacts").choose_import()
    print("ok", flush=True)

notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(command)
print("ready", flush=True)
app.exec()
"""


@pytest.mark.slow
def test_browsing_the_database_folder_in_a_file_dialog_loses_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "workshop"
    folder.mkdir()
    shared = folder / "w.sqlite"
    made = organiser("--db", str(shared), "demo")
    assert made.returncode == 0, made.stderr
    app = Child(APP, str(shared), cwd=folder)  # started from the database's folder
    try:
        assert app.answer() == "ready"
        assert app.ask("write first") == "ok"
        assert app.ask("import-dialog") == "ok"
        listed = organiser("--db", str(shared), "events", "list")
        assert listed.returncode == 0, listed.stderr
        assert app.ask("write second") == "ok"
        assert read_step_text(shared, 1) == "second"
    finally:
        app.kill()
    assert read_step_text(shared, 1) == "second"


def test_file_dialogs_start_away_from_the_open_database(qtbot, db, db_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from organiser.ui import file_dialogs

    monkeypatch.chdir(db_path.parent)
    start = Path(file_dialogs.start_path(""))
    assert start.resolve() != db_path.parent.resolve()
    assert Path(file_dialogs.start_path(str(db_path))).parent.resolve() != \
        db_path.parent.resolve()
    assert Path(file_dialogs.start_path("contacts.csv")).name == "contacts.csv"


def test_icons_and_types_come_from_the_name_alone(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import QFileIconProvider

    from organiser.ui.file_dialogs import NameOnlyIconProvider

    disguised = tmp_path / "w.sqlite-wal"
    disguised.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    info = QFileInfo(str(disguised))
    assert "PDF" in QFileIconProvider().type(info)  # Qt's own provider reads the content
    assert "PDF" not in NameOnlyIconProvider().type(info)
    NameOnlyIconProvider().icon(info)


def test_no_window_calls_qfiledialog_directly() -> None:
    """Every dialog goes through organiser.ui.file_dialogs (start folder, no sniffing)."""
    root = Path(__file__).resolve().parents[2] / "organiser" / "ui"
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if p.name != "file_dialogs.py" and "QFileDialog" in p.read_text("utf-8")]
    assert offenders == []


def test_the_open_database_cannot_be_chosen_in_a_file_dialog(qtbot, db, db_path: Path) -> None:
    """Saving an export over it, or importing it as a contacts file, is refused at the dialog."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    from organiser.ui import file_dialogs

    warned: list[str] = []

    def step(tries: int = 200) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox):
            warned.append(widget.text())
            widget.button(QMessageBox.StandardButton.Ok).click()
        elif isinstance(widget, QFileDialog):
            if warned:
                widget.reject()
                return
            widget.setDirectory(str(db_path.parent))
            widget.selectFile(str(db_path))
            widget.accept()
        if tries:
            QTimer.singleShot(50, lambda: step(tries - 1))

    QTimer.singleShot(0, step)
    chosen, _ = file_dialogs.get_save_file_name(None, "Export", "contacts.csv", "All files (*)",
                                                 confirm_overwrite=False)
    assert chosen == ""
    assert warned and "is the database Organiser has open" in warned[0]
