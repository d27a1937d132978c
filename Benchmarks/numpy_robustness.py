#!/usr/bin/env python3
"""The numpy side of the robustness benchmark: the same work as Stip's `Robustness.run` on the
same synthetic data (MONITOR-METHOD.md steps 1, 3-8 with the defaults: minmax, arithmetic,
minCoverage 0.65, minThemeWeight 0.5, requireAllThemes, no winsorising; K = 1,000 draws,
alpha = 0.25, focus at the 20th percentile of the index), timed.

  numpy_robustness.py [--draws 1000] [--repeat 5] [--compare STIP.csv]

The data: 14,000 synthetic areas x 30 indicators in 9 themes under 3 groups, built with the
same LCG and the same floating-point steps as `SyntheticMonitor.values` in Swift, so the
tables are identical (the fingerprint line shows it). The draws' weight multipliers come from
the same xoshiro256** streams as Stip's `SeededGenerator`, so both run the same 1,000 draws;
they are drawn in pure Python before the clock starts (numpy's own generator would take well
under a millisecond for 42,000 numbers, so leaving them out is the fair choice).

Timed: screening, normalising, per draw the themes, groups, index, ranks and the 20th
percentile selection, then per area the median and 5th/95th percentile rank (type 7) and
the selection share. Prints `numpy_robustness_seconds median=... min=...`.

--compare reads `monitor-synthetic-dump`'s CSV and reports how far the two are apart.
Exit 77 without numpy.
"""
import argparse
import csv
import math
import os
import sys
import time

# One BLAS thread unless told otherwise: the products here are small (30 x 14,000 by 30 x 225),
# and on 2 cores OpenBLAS's second thread measured slower, not faster. compare.sh runs both.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", os.environ["OPENBLAS_NUM_THREADS"])

try:
    import numpy as np
except ImportError:
    print("numpy is not installed")
    sys.exit(77)

MASK = (1 << 64) - 1
UNITS = 14_000
INDICATORS = 30
DATA_SEED = 20_240_101
ROBUSTNESS_SEED = 20_201_117
THEME_SIZES = [3, 3, 3, 3, 3, 3, 4, 4, 4]
ALPHA = 0.25
PERCENTILE = 20.0
MIN_COVERAGE = 0.65
MIN_THEME_WEIGHT = 0.5
BLOCK = 25   # draws per batch of array operations


# ---- the synthetic table, step for step as SyntheticMonitor.values ----

def synthetic_values(units=UNITS):
    state = DATA_SEED

    def uniform():
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & MASK
        return (state >> 11) * 2.0 ** -53

    values = np.empty((units, INDICATORS))
    for unit in range(units):
        z = uniform() + uniform() + uniform() + uniform() - 2.0
        sparse = uniform() < 0.01
        row = values[unit]
        for i in range(INDICATORS):
            missing = uniform() < (0.5 if sparse else 0.05)
            noise = uniform() + uniform() - 1.0
            d = -1.0 if i % 4 == 3 else 1.0
            loading = 0.3 + 0.02 * float(i)
            center = 10.0 + 5.0 * float(i)
            scale = 1.0 + float(i % 5)
            x = center + scale * (d * loading * z * 3.0 + noise * 2.0)
            row[i] = math.nan if missing else math.floor(x * 10.0 + 0.5) / 10.0
    return values


def structure():
    """Nodes in Stip's order: index, group-1..3, theme-1..9."""
    theme_of = np.repeat(np.arange(len(THEME_SIZES)), THEME_SIZES)
    direction = np.array([-1.0 if i % 4 == 3 else 1.0 for i in range(INDICATORS)])
    indicator_weight = np.array([[1.0, 0.8, 1.3][i % 3] for i in range(INDICATORS)])
    node_weight = np.array([1.0, 2.0, 1.0, 1.0] + [1.0] * len(THEME_SIZES))
    return theme_of, direction, indicator_weight, node_weight


