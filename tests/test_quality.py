"""ruff and mypy stay clean on the whole repository (package, tests, scripts, benches)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_ruff_is_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=REPO,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.timeout(600)  # a cold mypy cache over the package and the tests takes a while
def test_mypy_is_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "organiser", "tests"], cwd=REPO,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_dependency_is_pinned_in_the_tested_set() -> None:
    """constraints.txt pins what the suite runs with; scripts/bootstrap.sh installs with it."""
    import re
    import tomllib
    from importlib import metadata

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        wanted += extra
    pins = {}
    for line in (REPO / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version
    names = {re.sub(r"[-_.]+", "-", re.split(r"[\[<>=!~; ]", spec, maxsplit=1)[0]).lower()
             for spec in wanted}
    assert not names - pins.keys(), f"not pinned in constraints.txt: {names - pins.keys()}"
    assert "--disable-pip-version-check -c constraints.txt" in \
        (REPO / "scripts" / "bootstrap.sh").read_text(encoding="utf-8")
    for name in sorted(names):
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue  # an extra this environment does not have
        assert installed == pins[name], f"{name} {installed} installed, {pins[name]} pinned"
