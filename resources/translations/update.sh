#!/usr/bin/env bash
# Gather the window's strings (every tr() / translate() / QT_TRANSLATE_NOOP under desktop_app/ui)
# into the translation sources, keeping the translations already written and dropping strings
# the code no longer has. Then translate what is marked type="unfinished" (Qt Linguist:
# .venv/bin/pyside6-linguist resources/translations/cluster_atlas_es.ts, or a text editor).
#
#   bash resources/translations/update.sh        update every cluster_atlas_*.ts
#   bash resources/translations/update.sh fr     also start cluster_atlas_fr.ts (a new language)
#
# English is the source language: cluster_atlas_en.ts holds only the plural forms that a source
# text such as "%n cluster(s)" needs ("1 cluster", "2 clusters").
#
# TS_DIR=other/folder updates the .ts files of another folder (tests/ui/test_translation_files.py
# runs it on a copy to check that the committed file is current).
#
# No line numbers are written (-locations none) and messages are sorted, so a .ts changes only
# where strings change and two branches that translate different files merge cleanly.
# `.ci/setup` and build.spec compile the .ts files to .qm with pyside6-lrelease (the .qm files
# are built, not committed).
set -euo pipefail
cd "$(dirname "$0")/../.."
lupdate=.venv/bin/pyside6-lupdate
[[ -x "$lupdate" ]] || lupdate="$(command -v pyside6-lupdate)" || {
  echo "update.sh: pyside6-lupdate not found (bash .ci/setup installs it in .venv)" >&2; exit 1; }
here="${TS_DIR:-resources/translations}"
shopt -s nullglob
targets=("$here"/cluster_atlas_*.ts)
if [[ $# -gt 0 && ! -e "$here/cluster_atlas_$1.ts" ]]; then
  targets+=("$here/cluster_atlas_$1.ts")
fi
for ts in "${targets[@]}"; do
  lang="${ts##*/cluster_atlas_}"
  lang="${lang%.ts}"
  only=()
  [[ "$lang" == en ]] && only=(-pluralonly)  # English: only the plural forms ("%n cluster(s)")
  "$lupdate" -extensions py -locations none -sort-messages -no-obsolete "${only[@]}" \
    -source-language en -target-language "$lang" desktop_app/ui -ts "$ts"
done