# ---- Stip's SeededGenerator (SplitMix64-seeded xoshiro256**), for the same weight draws ----

def _mix(z):
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


def _rotate(x, k):
    return ((x << k) | (x >> (64 - k))) & MASK


def multipliers(draws, count, seed=ROBUSTNESS_SEED, alpha=ALPHA):
    """Per draw, `count` factors 1 + e, e uniform on [-alpha, alpha]: the 12 non-root node
    weights first, then the 30 indicator weights, as Robustness.run draws them."""
    out = np.empty((draws, count))
    for draw in range(draws):
        mixer = seed ^ _mix((draw + 0x5DEECE66D1CE4E5B) & MASK)
        s = []
        for _ in range(4):
            mixer = (mixer + 0x9E3779B97F4A7C15) & MASK
            s.append(_mix(mixer))
        s0, s1, s2, s3 = s
        for k in range(count):
            result = (_rotate((s1 * 5) & MASK, 7) * 9) & MASK
            t = (s1 << 17) & MASK
            s2 ^= s0
            s3 ^= s1
            s1 ^= s2
            s0 ^= s3
            s2 ^= t
            s3 = _rotate(s3, 45)
            out[draw, k] = 1 + alpha * (2 * ((result >> 11) * 2.0 ** -53) - 1)
    return out


# ---- the work that is timed ----

def type7(sorted_rows, counts, p):
    """Type-7 percentile per row of an ascending-sorted array whose first `counts` entries are data."""
    h = (counts - 1) * p
    lo = np.floor(h).astype(np.intp)
    hi = np.minimum(lo + 1, counts - 1)
    rows = np.arange(sorted_rows.shape[0])
    low = sorted_rows[rows, lo]
    return low + (h - lo) * (sorted_rows[rows, hi] - low)


