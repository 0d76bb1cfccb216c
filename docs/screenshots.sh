#!/usr/bin/env bash
# The README's pictures of each main view, at 1280x800, in English and in Spanish, over the demo
# data of docs/missions_demo.sh (made in a temporary folder, never in yours):
#
#   bash docs/screenshots.sh    writes docs/{screenshot,map,missions}.png and
#                               docs/es/{browse,map,contacts,missions}.png
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
bash docs/missions_demo.sh "$dir/data"
mkdir -p docs/es
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
shot() { .venv/bin/cluster-atlas --data-dir "$dir/data" screenshot "$@" --size 1280x800; }
queretaro=(--sector aerospace --state "Querétaro" --select mx-que-aerocluster)
shot docs/screenshot.png "${queretaro[@]}" --lang en
shot docs/map.png --view map --sector aerospace --lang en
shot docs/missions.png --view missions --lang en
shot docs/es/browse.png "${queretaro[@]}" --lang es
shot docs/es/map.png --view map --sector aerospace --lang es
shot docs/es/contacts.png --view contacts --lang es
shot docs/es/missions.png --view missions --lang es
