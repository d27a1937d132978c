#!/usr/bin/env bash
# The browser tests: Stip's main flows in headless Chromium through chromedriver, as a person
# does them (scripts/browser/flows.py): log in, edit an action, a 409 conflict from two browser
# sessions and its resolution, a target's measurement, a focus selection saved as a decision, a
# team report written and handed in, a consultation answer from a member of the public and its
# moderation, and the language switch. Each flow runs with the mouse in all four languages at
# 1200px, at 360px, and with the keyboard alone; every page on the way is checked for lang, for
# scrolling sideways and (with the mouse) with axe-core for WCAG 2.0-2.2 A and AA. The end
# state of every flow is kept as a screenshot in artifacts/browser/RUN/FLOW.png.
# Its last line reads `browser: N flows passed, M failed; P pages, K checked by axe, V violations`.
#
# Usage: scripts/browser.sh [STIP_EXECUTABLE] [FLOW ...]   (default .build/debug/stip; it builds nothing)
# BROWSER_RUNS picks runs, e.g. BROWSER_RUNS="nl-360-mouse de-1200-keyboard" (default: all).
# Needs chromium and chromium-driver (Debian), python3 with selenium (pip install selenium), the
# shared data beside the repository (shared/data, for the monitor), and axe.min.js: AXE_JS
# names it, else it is taken from the axe-playwright-python wheel (pip download), as no CDN may be used.
set -euo pipefail
cd "$(dirname "$0")/.."

stip=$(realpath "${1:-.build/debug/stip}")
shift || true
flows=("$@")
[ -x "$stip" ] || { echo "no Stip executable at $stip (swift build)" >&2; exit 2; }
command -v chromedriver >/dev/null || { echo "chromedriver is not installed (apt-get install chromium chromium-driver)" >&2; exit 2; }
python3 -c 'import selenium' 2>/dev/null || { echo "selenium is not installed (pip install selenium)" >&2; exit 2; }
# The shared data beside the repository (or an ancestor folder), else /work/shared/data, as the suite looks for it.
data=""
for folder in .. ../.. ../../.. /work; do
  if [ -d "$folder/shared/data/cbs-wijkbuurtkaart-2015-tno-vr" ]; then data=$(realpath "$folder/shared/data/cbs-wijkbuurtkaart-2015-tno-vr"); break; fi
done
[ -n "$data" ] || { echo "the shared CBS data (shared/data/cbs-wijkbuurtkaart-2015-tno-vr) is not beside the repository" >&2; exit 2; }

work=$(mktemp -d /tmp/stip-browser.XXXXXX)
trap 'rm -rf "$work"' EXIT
axe=$(scripts/axe-script.sh "$work")

# One database made ready once (the plan as a first start loads it, the 2015 neighbourhoods with
# their outlines, three accounts); every run starts its own Stip on a copy of it.
template="$work/template.sqlite"
export DATABASE_URL="sqlite:$template"
"$stip" migrate >/dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$stip" serve --hostname 127.0.0.1 --port "$port" >"$work/first-start.log" 2>&1 &
first=$!
for _ in $(seq 1 240); do
  curl -fsS "http://127.0.0.1:$port/" -o /dev/null 2>/dev/null && break
  kill -0 "$first" 2>/dev/null || { cat "$work/first-start.log" >&2; exit 1; }
  sleep 0.5
done
kill "$first"; wait "$first" 2>/dev/null || true
"$stip" monitor import "$data/kwb2015_buurten_nl.csv" --year 2015 >/dev/null 2>&1
"$stip" monitor import "$data/zuid-limburg_buurt_2015.geojson" --year 2015 >/dev/null 2>&1
# The password is for this throwaway database only.
for account in "regie@stip.test regiegroep Regina_Regie" "aanvoerder@stip.test aanvoerder Ada_Aanvoerder --team team-groene-long"; do
  set -- $account
  printf 'browser-test-wachtwoord' | "$stip" user add --email "$1" --role "$2" --name "${3/_/ }" ${4:-} ${5:-} --password-stdin >/dev/null
done
unset DATABASE_URL

python3 scripts/browser/flows.py --stip "$stip" --template "$template" --axe "$axe" \
  --artefacts artifacts/browser --work "$work" "${flows[@]}"