def robustness(x, mult, theme_of, direction, indicator_weight, node_weight):
    units = x.shape[0]
    draws = mult.shape[0]
    themes = len(THEME_SIZES)

    # 1. Screening.
    present = ~np.isnan(x)
    member = present.sum(axis=1) / INDICATORS >= MIN_COVERAGE
    xm = x[member]
    pm = present[member]
    m = xm.shape[0]

    # 3. minmax per indicator over the members that have a value.
    low = np.nanmin(xm, axis=0)
    high = np.nanmax(xm, axis=0)
    span = high - low
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(direction > 0, xm - low, high - xm) / span
    y = np.where(span == 0, 50.0, 100.0 * share)
    y0 = np.where(pm, y, 0.0)          # missing counts 0 in sum(w y)
    pf = pm.astype(float)              # and 0 in sum(w)

    # Theme membership as a 9 x 30 0/1 matrix; a draw's weights go into it. The draws run
    # in blocks of BLOCK, each block as one matrix product and a few array passes, laid out
    # theme-major, (theme, draw, unit), so that every pass runs over contiguous rows.
    member_of = np.zeros((themes, INDICATORS))
    member_of[theme_of, np.arange(INDICATORS)] = 1.0
    y0t = np.ascontiguousarray(y0.T)                   # (30, m)
    pft = np.ascontiguousarray(pf.T)
    ranks = np.zeros((draws, m), dtype=np.int32)       # 0 = no rank
    selected = np.zeros(m, dtype=np.int64)
    positions = np.arange(m)
    for first in range(0, draws, BLOCK):
        mb = mult[first:first + BLOCK]
        b = mb.shape[0]
        nw = node_weight[None, :] * np.concatenate([np.ones((b, 1)), mb[:, :12]], axis=1)   # (b, 13)
        w = indicator_weight[None, :] * mb[:, 12:]                                           # (b, 30)
        a = (member_of[:, None, :] * w[None, :, :]).reshape(themes * b, INDICATORS)          # (9 b, 30)
        total = a.sum(axis=1).reshape(themes, b, 1)
        # 4. Themes: weighted mean over what the unit has; missing below minThemeWeight.
        num = (a @ y0t).reshape(themes, b, m)
        den = (a @ pft).reshape(themes, b, m)
        with np.errstate(invalid="ignore", divide="ignore"):
            theme = num / den
        theme[den < MIN_THEME_WEIGHT * total] = np.nan
        # 5. Groups (3 themes each) and the index, every child required (NaN propagates).
        tw = nw[:, 4:] / np.repeat(nw[:, 4:].reshape(b, 3, 3).sum(axis=2), 3, axis=1)    # (b, 9)
        gw = nw[:, 1:4] / nw[:, 1:4].sum(axis=1, keepdims=True)                         # (b, 3)
        index = np.zeros((b, m))
        for g in range(3):
            group = theme[3 * g] * tw[:, 3 * g, None]
            group += theme[3 * g + 1] * tw[:, 3 * g + 1, None]
            group += theme[3 * g + 2] * tw[:, 3 * g + 2, None]
            index += group * gw[:, g, None]
        # 6. Ranks: 1 the best, ties share the lowest. NaN sorts last.
        order = np.argsort(-index, axis=1)   # equal values end up side by side; no stability needed
        desc = np.take_along_axis(index, order, axis=1)
        counts = (~np.isnan(index)).sum(axis=1)
        new = np.ones_like(desc, dtype=bool)
        new[:, 1:] = desc[:, 1:] != desc[:, :-1]
        first_of_run = np.maximum.accumulate(np.where(new, positions[None, :], 0), axis=1) + 1
        ranked_here = positions[None, :] < counts[:, None]
        block_ranks = np.zeros((b, m), dtype=np.int32)
        np.put_along_axis(block_ranks, order, np.where(ranked_here, first_of_run, 0).astype(np.int32), axis=1)
        ranks[first:first + b] = block_ranks
        # 7. Selection: at or below the 20th percentile (type 7) of the index; ascending
        # position j is descending position counts-1-j.
        h = (counts - 1) * (PERCENTILE / 100)
        lo = np.floor(h).astype(np.intp)
        hi = np.minimum(lo + 1, counts - 1)
        rows = np.arange(b)
        low = desc[rows, counts - 1 - lo]
        threshold = low + (h - lo) * (desc[rows, counts - 1 - hi] - low)
        with np.errstate(invalid="ignore"):
            selected += (index <= threshold[:, None]).sum(axis=0)

    # 8. Per member: median, 5th and 95th percentile rank over the draws where it had one.
    per_unit = np.ascontiguousarray(ranks.T).astype(float)
    counts = (per_unit > 0).sum(axis=1)
    per_unit[per_unit == 0] = np.inf           # unranked draws sort last
    per_unit.sort(axis=1)
    has = counts > 0
    stats = np.full((3, m), np.nan)
    for k, p in enumerate((0.05, 0.5, 0.95)):
        stats[k, has] = type7(per_unit[has], counts[has], p)

    def spread(values, fill):
        full = np.full(units, fill, dtype=float)
        full[member] = values
        return full

    return {
        "median_rank": spread(stats[1], np.nan),
        "rank_p5": spread(stats[0], np.nan),
        "rank_p95": spread(stats[2], np.nan),
        "selection_share": spread(selected / draws, 0.0),
        "ranked_draws": spread(counts, 0.0),
    }


