#!/usr/bin/env bash
# Runs the whole test suite headless (installing what is missing first).
# Arguments go to pytest, e.g. ./test.sh tests/core -k demo
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh test
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
