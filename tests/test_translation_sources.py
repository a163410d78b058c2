"""The .ts files are what scripts/translations.sh makes of the code: no source line numbers (a
refresh would rewrite them all on every change of the code), every text of the code and no entry
for a text the code no longer has. So a refresh changes only what changed. (An entry added by hand
out of the sorted order is let through: the next refresh moves it, a small diff.)"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "resources" / "translations"


def _entries(path: Path) -> dict[tuple[str, str, str], tuple[object, ...]]:
    """Each message (context, source, comment): its translation, plural forms and state."""
    found: dict[tuple[str, str, str], tuple[object, ...]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            found[key] = () if translation is None else (
                translation.get("type"), (translation.text or "").strip(),
                tuple(form.text for form in translation.iter("numerusform")))
    return found


def test_the_translation_sources_keep_no_line_numbers() -> None:
    for path in sorted(TRANSLATIONS.glob("*.ts")):
        text = path.read_text(encoding="utf-8")
        assert "<location" not in text, (
            f"{path.name} has <location> lines: run scripts/translations.sh (it keeps none)")


def test_the_translation_sources_hold_the_texts_of_the_code(tmp_path: Path) -> None:
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
        refreshed = _entries(tmp_path / "resources" / "translations" / path.name)
        kept = _entries(path)
        added = sorted(set(refreshed) - set(kept))
        left = sorted(set(kept) - set(refreshed))
        assert not added and not left, (
            f"{path.name} is not what scripts/translations.sh makes of the code: texts it "
            f"would add {added[:5]}, texts the code no longer has {left[:5]}; run the script "
            "and translate what it adds")
        assert refreshed == kept, f"{path.name}: a refresh changes a translation"
