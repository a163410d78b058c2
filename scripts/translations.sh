#!/usr/bin/env bash
# Refreshes the translation sources (.ts) from the code: the interface's tr() texts (organiser/ui)
# and the documents' texts (organiser/core/i18n_docs.py, context "Document").
#   scripts/translations.sh
# Then translate the new entries with .venv/bin/pyside6-linguist (or edit the .ts) and commit the
# .ts files: they are the one source, read as they are by the interface and the documents
# (organiser/core/translations.py); nothing is compiled. tests/ui/test_languages.py and
# tests/core/test_glossary.py fail on a missing, unfinished or inconsistent translation.
#
# The .ts files keep no source locations and their messages are sorted (by context, then by
# text), so a refresh changes only the entries that changed: moving code around, or adding a
# line above a tr() call, leaves the files alone. Texts no longer in the code are dropped.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
sources="$(find organiser/ui -name '*.py' | LC_ALL=C sort) organiser/core/i18n_docs.py"
for lang in en fr ar; do
  # shellcheck disable=SC2086
  "$bin/pyside6-lupdate" -silent -no-obsolete -locations none -sort-messages \
    -target-language "$lang" $sources -ts "resources/translations/organiser_${lang}.ts"
done
