"""Start-up benchmark: the app against a bare PySide6 window, in one run on one machine.

Usage: .venv/bin/python bench/startup.py [--db LARGE.sqlite] [--runs 7] [--platform offscreen]
Without --db, a large database is generated first (bench/make_large_db.py).
Baselines: (1) a bare QMainWindow shown; (2) the same after `import sqlalchemy.orm`.
Targets: app shown <= 1.3 x baseline 1; app's events listed <= 1.3 x baseline 2.
Each figure is the median of the runs, measured from process start (like --startup-probe).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
UPTIME = (HERE.parent / "organiser" / "core" / "uptime.py").read_text()

BARE = UPTIME + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
{extra}
app = QApplication([])
w = QMainWindow()
w.resize(1200, 760)
w.show()
def done():
    print(f"shown={process_uptime():.3f}", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def run(command: list[str], env: dict[str, str]) -> dict[str, float]:
    import time

    env = {**env, "ORGANISER_LAUNCHED_AT": repr(time.time())}  # ms precision, same for all
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    line = result.stdout.strip().splitlines()[-1]
    return {k: float(v) for k, v in (part.split("=") for part in line.split())}


def main() -> None:
    parser = argparse.ArgumentParser(description="start-up benchmark")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": args.platform}
    db = args.db
    if db is None:
        db = Path(tempfile.mkdtemp()) / "large.sqlite"
        subprocess.run([sys.executable, str(HERE / "make_large_db.py"), str(db)], check=True)
    commands = {
        "bare": [sys.executable, "-c", BARE.replace("{extra}", "")],
        "bare+orm": [sys.executable, "-c", BARE.replace("{extra}", "import sqlalchemy.orm")],
        "organiser": [sys.executable, "-m", "organiser", "--db", str(db), "--startup-probe"],
    }
    samples: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    run(commands["organiser"], env)  # warm the file cache and compiled bytecode
    for _ in range(args.runs):
        for name, command in commands.items():  # interleaved: the machine's noise hits all
            samples[name].append(run(command, env))
    bare = statistics.median(s["shown"] for s in samples["bare"])
    bare_orm = statistics.median(s["shown"] for s in samples["bare+orm"])
    shown = statistics.median(s["shown"] for s in samples["organiser"])
    listed = statistics.median(s["listed"] for s in samples["organiser"])
    print(f"runs: {args.runs} (median), platform: {args.platform}, database: {db}")
    print(f"bare window shown:           {bare:.3f} s")
    print(f"bare window + sqlalchemy.orm: {bare_orm:.3f} s")
    print(f"organiser window shown:      {shown:.3f} s  ratio {shown / bare:.2f} (target <= 1.30)")
    print(f"organiser events listed:     {listed:.3f} s  ratio {listed / bare_orm:.2f} "
          f"(target <= 1.30)")


if __name__ == "__main__":
    main()
