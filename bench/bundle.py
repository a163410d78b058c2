"""Installer bundle: its size, and start-up of the bundled app against the source run.

Usage: .venv/bin/python bench/bundle.py [--dist DIR] [--runs 5] [--platform offscreen] [--size-only]
Builds the bundle with build_installer.spec into a temporary folder unless --dist names an
existing dist/organiser folder. Prints the folder's size against its budget and the ten biggest
files, then the median of `--startup-probe`
(shown=, listed=) and of `check` for the bundle and for `python -m organiser`, and the ratios.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


# the size the bundle may take on disk (tests/test_bundle.py holds it to this)
BUDGET_MB = 150


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def biggest(folder: Path, count: int = 10) -> list[tuple[int, str]]:
    """The largest files, with their path inside the bundle."""
    sizes = [(p.stat().st_size, str(p.relative_to(folder))) for p in folder.rglob("*")
             if p.is_file() and not p.is_symlink()]
    return sorted(sizes, reverse=True)[:count]


def probe(command: list[str], env: dict[str, str]) -> dict[str, float]:
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    line = result.stdout.strip().splitlines()[-1]
    return {k: float(v) for k, v in (part.split("=") for part in line.split())}


def wall(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, env=env, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--size-only", action="store_true", help="print the size, not the timings")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="organiser-bundle-"))
    dist = args.dist
    if dist is None:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                        "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                        str(REPO / "build_installer.spec")], cwd=REPO, check=True)
        print(f"build: {time.perf_counter() - started:.1f} s")
        dist = work / "dist" / "organiser"
    size = folder_size(dist)
    print(f"bundle: {dist} {size / 1e6:.1f} MB in {sum(1 for _ in dist.rglob('*'))} files "
          f"(budget {BUDGET_MB} MB: {'within' if size <= BUDGET_MB * 1e6 else 'OVER'})")
    print("ten biggest items:")
    for item_size, name in biggest(dist):
        print(f"  {item_size / 1e6:6.1f} MB  {name}")
    if args.size_only:
        return

    env = {**os.environ, "QT_QPA_PLATFORM": args.platform,
           "ORGANISER_DATA_DIR": str(work / "data"), "ORGANISER_CONFIG_DIR": str(work / "cfg"),
           "ORGANISER_LOG_DIR": str(work / "log")}
    db = work / "bench.sqlite"
    subprocess.run([str(dist / "organiser"), "--db", str(db), "demo"], env=env, check=True,
                   capture_output=True)
    commands = {
        "bundle": [str(dist / "organiser"), "--db", str(db)],
        "source": [sys.executable, "-m", "organiser", "--db", str(db)],
    }
    figures: dict[str, dict[str, float]] = {}
    for name, command in commands.items():
        probe([*command, "--startup-probe"], env)  # warm the file cache
        runs = [probe([*command, "--startup-probe"], env) for _ in range(args.runs)]
        checks = [wall([*command, "check"], env) for _ in range(args.runs)]
        figures[name] = {
            "shown": statistics.median(r["shown"] for r in runs),
            "listed": statistics.median(r["listed"] for r in runs),
            "check": statistics.median(checks),
        }
        print(f"{name}: shown={figures[name]['shown']:.3f} s listed="
              f"{figures[name]['listed']:.3f} s check={figures[name]['check']:.3f} s")
    for key in ("shown", "listed", "check"):
        ratio = figures["bundle"][key] / figures["source"][key]
        print(f"bundle/source {key}: {ratio:.2f}")


if __name__ == "__main__":
    main()
