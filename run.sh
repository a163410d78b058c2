#!/usr/bin/env bash
# Opens Organiser (installing what is missing first). Arguments go to `organiser`,
# e.g. ./run.sh --db /path/to/other.sqlite, or ./run.sh events list
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh run
if [ $# -eq 0 ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
  echo "organiser: no display found; on a headless machine use: xvfb-run ./run.sh" >&2
fi
exec .venv/bin/organiser "$@"
