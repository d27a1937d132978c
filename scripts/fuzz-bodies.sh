#!/usr/bin/env bash
# Sends N generated form and JSON bodies to every write route (BodyFuzzTests), as the beheerder,
# and prints the status counts. usage: scripts/fuzz-bodies.sh [N] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
export STIP_BODY_FUZZ_ITERATIONS="${1:-30000}" STIP_BODY_FUZZ_SEED="${2:-$RANDOM$RANDOM}"
start=$(date +%s)
swift test --filter BodyFuzzTests 2>&1 | grep -E "BodyFuzzTests:|✘|Test run with"
echo "seconds: $(( $(date +%s) - start ))"
