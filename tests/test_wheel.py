"""The package as a wheel: `pip wheel .`, installed into a fresh virtual environment, makes PDFs.

The fresh environment gets the wheel alone (pip, offline); the third-party packages it needs
come from this checkout's environment through a `.pth` path line (installing PySide6 again would
take minutes and the network). The editable install of this checkout is not visible there
(`.pth` files in a folder added that way are not read), so `organiser` and its resources come
from the wheel.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # a copy of the tracked tree: the build must not depend on what is lying in the checkout
    work = out / "src"
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                             "--exclude-standard"], cwd=REPO, capture_output=True, check=True)
    for name in listed.stdout.decode().split("\0"):
        if name and (REPO / name).is_file():
            (work / name).parent.mkdir(parents=True, exist_ok=True)
            (work / name).write_bytes((REPO / name).read_bytes())
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(work)],
        capture_output=True, text=True, env=env, check=False, timeout=500)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (built,) = out.glob("organiser-*.whl")
    return built


def test_wheel_holds_the_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    fonts = {p.name for p in (REPO / "resources" / "fonts").glob("*.tt[fc]")}
    assert fonts and all(f"organiser/_resources/fonts/{f}" in names for f in fonts)
    translations = {p.name for p in (REPO / "resources" / "translations").glob("*.ts")}
    assert all(f"organiser/_resources/translations/{t}" in names for t in translations)
    assert "organiser/migrations/script.py.mako" in names
    assert any(n.startswith("organiser/migrations/versions/0001") for n in names)
    metadata = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    requires = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    # PostgreSQL's client (libpq, OpenSSL) only for team mode
    assert not any("psycopg" in line and "extra ==" not in line for line in requires), requires
    assert any("psycopg" in line and 'extra == "team"' in line for line in requires), requires


def test_minutes_pdf_from_the_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
         "--disable-pip-version-check", str(wheel)],
        capture_output=True, text=True, check=False, timeout=300)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; "
                                "print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    ours = Path(sysconfig.get_paths()["purelib"])
    (site / "zz_checkout_dependencies.pth").write_text(f"{ours}\n", encoding="utf-8")
    home = tmp_path / "home"
    env = {"PATH": os.environ.get("PATH", ""), "QT_QPA_PLATFORM": "offscreen",
           "ORGANISER_DATA_DIR": str(home / "data"), "ORGANISER_CONFIG_DIR": str(home / "cfg"),
           "ORGANISER_LOG_DIR": str(home / "log"), "HOME": str(home)}
    where = subprocess.run([str(python), "-c", "import organiser.core.paths as p; "
                            "print(p.__file__); print(p.resource_path('fonts'))"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    module, fonts = where.stdout.split()
    assert module.startswith(str(site)) and fonts.startswith(str(site)), where.stdout

    db = tmp_path / "wheel.sqlite"
    target = tmp_path / "minutes.pdf"
    for args in (["demo"], ["pdf", "minutes", "3", "-o", str(target)]):
        run = subprocess.run([str(env_dir / "bin" / "organiser"), "--db", str(db), *args],
                             cwd=tmp_path, env=env, capture_output=True, text=True,
                             check=False, timeout=240)
        assert run.returncode == 0, run.stdout + run.stderr
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Minutes" in text, text[:500]
