"""Start-up benchmark: the app against a bare PySide6 window, in one run on one machine.

Usage: .venv/bin/python bench/startup.py [--large LARGE.sqlite] [--runs 9] [--platform offscreen]
                                         [--against OTHER_CHECKOUT]
Without --large, a large database is generated first (bench/make_large_db.py); the demo
database is made with `organiser demo`.

Baselines: (1) a bare QMainWindow shown; (2) the same after `import sqlalchemy.orm`.
The app runs `--startup-probe`, which prints `shown= listed= ready=` (seconds from process
start) and exits once ready (database open, the events listed, nothing left running, the event
loop idle). Ratios: shown against (1), listed and ready against (2), and the whole process
(launch to exit, what a user waits for) against the whole process of (2).
Targets: shown <= 1.3; whole process <= 1.3 on the demo and on the large database alike.
Every figure is the median of the runs; the commands run interleaved so the machine's noise
hits them all alike. Peak memory is the largest resident size of the app's process.
With --against (another checkout of the repository, e.g. `git worktree add /tmp/old main`),
that checkout's app runs too, interleaved with this one, under the same interpreter: a
before/after comparison within one run, which is the only fair one on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
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


def run(command: list[str], env: dict[str, str], cwd: Path | None = None) -> dict[str, float]:
    """One process: its printed times, its whole duration and its peak memory (MiB)."""
    env = {**env, "ORGANISER_LAUNCHED_AT": repr(time.time())}  # ms precision, same for all
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env, cwd=cwd or HERE.parent)
    _, status, usage = os.wait4(process.pid, 0)
    whole = time.perf_counter() - started
    out = process.stdout.read() if process.stdout else ""
    err = process.stderr.read() if process.stderr else ""
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{command[:3]} failed ({process.returncode}): {err[-2000:]}")
    line = out.strip().splitlines()[-1]
    figures = {k: float(v) for k, v in (part.split("=") for part in line.split())}
    figures["whole"] = whole
    figures["rss"] = usage.ru_maxrss / 1024  # kB on Linux
    figures["cpu"] = usage.ru_utime + usage.ru_stime
    return figures


def median(samples: list[dict[str, float]], key: str) -> float:
    return statistics.median(s[key] for s in samples)


def main() -> None:
    parser = argparse.ArgumentParser(description="start-up benchmark")
    parser.add_argument("--large", "--db", type=Path, dest="large")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--against", type=Path, metavar="CHECKOUT",
                        help="another checkout whose app runs interleaved with this one")
    args = parser.parse_args()
    if args.against is not None and not (args.against / "organiser" / "__main__.py").is_file():
        parser.error(f"{args.against} is not a checkout of the repository")
    home = Path(tempfile.mkdtemp(prefix="organiser-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": args.platform,
           "ORGANISER_DATA_DIR": str(home / "data"), "ORGANISER_CONFIG_DIR": str(home / "conf"),
           "ORGANISER_LOG_DIR": str(home / "log")}
    env.pop("ORGANISER_DB", None)
    # an installed app has its bytecode: the warm-up runs write it (not compiled every run)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    large = args.large
    if large is None:
        large = home / "large.sqlite"
        subprocess.run([sys.executable, str(HERE / "make_large_db.py"), str(large)], check=True)
    else:  # a copy: the app's backups and its lock file stay out of the user's folder
        shutil.copyfile(large, home / "large.sqlite")
        large = home / "large.sqlite"
    demo = home / "demo.sqlite"
    subprocess.run([sys.executable, "-m", "organiser", "--db", str(demo), "demo"], check=True,
                   env=env, capture_output=True, cwd=HERE.parent)
    commands = {
        "bare": [sys.executable, "-c", BARE.replace("{extra}", "")],
        "bare+orm": [sys.executable, "-c", BARE.replace("{extra}", "import sqlalchemy.orm")],
        "demo": [sys.executable, "-m", "organiser", "--db", str(demo), "--startup-probe"],
        "large": [sys.executable, "-m", "organiser", "--db", str(large), "--startup-probe"],
    }
    # python -m finds the package of its working folder first: the other checkout's app
    where: dict[str, Path] = {name: HERE.parent for name in commands}
    apps = ["demo", "large"]
    if args.against is not None:
        # its own copies: each checkout migrates what it opens, and an older one refuses a
        # file a newer one has migrated
        other = args.against.resolve()
        shutil.copyfile(large, home / "large-other.sqlite")
        subprocess.run([sys.executable, "-m", "organiser", "--db", str(home / "demo-other.sqlite"),
                        "demo"], check=True, env=env, capture_output=True, cwd=other)
        for name in ("demo", "large"):
            commands[f"{name}@other"] = [*commands[name][:4], str(home / f"{name}-other.sqlite"),
                                         *commands[name][5:]]
            where[f"{name}@other"] = other
        apps = ["demo", "demo@other", "large", "large@other"]
    samples: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    for name in apps:  # warm the file cache, bytecode and the day's backups
        run(commands[name], env, where[name])
    for _ in range(args.runs):
        for name, command in commands.items():  # interleaved
            samples[name].append(run(command, env, where[name]))
    bare = median(samples["bare"], "shown")
    bare_orm = median(samples["bare+orm"], "shown")
    bare_orm_whole = median(samples["bare+orm"], "whole")
    print(f"runs: {args.runs} (medians, interleaved), platform: {args.platform}, "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if args.against is not None:
        print(f"@other: {args.against}")
    print(f"bare window shown:              {bare:.3f} s   whole process "
          f"{median(samples['bare'], 'whole'):.3f} s")
    print(f"bare window + sqlalchemy.orm:   {bare_orm:.3f} s   whole process "
          f"{bare_orm_whole:.3f} s")
    bare_orm_cpu = median(samples["bare+orm"], "cpu")
    print("database     shown (ratio)  listed (ratio)  ready (ratio)  "
          "whole process (ratio)  CPU (ratio)    peak memory")
    for name in apps:
        s = samples[name]
        shown, listed, ready = median(s, "shown"), median(s, "listed"), median(s, "ready")
        whole, rss, cpu = median(s, "whole"), max(x["rss"] for x in s), median(s, "cpu")
        print(f"{name:<11}  {shown:.3f} ({shown / bare:.2f})   {listed:.3f} "
              f"({listed / bare_orm:.2f})   {ready:.3f} ({ready / bare_orm:.2f})  "
              f"{whole:.3f} ({whole / bare_orm_whole:.2f})          "
              f"{cpu:.3f} ({cpu / bare_orm_cpu:.2f})   {rss:.0f} MiB")
    print("targets: shown <= 1.30 x bare; whole process <= 1.30 x bare + ORM "
          "(CPU: user + system time of the process, against bare + ORM's; less hit by the load)")
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
