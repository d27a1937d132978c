#!/usr/bin/env bash
# Builds the fuzz package (Fuzz/) and runs one target for SECONDS, one job on one core at
# the lowest priority, then minimises its corpus. Usage: scripts/fuzz.sh TARGET SECONDS
#   TARGET: FuzzKWB FuzzLongTable FuzzCSVTable FuzzGeoJSON FuzzODataJSON FuzzPlanYAML FuzzPeopleAndMoneyYAML
# Seeds: small slices of /work/shared/data (STIP_SHARED_DATA elsewhere) and of the
# repository's Seeds/, made here at run time; nothing of the shared data is kept in the repository.
# Findings (crash-*, timeout-*, oom-*) land in Fuzz/.build/findings/TARGET/.
set -euo pipefail

target=${1:?usage: scripts/fuzz.sh TARGET SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${STIP_SHARED_DATA:-/work/shared/data}
fuzz="$root/Fuzz"
work="$fuzz/.build/run/$target"
corpus="$fuzz/Corpus/$target"
findings="$fuzz/.build/findings/$target"
seeds="$work/seeds"

# Corpus entries that are kept in git stay small (the same limit caps the fuzzer's inputs).
max_len=4096
max_entries=300

# One build for all targets; a no-op when nothing changed.
nice -n 19 swift build -c release --package-path "$fuzz" --scratch-path "$fuzz/.build" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing
binary="$fuzz/.build/release/$target"
[ -x "$binary" ] || { echo "no fuzz target $target" >&2; exit 2; }

rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$findings"

# The first lines of a delimited file (header and a few rows), at most max_len bytes.
slice_lines() { # FILE LINES NAME
    [ -f "$1" ] && head -n "$2" "$1" | head -c "$max_len" > "$seeds/$3" || true
}
# A JSON file cut down to its first few list items and short strings (valid JSON still).
slice_json() { # FILE NAME [page]
    [ -f "$1" ] && python3 "$root/scripts/fuzz_json_slice.py" "$1" "$max_len" ${3:-} > "$seeds/$2" || rm -f "$seeds/$2"
}

case "$target" in
FuzzKWB)
    for f in "$shared"/kwb-heerlen-2016-2020/kwb_heerlen_20*.csv "$shared"/cbs-wijkbuurtkaart-2015-tno-vr/kwb2015_*_nl.csv \
             "$shared"/rivm-gezondheid-wijk-buurt/gezondheid_zuid_limburg_*.csv "$shared"/cbs-gemeenten-geoinzicht-2012-2024/*.csv; do
        slice_lines "$f" 4 "$(basename "$f")"
    done ;;
FuzzLongTable)
    for f in "$shared"/coinr-asem/*.csv "$shared"/kwb-heerlen-2016-2020/kwb_heerlen_2016.csv; do
        slice_lines "$f" 8 "$(basename "$f")"
    done
    printf 'area_code,year,indicator,value\nGM0917,2016,inwoners,87000\nBU09170000,2016,inwoners,\n' > "$seeds/long.csv"
    printf 'area_code;indicator;value\r\n"GM0917";"inwoners";"1,5"\r\n' > "$seeds/long-semicolon.csv" ;;
FuzzCSVTable)
    for f in "$root"/Seeds/monitor/*.csv; do slice_lines "$f" 12 "$(basename "$f")"; done
    for f in "$shared"/cbs-gebiedsnamen-2025/*.csv "$shared"/coinr-asem/asem_indmeta.csv; do slice_lines "$f" 6 "$(basename "$f")"; done ;;
FuzzGeoJSON)
    for f in "$shared"/cbs-gebiedsindelingen-2014-2015/*_zuid_limburg.geojson "$shared"/cbs-wijkbuurtkaart-2015-tno-vr/*.geojson \
             "$shared"/pdok-gemeenten-2023-opendatamaps/*.geojson "$shared"/cbs-gemeenten-geoinzicht-2012-2024/gemeenten_2024.geojson; do
        slice_json "$f" "$(basename "$f")"
    done ;;
FuzzODataJSON)
    for f in "$shared"/cbs-kwb-2024-metadata-gm-wijk/*.json; do slice_json "$f" "$(basename "$f")" page; done ;;
FuzzPlanYAML)
    cp "$root"/Seeds/zuid-limburg-pva-1.0.yaml "$seeds/"
    python3 "$root/scripts/fuzz_yaml_slice.py" "$root"/Seeds/zuid-limburg-pva-1.0.yaml "$max_len" "$seeds" || true ;;
FuzzPeopleAndMoneyYAML)
    cp "$root"/Seeds/zuid-limburg-middelen-2020-2021.yaml "$seeds/"
    python3 "$root/scripts/fuzz_yaml_slice.py" "$root"/Seeds/zuid-limburg-middelen-2020-2021.yaml "$max_len" "$seeds" || true ;;
*) echo "no seeds known for $target" >&2; exit 2 ;;
esac
# Seeds larger than max_len are cut to it by libFuzzer itself.

# -jobs=1 -workers=1: one job on one core, its log fuzz-0.log in the work folder. Inside it
# -fork=1 runs one child at a time and goes on after a crash, hang or OOM (each is kept in
# the findings), so a finding does not end the run early.
# Leak detection is off: the Swift runtime's caches look like leaks; -rss_limit_mb catches growth.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
# Swift's own backtracer takes minutes per crash on this machine; libFuzzer's report is enough.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
cd "$work"
rm -f fuzz-0.log
status=0
nice -n 19 "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    -detect_leaks=0 -print_final_stats=1 -jobs=1 -workers=1 \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 -artifact_prefix="$findings/" \
    "$corpus" "$seeds" || status=$?
cp fuzz-0.log "$fuzz/.build/run/$target.log" 2>/dev/null || true

# Minimise: only inputs that add coverage, small ones, at most max_entries.
rm -rf "$work/merged"
mkdir -p "$work/merged"
nice -n 19 "$binary" -merge=1 -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" -detect_leaks=0 \
    "$work/merged" "$corpus" "$seeds" > "$work/merge.log" 2>&1 || true
if [ -n "$(ls -A "$work/merged")" ]; then
    find "$work/merged" -type f -size +"$max_len"c -delete
    ls -S -r "$work/merged" | tail -n +$((max_entries + 1)) | while read -r name; do rm -f "$work/merged/$name"; done
    rm -rf "$corpus"
    mv "$work/merged" "$corpus"
fi
echo "corpus: $(ls "$corpus" | wc -l) files, $(cat "$corpus"/* 2>/dev/null | wc -c) bytes; log: Fuzz/.build/run/$target.log; findings: $(ls "$findings" | wc -l)"
exit $status
