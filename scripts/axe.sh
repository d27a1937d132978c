#!/usr/bin/env bash
# Checks Stip's public pages with axe-core in a real browser: starts Stip on a throwaway SQLite
# file (seeded with the plan, in every language), opens each page in headless Chromium through
# chromedriver, runs axe for WCAG 2.0, 2.1 and 2.2 A and AA, and fails on any violation. Its last
# line reads `axe: N pages, M violations`. The start of the browser tests of issue 16.
#
# Usage: scripts/axe.sh [STIP_EXECUTABLE]   (default .build/debug/stip; it builds nothing)
# Needs chromium and chromium-driver (Debian), python3 with selenium (pip install selenium), and
# axe.min.js: AXE_JS names it, else it is taken from the axe-playwright-python wheel
# (pip download axe-playwright-python --no-deps), as no CDN may be used.
set -euo pipefail
cd "$(dirname "$0")/.."

stip=$(realpath "${1:-.build/debug/stip}")
[ -x "$stip" ] || { echo "no Stip executable at $stip (swift build)" >&2; exit 2; }
command -v chromedriver >/dev/null || { echo "chromedriver is not installed (apt-get install chromium chromium-driver)" >&2; exit 2; }
python3 -c 'import selenium' 2>/dev/null || { echo "selenium is not installed (pip install selenium)" >&2; exit 2; }

work=$(mktemp -d /tmp/stip-axe.XXXXXX)
server=""
stop() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap stop EXIT

axe=$(scripts/axe-script.sh "$work")

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
export DATABASE_URL="sqlite:$work/stip.sqlite" STIP_LANGUAGES="en,de,fr" SE_AVOID_STATS=true
"$stip" serve --hostname 127.0.0.1 --port "$port" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 240); do
  curl -fsS "$base/" -o /dev/null 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; echo "Stip stopped before it answered" >&2; exit 1; }
  sleep 0.5
done

python3 - "$base" "$axe" <<'PY'
import shutil, sys
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

base, axe = sys.argv[1], open(sys.argv[2]).read()
pages = ["/", "/opgaven", "/actielijnen/groene-long", "/acties", "/programmas", "/organisaties", "/structuur", "/samenhang",
         "/tijdlijn", "/middelen", "/middelen/inzet/2021", "/middelen/begroting/2021", "/doelen", "/monitor", "/verantwoording",
         "/consultatie", "/consultatie/privacy", "/plan/1.0", "/plan/versies", "/inloggen", "/bestaat-niet"]
options = Options()
for argument in ["--headless", "--no-sandbox", "--disable-gpu", "--window-size=1200,1000"]:
    options.add_argument(argument)
# Debian's browser and driver, named, so Selenium's manager fetches nothing from outside.
options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser")
driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
checked, violations = 0, 0
try:
    for language in ["nl", "en", "de", "fr"]:
        driver.get(f"{base}/taal/{language}")
        for path in pages:
            driver.get(base + path)
            driver.execute_script(axe)
            found = driver.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                ".then(r => done(r.violations.map(v => [v.id, v.nodes.map(n => n.target.join(' '))])));", tags)
            checked += 1
            for rule, nodes in found:
                violations += len(nodes)
                print(f"{language} {path}: {rule} at {', '.join(nodes[:5])}")
finally:
    driver.quit()
print(f"axe: {checked} pages, {violations} violations")
sys.exit(1 if violations else 0)
PY
