#!/usr/bin/env bash
# Runs Stip's benchmarks (release, package-benchmark) and their Python counterparts in one go
# and prints the ratios (Python / Swift, p50 wall clock):
#   - robustness: the Swift robustness benchmarks against numpy_robustness.py (same synthetic data);
#   - import: the Swift import benchmarks against pandas_import.py (pandas.read_csv, same shared files).
#
#   Benchmarks/compare.sh                    # both; needs swift, python3, numpy and pandas
#   Benchmarks/compare.sh --only import      # or --only robustness
#   Benchmarks/compare.sh --check            # also checks that numpy and Stip got the same results
set -euo pipefail
cd "$(dirname "$0")"

echo "== machine: $(nproc) cores, $(uname -m), $(swift --version 2>/dev/null | head -1)"
echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg)"

check=false only=all
while [[ $# -gt 0 ]]; do
    case "$1" in
        --check) check=true ;;
        --only) only=$2; shift ;;
        *) echo "usage: $0 [--check] [--only import|robustness]" >&2; exit 2 ;;
    esac
    shift
done
case "$only" in
    all) filter='(Robustness|Import),.*' ;;
    robustness) filter='Robustness,.*' ;;
    import) filter='Import,.*' ;;
    *) echo "--only import or --only robustness" >&2; exit 2 ;;
esac

swift_out=$(mktemp) pandas_out=$(mktemp)
trap 'rm -f "$swift_out" "$pandas_out"' EXIT
swift package benchmark --filter "$filter" --format text --no-progress | tee "$swift_out"

numpy_run() {
    OPENBLAS_NUM_THREADS=$1 OMP_NUM_THREADS=$1 python3 numpy_robustness.py --repeat 5 "${@:2}" | tee /dev/stderr |
        sed -n 's/^numpy_robustness_seconds median=\([0-9.]*\).*/\1/p'
}
numpy1=0 numpy2=0
if [[ "$only" != import ]]; then
    echo "== numpy, 1 BLAS thread"
    numpy1=$(numpy_run 1)
    echo "== numpy, 2 BLAS threads"
    numpy2=$(numpy_run 2)
fi
if [[ "$only" != robustness ]]; then
    echo "== pandas.read_csv on the same files (load $(cut -d' ' -f1-3 /proc/loadavg))"
    python3 pandas_import.py --repeat 15 | tee "$pandas_out" || echo "(no pandas figures)"
fi

if [[ "$check" == true && "$only" != import ]]; then
    echo "== same work? Stip's results against numpy's"
    swift build -c release --product monitor-synthetic-dump >/dev/null
    dump=$(mktemp)
    .build/release/monitor-synthetic-dump > "$dump"
    OPENBLAS_NUM_THREADS=1 python3 numpy_robustness.py --repeat 1 --compare "$dump"
    rm -f "$dump"
fi

python3 - "$swift_out" "$numpy1" "$numpy2" "$pandas_out" <<'PY'
import re, sys
path, numpy1, numpy2, pandas_path = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
lines = open(path, encoding="utf-8").read().splitlines()
swift, cpu = {}, {}
name = None
for line in lines:
    if line.startswith(("Robustness,", "Import,")):
        name = line.strip()
    elif name and line.startswith("│ Time (wall clock)"):
        cells = [c.strip() for c in line.split("│")[1:-1]]
        unit = 1e-3 if "(ms)" in cells[0] else (1e-6 if "(us)" in cells[0] or "(μs)" in cells[0] else 1.0)
        swift[name] = (float(cells[3]) * unit, float(cells[6]) * unit)   # p50, p99 in seconds
    elif name and line.startswith("│ Time (total CPU)"):
        cells = [c.strip() for c in line.split("│")[1:-1]]
        unit = 1e-3 if "(ms)" in cells[0] else (1e-6 if "(us)" in cells[0] or "(μs)" in cells[0] else 1.0)
        cpu[name] = float(cells[3]) * unit
    if name in swift and name in cpu:
        name = None
print()
if numpy1 > 0:
    numpy = min(numpy1, numpy2)
    print(f"numpy (median of 5 runs): {numpy1:.3f} s with 1 BLAS thread, {numpy2:.3f} s with 2; the faster, {numpy:.3f} s, is compared")
    for name, (p50, p99) in swift.items():
        if name.startswith("Robustness,"):
            print(f"{name}: p50 {p50:.3f} s, p99 {p99:.3f} s; numpy / Swift (p50) = {numpy / p50:.1f}x")
# The Swift benchmark for a file, by a word of its label.
which = {"gezondheid_wijk_buurt_2020_18plus.csv": "RIVM gezondheid 2020", "kwb2015_buurten_nl.csv": "KWB 2015 buurten"}
for line in open(pandas_path, encoding="utf-8").read().splitlines():
    fields = dict(re.findall(r"(\w+)=(\S+)", line))
    if not line.startswith("pandas_import_seconds") or fields.get("file") not in which:
        continue
    median = float(fields["median"])
    match = [(n, t) for n, t in swift.items() if n.startswith("Import,") and which[fields["file"]] in n]
    if not match:
        print(f"{fields['file']}: pandas.read_csv median {median * 1e3:.1f} ms; no Swift figure")
        continue
    name, (p50, p99) = match[0]
    print(f"{name}: Swift p50 {p50 * 1e3:.1f} ms, p99 {p99 * 1e3:.1f} ms; pandas.read_csv median {median * 1e3:.1f} ms "
          f"(min {float(fields['min']) * 1e3:.1f}); pandas / Swift (p50) = {median / p50:.2f}x")
    if name in cpu and "cpu" in fields:
        print(f"    CPU time: Swift p50 {cpu[name] * 1e3:.0f} ms (both threads, 10 ms resolution), pandas median {float(fields['cpu']) * 1e3:.1f} ms")
PY
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
