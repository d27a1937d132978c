#!/usr/bin/env bash
# Sends N generated form and JSON bodies to every write route (BodyFuzzTests), as the beheerder,
# and prints the status counts. usage: scripts/fuzz-bodies.sh [N] [SEED]
# Runs a copy of the test binary, so the build folder stays free for other work meanwhile.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests >/dev/null
binary=$(mktemp /tmp/stip-tests.XXXXXX)
cp .build/debug/stipPackageTests.xctest "$binary" && chmod +x "$binary"
trap 'rm -f "$binary"' EXIT
export STIP_BODY_FUZZ_ITERATIONS="${1:-30000}" STIP_BODY_FUZZ_SEED="${2:-$RANDOM$RANDOM}"
start=$(date +%s)
"$binary" --testing-library swift-testing --filter BodyFuzzTests 2>&1 | grep -E "BodyFuzzTests:|✘|Test run with"
echo "seconds: $(( $(date +%s) - start ))"
