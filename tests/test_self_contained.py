"""A clone of the project alone runs its tests: nothing is read from outside the repository."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, REPO

# ways a test could reach beside the repository: ../shared, the repository's parent, /work/...
OUTSIDE = re.compile(r"""\.\./shared|\bSHARED\b|REPO\.parent\b|parent\.parent\.parent|"""
                     r"""["']/work/""")


def test_no_test_reads_outside_the_repository() -> None:
    offenders = []
    for path in sorted((REPO / "tests").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if OUTSIDE.search(line) and path.name != "test_self_contained.py":
                offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert not offenders, "tests reach outside the repository:\n" + "\n".join(offenders)


def test_every_sample_is_described_in_the_data_readme() -> None:
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    samples = [p for p in DATA.rglob("*") if p.is_file() and p.name != "README.md"]
    assert samples
    missing = [str(p.relative_to(DATA)) for p in samples
               if f"`{p.relative_to(DATA).as_posix()}`" not in readme]
    assert not missing, f"tests/data/README.md does not say where these come from: {missing}"


def test_samples_are_stored_byte_for_byte() -> None:
    """Git must not convert the samples' line endings (their CRLF and BOM are under test)."""
    attributes = (REPO / ".gitattributes").read_text(encoding="utf-8")
    assert "tests/data/** -text" in attributes
    assert (DATA / "contacts" / "outlook_export.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in (DATA / "contacts" / "excel_semicolon_cp1252.csv").read_bytes()


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_the_sample_tests_pass_in_a_copy_with_nothing_beside_it(tmp_path: Path) -> None:
    """Copy the tracked files alone into an empty folder and run the tests that read samples."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True,
                            check=False)
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    clone = tmp_path / "lonely" / "organiser"
    for name in listed.stdout.decode().split("\0"):
        if name and (REPO / name).is_file():
            target = clone / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, target)
    assert not (clone.parent / "shared").exists()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(clone)}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider",
         "tests/importers/test_contacts_files.py", "tests/importers/test_replies.py",
         "-k", "not huge"],
        cwd=clone, env=env, capture_output=True, text=True, check=False, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout
    # the copy's own package and samples were used, not this checkout's
    probe = subprocess.run(
        [sys.executable, "-c", "import organiser, tests.conftest as c; "
         "print(organiser.__file__); print(c.DATA)"],
        cwd=clone, env=env, capture_output=True, text=True, check=True)
    assert all(line.startswith(str(clone)) for line in probe.stdout.splitlines()), probe.stdout
