"""The Qt binding the app is pinned to keeps Python's reference counts right.

PySide6 6.12.0 dropped one reference to None each time C++ called a Python `data()` that
returned None and handed the answer back to Python (`index.data(role)` for a role the model
does not use, as every table model here does): after a few thousand such calls None itself was
freed and the app died ("Fatal Python error: none_dealloc") at a random moment, in whichever
thread ran next. 6.11.3 does not (constraints.txt pins it)."""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import Qt

from organiser.ui.models.table import Column, RowTableModel


def _lost(read: object, times: int = 2000) -> int:
    before = sys.getrefcount(None)
    for _ in range(times):
        read()  # type: ignore[operator]
    lost = before - sys.getrefcount(None)
    for _ in range(lost):  # on a binding with the bug: given back, so that pytest lives on
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    return lost


def test_a_none_answer_does_not_cost_none_a_reference(qapp) -> None:
    rows = RowTableModel([Column("Name", lambda r: r)])
    rows.set_rows(["Amélie", "Олег"])
    cell = rows.index(0, 0)
    assert cell.data(Qt.ItemDataRole.DecorationRole) is None  # a role the model leaves out
    assert _lost(lambda: cell.data(Qt.ItemDataRole.DecorationRole)) < 50
    assert _lost(lambda: cell.data(Qt.ItemDataRole.ToolTipRole)) < 50


PROBE = '''
import linecache, sys
import organiser.ui.app  # as the app starts: Qt imported, then the rest
sys.path.insert(0, sys.argv[1])
import probe_module
heard = []
sender = probe_module.Sender()
sender.said.connect(heard.append)
sender.said.emit(probe_module.Qt.AlignmentFlag.AlignLeft.name)
print(any(name.endswith("probe_module.py") for name in linecache.cache), heard)
'''


def test_modules_imported_after_the_ui_keep_no_copy_of_their_source(tmp_path) -> None:
    """PySide6 read the whole source of every module imported after it (to learn whether it
    enables a `__feature__`), and linecache kept it: 19 MiB for the app's modules and
    SQLAlchemy, read on the UI thread for an area's first visit. Qt works as before in them."""
    import os
    import subprocess
    from pathlib import Path

    (tmp_path / "probe_module.py").write_text(
        "from PySide6.QtCore import QObject, Qt, Signal\n\n\n"
        "class Sender(QObject):\n    said = Signal(str)\n" + "# a long module\n" * 5000,
        encoding="utf-8")
    repo = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], cwd=repo,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["False", "['AlignLeft']"]
