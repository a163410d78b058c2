"""The installer bundle: build_installer.spec builds, and the bundled app runs headless."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# PyInstaller takes minutes on a busy machine; the module fixture runs inside the first test
pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(REPO / "build_installer.spec")],
        cwd=REPO, capture_output=True, text=True, check=False, timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    folder = work / "dist" / "organiser"
    assert folder.is_dir()
    return folder


def _run(bundle: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    exe = bundle / ("organiser-cli.exe" if sys.platform == "win32" else "organiser")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "ORGANISER_DATA_DIR": str(home / "data"), "ORGANISER_CONFIG_DIR": str(home / "cfg"),
           "ORGANISER_LOG_DIR": str(home / "log")}
    env.pop("ORGANISER_DB", None)
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env,
                          cwd=home, timeout=120, check=False)


@pytest.mark.slow
def test_bundle_holds_resources_and_migrations(bundle: Path) -> None:
    internal = bundle / "_internal"
    root = internal if internal.is_dir() else bundle
    migrations = root / "organiser" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    assert sorted(p.name for p in (migrations / "versions").glob("*.py")) == sorted(
        p.name for p in (REPO / "organiser" / "migrations" / "versions").glob("*.py"))
    run_time = {"README.md", ".gitkeep", "organiser.svg", "organiser.ico", "organiser.icns",
                "organiser_en.ts"}
    source_resources = [p.relative_to(REPO) for p in (REPO / "resources").rglob("*")
                        if p.is_file() and p.name not in run_time]
    missing = [str(rel) for rel in source_resources if not (root / rel).is_file()]
    assert not missing, missing
    qt = root / "PySide6"
    assert not list(qt.glob("QtQuick*")) and not list(qt.glob("QtQml*"))
    assert not list(qt.glob("QtNetwork*"))
    translations = {p.name for p in (qt / "Qt" / "translations").glob("*.qm")}
    assert {"qtbase_fr.qm", "qtbase_ar.qm"} <= translations
    assert not any(name.endswith(("_de.qm", "_ja.qm")) for name in translations)


@pytest.mark.slow
def test_bundle_keeps_to_its_budget(bundle: Path) -> None:
    """At most 150 MB on disk: no Qt module, plugin or library the app never loads, no Pillow,
    no PostgreSQL driver (the team extra), debugging symbols stripped (bench/bundle.py prints
    the ten biggest items)."""
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from bundle import BUDGET_MB, biggest, folder_size  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(REPO / "bench"))
    size = folder_size(bundle)
    listing = "\n".join(f"{s / 1e6:6.1f} MB  {name}" for s, name in biggest(bundle))
    assert size <= BUDGET_MB * 1e6, f"{size / 1e6:.1f} MB; the biggest:\n{listing}"
    internal = bundle / "_internal"
    root = internal if internal.is_dir() else bundle
    names = {p.name for p in root.rglob("*")}
    assert not {"psycopg", "psycopg_binary", "pygments"} & names
    assert not [n for n in names if n.startswith(("libavif", "libwebp", "libpq"))]
    plugins = root / "PySide6" / "Qt" / "plugins"
    assert not (plugins / "platformthemes" / "libqgtk3.so").exists()
    assert not list((plugins / "platforms").glob("*vnc*"))
    if sys.platform.startswith("linux"):
        assert (plugins / "platforms" / "libqxcb.so").exists()
        assert (plugins / "platforms" / "libqoffscreen.so").exists()


@pytest.mark.slow
def test_bundled_demo_check_and_window(bundle: Path, tmp_path: Path) -> None:
    db = tmp_path / "bundled.sqlite"
    demo = _run(bundle, "--db", str(db), "demo", home=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert "demo programme" in demo.stdout
    check = _run(bundle, "--db", str(db), "check", "--json", home=tmp_path)
    assert check.returncode == 0, check.stderr
    assert '"ok": true' in check.stdout
    from organiser.migrations import HEAD_REVISION

    assert f'"schema": "{HEAD_REVISION}"' in check.stdout
    probe = _run(bundle, "--db", str(db), "--startup-probe", home=tmp_path)
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.startswith("shown=")
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database at all")
    refused = _run(bundle, "--db", str(broken), "check", home=tmp_path)
    assert refused.returncode == 1
    assert refused.stderr.startswith("organiser: error: ") and "Traceback" not in refused.stderr
