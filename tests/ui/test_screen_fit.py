"""Done means (issue 14): every window, area and dialog fits a laptop, in three languages.

Each screen size runs tests/ui/screen_fit.py in its own process, because Qt reads the
offscreen screen's size once, at start: the windows then size themselves from that screen
exactly as on the coordinator's 1280×800 laptop (and a 1366×768 one).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(240)
@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)], ids=["1280x800", "1366x768"])
def test_every_window_fits_the_laptop_screen_in_english_french_and_arabic(
        demo_db, db_path: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    width, height = size
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    result = subprocess.run([sys.executable, "-m", "tests.ui.screen_fit", str(db_path)],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=220)
    assert result.returncode == 0, result.stderr[-3000:]
    problems = [line for line in result.stdout.splitlines() if line.strip()]
    assert not problems, "\n".join(problems)
