#!/usr/bin/env bash
# Prints the path of axe-core's axe.min.js: AXE_JS when set, else the copy inside the
# axe-playwright-python wheel from PyPI, unpacked into the folder given (no CDN may be used).
# Usage: scripts/axe-script.sh WORK_DIR
set -euo pipefail
if [ -n "${AXE_JS:-}" ]; then echo "$AXE_JS"; exit 0; fi
work=$1
(cd "$work" && python3 -m pip download axe-playwright-python --no-deps -q -d axe-wheel >/dev/null && python3 -m zipfile -e axe-wheel/*.whl axe-wheel/x)
axe=$(find "$work/axe-wheel/x" -name axe.min.js | head -n 1)
[ -s "$axe" ] || { echo "no axe.min.js in the axe-playwright-python wheel (set AXE_JS)" >&2; exit 2; }
echo "$axe"
