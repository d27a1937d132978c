#!/usr/bin/env bash
# Checks that /api/v1 does what /api/v1/openapi.json says, with schemathesis and all its checks:
# starts Stip on a throwaway SQLite file and a free loopback port, makes a beheerder and a bearer
# token, runs schemathesis once anonymous and once with the token, stops Stip and fails on any
# failure. Its last line reads `schemathesis: N passed, M failed`.
#
# Usage: scripts/schemathesis.sh [STIP_EXECUTABLE]   (default .build/debug/stip; it builds nothing)
# Needs schemathesis on PATH (pip install "schemathesis==4.32.5"), curl and python3.
# SCHEMATHESIS_EXAMPLES (default 15) bounds the cases per operation and phase,
# SCHEMATHESIS_MAX_TIME (default 100) the seconds per run: the whole script takes about four minutes.
# SCHEMATHESIS_SEED (default 20201117) picks the generated data, so a CI run can be repeated.
set -euo pipefail
cd "$(dirname "$0")/.."

stip=$(realpath "${1:-.build/debug/stip}")
examples=${SCHEMATHESIS_EXAMPLES:-15}
max_time=${SCHEMATHESIS_MAX_TIME:-100}
seed=${SCHEMATHESIS_SEED:-20201117}
# The command pip put on PATH, or the module of the python3 it installed into.
if command -v schemathesis >/dev/null; then
  schemathesis() { command schemathesis "$@"; }
elif python3 -c 'import schemathesis' 2>/dev/null; then
  schemathesis() { python3 -m schemathesis.cli "$@"; }
else
  echo "schemathesis is not installed (pip install schemathesis==4.32.5)" >&2; exit 2
fi
[ -x "$stip" ] || { echo "no Stip executable at $stip (swift build)" >&2; exit 2; }

work=$(mktemp -d /tmp/stip-schemathesis.XXXXXX)
server=""
stop() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap stop EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
export DATABASE_URL="sqlite:$work/stip.sqlite"

email="beheer@schemathesis.invalid"
password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
printf '%s\n' "$password" | "$stip" user add --email "$email" --role beheerder --password-stdin >/dev/null

"$stip" serve --hostname 127.0.0.1 --port "$port" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 240); do
  curl -fsS "$base/api/v1/openapi.json" -o "$work/openapi.json" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; echo "Stip stopped before it answered" >&2; exit 1; }
  sleep 0.5
done
[ -s "$work/openapi.json" ] || { echo "Stip did not answer on $base" >&2; exit 1; }
token=$(curl -fsS -u "$email:$password" -X POST "$base/api/v1/tokens" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')

# A 422 to data the schema allows is Stip refusing a reference to a record that does not exist
# (an organisation id, a line) or a rule across fields (a membership's team or body, a date
# before its start): JSON Schema cannot say which ids exist, so for valid-looking data a 422 is
# accepted as well as the defaults. So is 429 (and 503) from `POST /tokens`: schemathesis sends
# many wrong passwords from one address, and the login throttle then stops checking them, as it
# should. Everything else is schemathesis's own defaults.
cat >"$work/schemathesis.toml" <<'TOML'
[checks.positive_data_acceptance]
expected-statuses = ["2xx", "401", "403", "404", "409", "422", "429", "503"]
TOML

run() {
  local name=$1; shift
  local status=0
  echo "== schemathesis, $name"
  # From the temporary directory, so schemathesis's own cache stays out of the work tree. One
  # worker: with two, hypothesis 6 sometimes trips over itself ("AST constructor recursion depth
  # mismatch"), an error of the tool rather than of Stip.
  (cd "$work" && schemathesis --config-file "$work/schemathesis.toml" run "$base/api/v1/openapi.json" --url "$base" \
    --checks all --max-examples "$examples" --max-time "$max_time" --seed "$seed" --workers 1 \
    --report json --report-json-path "$work/$name.json" "$@") || status=$?
  python3 - "$work/$name.json" "$name" "$status" >>"$work/totals" <<'PY'
import json, sys
path, name, status = sys.argv[1], sys.argv[2], int(sys.argv[3])
try:
    report = json.load(open(path))
except (OSError, ValueError):
    print(f"{name} 0 1 0")
    sys.exit()
cases = report["test_cases"]
failed = cases["with_failures"] + cases["errored"] + len(report["errors"])
if status != 0 and failed == 0:
    failed = 1  # schemathesis said no without naming a failed case
print(f"{name} {cases['generated'] - cases['with_failures']} {failed} {cases['generated']}")
PY
}

run anonymous
run beheerder -H "Authorization: Bearer $token"

if grep -qi "fatal\|internal server error" "$work/server.log"; then
  echo "Stip logged errors:" >&2
  grep -i "fatal\|internal server error" "$work/server.log" | head -20 >&2
  echo "anonymous-log 0 1 0" >>"$work/totals"
fi

passed=0; failed=0
while read -r name ok bad generated; do
  echo "   $name: $generated requests, $ok passed, $bad failed"
  passed=$((passed + ok)); failed=$((failed + bad))
done <"$work/totals"
echo "schemathesis: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
