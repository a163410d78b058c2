"""Entry point of `python -m organiser` and the `organiser` scripts: the app, or a subcommand.

It sits above both the interface (`organiser.ui`) and the command line (`organiser.cli`), which
never import each other.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def run(argv: Sequence[str] | None = None) -> int:
    """Open the app when the command line holds only the app's options, else run a subcommand."""
    # no cyclic collection while the app starts: importing Qt, SQLAlchemy and the app makes
    # no garbage worth a pass, and the passes cost a tenth of starting; the window turns the
    # collector back on once it is ready (organiser.ui.app, background.release_collector)
    collecting = gc.isenabled()
    gc.disable()
    from organiser.cli import app_options
    from organiser.cli import run as run_command

    args = list(sys.argv[1:] if argv is None else argv)
    options = app_options(args)
    if options is None:
        if collecting:  # a subcommand: the collector as usual
            gc.enable()
        return run_command(args)
    from organiser.ui.app import run_app

    return run_app(db=options.db, startup_probe=options.startup_probe)


def main() -> None:
    sys.exit(run())


if __name__ == "__main__":
    main()
