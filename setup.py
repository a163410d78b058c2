"""Build hook: the wheel carries the top-level resources/ (fonts, icons, translation sources) as
organiser/_resources, where organiser.core.paths.resource_path finds them once installed.

Everything else about the package is declared in pyproject.toml. In a source checkout (and an
editable install) the app reads resources/ in place; PyInstaller copies it itself
(build_installer.spec).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# what the app reads at run time; licences travel with the fonts
SKIP = {".gitkeep", "README.md"}


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "organiser" / "_resources"
        shutil.rmtree(target, ignore_errors=True)
        for source in sorted((ROOT / "resources").rglob("*")):
            if source.is_file() and source.name not in SKIP:
                destination = target / source.relative_to(ROOT / "resources")
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, destination)


setup(cmdclass={"build_py": BuildWithResources})
