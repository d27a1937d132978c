#!/usr/bin/env bash
# Runs the Swift robustness benchmarks (release, package-benchmark) and the numpy script on
# the same synthetic data in one go, and prints the ratio numpy / Swift (p50 wall clock).
#
#   Benchmarks/compare.sh            # from anywhere; needs swift, python3 and numpy
#   Benchmarks/compare.sh --check    # also checks that numpy and Stip got the same results
set -euo pipefail
cd "$(dirname "$0")"

echo "== machine: $(nproc) cores, $(uname -m), $(swift --version 2>/dev/null | head -1)"
echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg)"

swift_out=$(mktemp)
trap 'rm -f "$swift_out"' EXIT
swift package benchmark --filter 'Robustness.*' --format text --no-progress | tee "$swift_out"

numpy_run() {
    OPENBLAS_NUM_THREADS=$1 OMP_NUM_THREADS=$1 python3 numpy_robustness.py --repeat 5 "${@:2}" | tee /dev/stderr |
        sed -n 's/^numpy_robustness_seconds median=\([0-9.]*\).*/\1/p'
}
echo "== numpy, 1 BLAS thread"
numpy1=$(numpy_run 1)
echo "== numpy, 2 BLAS threads"
numpy2=$(numpy_run 2)

if [[ "${1:-}" == "--check" ]]; then
    echo "== same work? Stip's results against numpy's"
    swift build -c release --product monitor-synthetic-dump >/dev/null
    dump=$(mktemp)
    .build/release/monitor-synthetic-dump > "$dump"
    OPENBLAS_NUM_THREADS=1 python3 numpy_robustness.py --repeat 1 --compare "$dump"
    rm -f "$dump"
fi

python3 - "$swift_out" "$numpy1" "$numpy2" <<'PY'
import sys
path, numpy1, numpy2 = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
lines = open(path, encoding="utf-8").read().splitlines()
swift = {}
name = None
for line in lines:
    if line.startswith("Robustness,"):
        name = line.strip()
    elif name and line.startswith("│ Time (wall clock)"):
        cells = [c.strip() for c in line.split("│")[1:-1]]
        unit = 1e-3 if "(ms)" in cells[0] else (1e-6 if "(us)" in cells[0] or "(μs)" in cells[0] else 1.0)
        swift[name] = (float(cells[3]) * unit, float(cells[6]) * unit)   # p50, p99 in seconds
        name = None
numpy = min(numpy1, numpy2)
print()
print(f"numpy (median of 5 runs): {numpy1:.3f} s with 1 BLAS thread, {numpy2:.3f} s with 2; the faster, {numpy:.3f} s, is compared")
for name, (p50, p99) in swift.items():
    print(f"{name}: p50 {p50:.3f} s, p99 {p99:.3f} s; numpy / Swift (p50) = {numpy / p50:.1f}x")
PY
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
