"""`organiser` with only the app's options opens the app: `app_options` reads them by hand (an
argparse parser cost 2-3 ms before the window showed) and must read them as argparse did."""

from __future__ import annotations

import argparse
import sys

import pytest

from organiser.cli import app_options

COMMAND_LINES = [
    [], ["--db", "x.sqlite"], ["--db=x.sqlite"], ["--db=", "--startup-probe"],
    ["--startup-probe"], ["--startup-probe", "--db", "a", "--db", "b"], ["--startup"],
    ["--start", "--d", "p"], ["--d=p"], ["--db"], ["--db", "--startup-probe"],
    ["--db", "-1"], ["--db", "-"], ["--db", "-x"], ["--dbx", "p"], ["--startup-probe=yes"],
    ["--", "--db", "p"], ["-d", "p"], ["--help"], ["-h"], ["--version"], ["demo"],
    ["--db", "p", "demo"], ["--db", "p", "contacts", "list"], ["--startup-probes"],
    ["--db", "postgresql://u@127.0.0.1/organiser"], ["--db", "C:\\data\\événements.sqlite"],
]


def _as_argparse_read_them(argv: list[str]) -> argparse.Namespace | None:
    quick = argparse.ArgumentParser(add_help=False)
    quick.add_argument("--db")
    quick.add_argument("--startup-probe", action="store_true")
    try:
        if sys.version_info >= (3, 12):  # pragma: no cover - errors raise, not exit
            quick.exit_on_error = False
        options, rest = quick.parse_known_args(argv)
    except (SystemExit, argparse.ArgumentError):
        return None
    return None if rest else options


@pytest.mark.parametrize("argv", COMMAND_LINES, ids=" ".join)
def test_app_options_read_as_argparse_does(argv: list[str],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert app_options(argv) == _as_argparse_read_them(argv)
