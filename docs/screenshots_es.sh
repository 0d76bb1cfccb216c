#!/usr/bin/env bash
# The README's Spanish pictures of each main view, at 1280x800, over the demo data of
# docs/missions_demo.sh (made in a temporary folder, never in yours):
#
#   bash docs/screenshots_es.sh      writes docs/es/{browse,map,contacts,missions}.png
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
bash docs/missions_demo.sh "$dir/data"
mkdir -p docs/es
shot() { .venv/bin/cluster-atlas --data-dir "$dir/data" screenshot "$@" --lang es --size 1280x800; }
shot docs/es/browse.png --sector aerospace --state "Querétaro" --select mx-que-aerocluster
shot docs/es/map.png --view map --sector aerospace
shot docs/es/contacts.png --view contacts
shot docs/es/missions.png --view missions
