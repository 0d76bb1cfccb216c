#!/usr/bin/env bash
# The demo data behind the README's pictures (docs/screenshots.sh), made with the command line
# into a data folder of its own (never yours): a five-day mission to Monterrey, Querétaro and Tijuana from a list, its
# delegation, contacts and nine meetings, one pair of them too close to fly between (a conflict).
#
#   bash docs/missions_demo.sh DIR
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:?give an empty folder for the demo data}"
ca() { .venv/bin/cluster-atlas --data-dir "$dir" "$@" >/dev/null; }

for id in mx-nle-claut mx-nle-transporte-logistica mx-que-aerocluster mx-que-automotriz \
          mx-bcn-aerospace-alliance mx-bcn-productos-medicos; do
  ca bookmark "$id" --list "North and Bajío, March"
done
ca mission create "Monterrey, Querétaro, Tijuana" --from-list "North and Bajío, March" \
  --start 2026-03-09 --end 2026-03-13 --home-tz Europe/Madrid \
  --purpose "Automotive and aerospace partners for two joint Horizon Europe bids"
ca mission add-member 1 "Ana García" --org "Cluster Auto Spain" --role "Head of delegation" \
  --phone "+34 600 000 001" --email ana.garcia@example.es
ca mission add-member 1 "Ben Jones" --org "Aero UK" --role "Aerospace lead" \
  --phone "+44 7700 900123"
ca mission add-member 1 "Chloé Martin" --org "Pôle Véhicule du Futur" --role "SME matchmaking"

vcf="$(mktemp --suffix .vcf)"
cat > "$vcf" <<'VCF'
BEGIN:VCARD
VERSION:3.0
FN:María Pérez
ORG:CLAUT
TITLE:Directora de Vinculación
TEL;TYPE=CELL:+52 81 1234 5678
EMAIL:maria.perez@example.mx
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Jorge Ramírez
ORG:Aerocluster de Querétaro
TITLE:Gerente
TEL;TYPE=WORK:+52 442 123 4567
EMAIL:jorge.ramirez@example.mx
END:VCARD
VCF
ca contacts import "$vcf"
rm -f "$vcf"

ca meeting add 1 --at "2026-03-09 10:00" --minutes 90 --cluster mx-nle-claut \
  --place "Av. Lázaro Cárdenas 2400, San Pedro Garza García" --city Monterrey \
  --title "CLAUT: supplier development programme" --status confirmed
ca meeting add 1 --at "2026-03-09 15:00" --cluster mx-nle-transporte-logistica \
  --city Monterrey --member "Chloé Martin" --title "Logistics cluster: SME matchmaking"
ca meeting add 1 --at "2026-03-10 09:30" --cluster mx-nle-claut --city Monterrey \
  --title "Plant visit, Tier 1 supplier" --status confirmed
ca meeting add 1 --at "2026-03-11 09:00" --cluster mx-que-aerocluster --city Querétaro \
  --member "Ana García" --member "Ben Jones" --title "Aerocluster: MRO and training"
ca meeting add 1 --at "2026-03-11 11:00" --cluster mx-bcn-aerospace-alliance --city Tijuana \
  --member "Ana García" --title "Aerospace Alliance: board meeting"
ca meeting add 1 --at "2026-03-11 13:00" --cluster mx-que-automotriz --city Querétaro \
  --member "Chloé Martin" --title "Automotive cluster of Querétaro"
ca meeting add 1 --at "2026-03-12 10:00" --cluster mx-bcn-aerospace-alliance --city Tijuana \
  --title "Aerospace Alliance of Baja California" --status confirmed
ca meeting add 1 --at "2026-03-12 16:00" --cluster mx-bcn-productos-medicos --city Tijuana \
  --member "Ben Jones" --title "Medical devices association"
ca meeting add 1 --at "2026-03-13" --cluster mx-bcn-aerospace-alliance --city Tijuana \
  --title "Day of B2B meetings (matchmaking platform)"
echo "demo data in $dir"