def baseline_index(x, theme_of, direction, indicator_weight, node_weight):
    """Steps 1-6 with the weights as given: one draw with every multiplier 1."""
    present = ~np.isnan(x)
    member = present.sum(axis=1) / INDICATORS >= MIN_COVERAGE
    xm = x[member]
    low, high = np.nanmin(xm, axis=0), np.nanmax(xm, axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        y = 100.0 * np.where(direction > 0, xm - low, high - xm) / (high - low)
    pm = ~np.isnan(xm)
    w = indicator_weight
    theme = np.full((xm.shape[0], len(THEME_SIZES)), np.nan)
    for t in range(len(THEME_SIZES)):
        cols = theme_of == t
        den = pm[:, cols] @ w[cols]
        with np.errstate(invalid="ignore", divide="ignore"):
            score = np.where(pm[:, cols], y[:, cols], 0.0) @ w[cols] / den
        score[den < MIN_THEME_WEIGHT * w[cols].sum()] = np.nan
        theme[:, t] = score
    groups = np.stack([theme[:, g * 3:g * 3 + 3] @ (node_weight[4 + g * 3:7 + g * 3] / node_weight[4 + g * 3:7 + g * 3].sum()) for g in range(3)], axis=1)
    index = groups @ (node_weight[1:4] / node_weight[1:4].sum())
    full = np.full(x.shape[0], np.nan)
    full[member] = index
    return full


def compare(path, x, result, base):
    with open(path, newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    rows = list(csv.DictReader(lines))
    if len(rows) != x.shape[0]:
        print(f"compare: {len(rows)} rows in {path}, {x.shape[0]} here")
        return 1

    def column(name):
        return np.array([float(r[name]) if r[name] != "" else np.nan for r in rows])

    def gap(a, b):
        same_missing = np.array_equal(np.isnan(a), np.isnan(b))
        both = ~np.isnan(a) & ~np.isnan(b)
        diff = np.abs(a[both] - b[both])
        return same_missing, (diff.max() if diff.size else 0.0), int((diff > 0).sum())

    failures = 0
    for name, ours, tolerance in [
        ("index", base, 1e-9),
        ("median_rank", result["median_rank"], 1.0),
        ("rank_p5", result["rank_p5"], 1.0),
        ("rank_p95", result["rank_p95"], 1.0),
        ("selection_share", result["selection_share"], 0.002),
        ("ranked_draws", result["ranked_draws"], 0.0),
    ]:
        same_missing, largest, differing = gap(column(name), ours)
        ok = same_missing and largest <= tolerance
        failures += not ok
        print(f"compare {name:16s} same missing: {same_missing}; largest difference {largest:.3g} "
              f"(allowed {tolerance:g}); {differing} of {len(rows)} areas differ at all: {'ok' if ok else 'DIFFERENT'}")
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--draws", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--compare")
    args = parser.parse_args()

    started = time.perf_counter()
    x = synthetic_values()
    theme_of, direction, indicator_weight, node_weight = structure()
    present = ~np.isnan(x)
    total = 0.0
    for value in x.ravel().tolist():   # plain left-to-right sum, as Swift's fingerprint (not sum(), which compensates)
        if value == value:
            total += value
    print(f"# sum={total!r} missing={int((~present).sum())}"
          f"  (data built in {time.perf_counter() - started:.2f} s, untimed)")
    started = time.perf_counter()
    mult = multipliers(args.draws, 12 + INDICATORS)
    print(f"# weight multipliers for {args.draws} draws in {time.perf_counter() - started:.3f} s (pure-Python xoshiro, untimed)")

    times = []
    result = None
    for _ in range(args.repeat):
        started = time.perf_counter()
        result = robustness(x, mult, theme_of, direction, indicator_weight, node_weight)
        times.append(time.perf_counter() - started)
    times.sort()
    median = times[len(times) // 2] if len(times) % 2 else (times[len(times) // 2 - 1] + times[len(times) // 2]) / 2
    print(f"numpy {np.__version__} (OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']}), {args.draws} draws, {x.shape[0]} areas x {x.shape[1]} indicators, "
          f"{args.repeat} runs: " + ", ".join(f"{t:.3f}" for t in times) + " s")
    print(f"numpy_robustness_seconds median={median:.4f} min={times[0]:.4f}")

    if args.compare:
        base = baseline_index(x, theme_of, direction, indicator_weight, node_weight)
        return compare(args.compare, x, result, base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
