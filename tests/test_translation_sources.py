"""The .ts files are exactly what scripts/translations.sh makes of the code: no source line
numbers (a refresh would rewrite them all on every change of the code), messages in a sorted
order, no entry for a text the code no longer has. So a refresh changes only what changed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "resources" / "translations"


def test_the_translation_sources_keep_no_line_numbers() -> None:
    for path in sorted(TRANSLATIONS.glob("*.ts")):
        text = path.read_text(encoding="utf-8")
        assert "<location" not in text, (
            f"{path.name} has <location> lines: run scripts/translations.sh (it keeps none)")


def test_a_refresh_leaves_the_translation_sources_as_they_are(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    (tmp_path / "scripts").mkdir()
    shutil.copy2(REPO / "scripts" / "translations.sh", tmp_path / "scripts")
    shutil.copytree(REPO / "organiser" / "ui", tmp_path / "organiser" / "ui",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "organiser" / "core").mkdir()
    shutil.copy2(REPO / "organiser" / "core" / "i18n_docs.py",
                 tmp_path / "organiser" / "core" / "i18n_docs.py")
    shutil.copytree(TRANSLATIONS, tmp_path / "resources" / "translations")
    (tmp_path / ".venv").symlink_to(Path(sys.executable).parent.parent)
    result = subprocess.run(["bash", str(tmp_path / "scripts" / "translations.sh")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    for path in sorted(TRANSLATIONS.glob("*.ts")):
        refreshed = (tmp_path / "resources" / "translations" / path.name).read_text("utf-8")
        assert refreshed == path.read_text("utf-8"), (
            f"{path.name} is not what scripts/translations.sh makes of the code (an entry "
            "out of order, a text the code no longer has, or one it has that is missing): "
            "run scripts/translations.sh and translate what it adds")
