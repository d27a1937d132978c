#!/usr/bin/env python3
"""The pandas side of the import benchmark: `pandas.read_csv` on the same shared files as the
`Import, ...` benchmarks in MonitorBenchmarks, timed.

  pandas_import.py [--repeat 15] [FILE ...]

Without files it reads the two the Swift benchmarks read (shared/data beside the repository,
else /work/shared/data): the largest shared CSV, RIVM's gezondheid_wijk_buurt_2020_18plus.csv,
and CBS's kwb2015_buurten_nl.csv. One untimed read first (file in the page cache, pandas
warmed up, as package-benchmark's warm-up iteration), then `--repeat` timed reads; freeing
the frame is left out of the clock, as the Swift benchmark leaves out freeing its result.
Prints per file `pandas_import_seconds file=NAME median=... min=... p99=... cpu=... rows=... columns=...`
(wall clock; cpu is the median process CPU time, less disturbed by a busy machine).

What it does is less than Stip's import: pandas only parses (C parser, default options:
type inference per column, NaN for empty cells) into a DataFrame. Stip also detects the
format, checks UTF-8 and the field count of every line, validates every area code, the year
and every number (CBS's missing markers), refuses duplicate rows, applies the catalogue's
formulas (shares, densities, weighted bases) into observations, names the areas and computes
the file's SHA-256. Exit 77 without pandas.
"""
import argparse
import os
import statistics
import sys
import time

try:
    import pandas as pd
except ImportError:
    print("pandas is not installed (pip install pandas)")
    sys.exit(77)

FILES = [
    "rivm-gezondheid-wijk-buurt/gezondheid_wijk_buurt_2020_18plus.csv",
    "cbs-wijkbuurtkaart-2015-tno-vr/kwb2015_buurten_nl.csv",
]


def shared(relative):
    folder = os.path.dirname(os.path.abspath(__file__))
    while True:
        candidate = os.path.join(folder, "shared", "data", relative)
        if os.path.exists(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    fallback = os.path.join("/work/shared/data", relative)
    return fallback if os.path.exists(fallback) else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    files = args.files or [path for path in map(shared, FILES) if path]
    if not files:
        print("the shared data is not on this machine: nothing to read")
        sys.exit(77)
    print(f"pandas {pd.__version__}, python {sys.version.split()[0]}")
    for path in files:
        frame = pd.read_csv(path)
        del frame
        times, cpu = [], []
        for _ in range(args.repeat):
            start, start_cpu = time.perf_counter(), time.process_time()
            frame = pd.read_csv(path)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            rows, columns = frame.shape
            del frame
        times.sort()
        p99 = times[min(len(times) - 1, int(0.99 * len(times)))]
        print(f"pandas_import_seconds file={os.path.basename(path)} median={statistics.median(times):.4f} "
              f"min={times[0]:.4f} p99={p99:.4f} cpu={statistics.median(cpu):.4f} rows={rows} columns={columns} runs={len(times)}")


if __name__ == "__main__":
    main()
