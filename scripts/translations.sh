#!/usr/bin/env bash
# Updates the translation sources (.ts) from the code and compiles them (.qm) for the app.
#   scripts/translations.sh          lupdate + lrelease
#   scripts/translations.sh release  lrelease only
# Translate with pyside6-linguist (or edit the .ts), then run this again and commit both files.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
sources=$(find organiser/ui -name '*.py' | sort)
for lang in en fr ar; do
  ts="resources/translations/organiser_${lang}.ts"
  if [ "${1:-}" != "release" ]; then
    # shellcheck disable=SC2086
    "$bin/pyside6-lupdate" -no-obsolete -target-language "$lang" $sources -ts "$ts"
  fi
  "$bin/pyside6-lrelease" -silent "$ts" -qm "resources/translations/organiser_${lang}.qm"
done
