#!/usr/bin/env python3
"""An independent computation of Stip's composite index, with numpy, from the same files
`stip monitor compute` reads (see MONITOR-METHOD.md), to check Stip's output to 1e-9.

  monitor_check.py --data LONG.csv --indicators DEFS.csv [--themes THEMES.csv]
                   [--normalise minmax|zscore|rank] [--aggregate arithmetic|geometric]
                   [--min-coverage 0.65] [--min-theme-weight 0.5] --compare STIP.csv

Exit 0 when every theme, group, index and rank agrees; 1 with the differences; 77 without numpy.
"""
import argparse
import csv
import math
import sys

try:
    import numpy as np
except ImportError:
    print("numpy is not installed")
    sys.exit(77)

ROOT = "index"


def read(path):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--indicators", required=True)
    parser.add_argument("--themes")
    parser.add_argument("--normalise", default="minmax")
    parser.add_argument("--aggregate", default="arithmetic")
    parser.add_argument("--min-coverage", type=float, default=0.65)
    parser.add_argument("--min-theme-weight", type=float, default=0.5)
    parser.add_argument("--compare", required=True)
    args = parser.parse_args()

    defs = read(args.indicators)
    indicators = [row["indicator"] for row in defs]
    direction = np.array([1.0 if row["direction"].strip() in ("+1", "1") else -1.0 for row in defs])
    weight = np.array([float(row["weight"]) for row in defs])
    theme_of = [row["theme"] for row in defs]
    themes = list(dict.fromkeys(theme_of))

    node_weight, parent = {}, {}
    groups = []
    if args.themes:
        for row in read(args.themes):
            node_weight[row["theme"]] = float(row["weight"])
            if row["theme"] not in themes and row["theme"] not in groups:
                groups.append(row["theme"])
            p = (row.get("parent") or "").strip()
            if p:
                parent[row["theme"]] = p
                if p not in groups:
                    groups.append(p)
    children = {}
    for node in groups + themes:
        children.setdefault(parent.get(node, ROOT), []).append(node)

    units, values = [], {}
    for row in read(args.data):
        if row["area_code"] not in values:
            units.append(row["area_code"])
            values[row["area_code"]] = {}
        if row["value"].strip() != "":
            values[row["area_code"]][row["indicator"]] = float(row["value"])
    x = np.full((len(units), len(indicators)), np.nan)
    for u, unit in enumerate(units):
        for i, indicator in enumerate(indicators):
            x[u, i] = values[unit].get(indicator, np.nan)

    # 1. Screening.
    coverage = np.sum(~np.isnan(x), axis=1) / len(indicators)
    member = coverage >= args.min_coverage

    # 3. Normalising, per indicator, over the members that have a value.
    y = np.full_like(x, np.nan)
    geometric = args.aggregate == "geometric"
    for i in range(len(indicators)):
        rows = member & ~np.isnan(x[:, i])
        column = x[rows, i]
        if column.size == 0:
            continue
        if args.normalise == "minmax":
            low, high = column.min(), column.max()
            if high == low:
                scaled = np.full(column.shape, 50.0)
            else:
                share = (column - low) / (high - low) if direction[i] > 0 else (high - column) / (high - low)
                scaled = 1 + 99 * share if geometric else 100 * share
        elif args.normalise == "zscore":
            sd = column.std(ddof=1) if column.size > 1 else 0.0
            scaled = np.zeros(column.shape) if sd == 0 else direction[i] * (column - column.mean()) / sd
        elif args.normalise == "rank":
            keyed = direction[i] * column
            order = np.argsort(keyed, kind="mergesort")
            ranks = np.empty(column.size)
            sorted_values = keyed[order]
            start = 0
            while start < column.size:
                end = start
                while end + 1 < column.size and sorted_values[end + 1] == sorted_values[start]:
                    end += 1
                ranks[order[start:end + 1]] = (start + end) / 2 + 1
                start = end + 1
            scaled = np.full(column.shape, 50.0) if column.size == 1 else 100 * (ranks - 1) / (column.size - 1)
        else:
            sys.exit(f"normalisation {args.normalise} is not checked by this script")
        y[rows, i] = scaled

    def combine(vals, weights):
        if geometric:
            return math.exp(float(np.sum(weights * np.log(vals)) / np.sum(weights)))
        return float(np.sum(weights * vals) / np.sum(weights))

    # 4. Themes; 5. groups and the index, requiring every child.
    score = {}
    for theme in themes:
        columns = [i for i, t in enumerate(theme_of) if t == theme]
        result = np.full(len(units), np.nan)
        for u in np.nonzero(member)[0]:
            available = [i for i in columns if not np.isnan(y[u, i])]
            if not available or weight[available].sum() / weight[columns].sum() < args.min_theme_weight:
                continue
            result[u] = combine(y[u, available], weight[available])
        score[theme] = result

    def node(name):
        if name in score:
            return score[name]
        kids = [node(child) for child in children.get(name, [])]
        w = np.array([node_weight.get(child, 1.0) for child in children.get(name, [])])
        result = np.full(len(units), np.nan)
        for u in range(len(units)):
            vals = np.array([kid[u] for kid in kids])
            if member[u] and not np.isnan(vals).any():
                result[u] = combine(vals, w)
        score[name] = result
        return result

    index = node(ROOT)
    for group in groups:
        node(group)

    # 6. Ranks: 1 is the best; ties share the lowest.
    rank = [None] * len(units)
    ranked = [u for u in range(len(units)) if not np.isnan(index[u])]
    for u in ranked:
        rank[u] = 1 + sum(1 for v in ranked if index[v] > index[u])

    stip = read(args.compare)
    problems = []
    if [row["area_code"] for row in stip] != units:
        problems.append("the areas differ in order or number")
    for u, row in enumerate(stip[:len(units)]):
        for name, column in [(t, f"theme:{t}") for t in themes] + [(g, f"group:{g}") for g in groups] + [(ROOT, "index")]:
            expected, got = score[name][u], row[column]
            if np.isnan(expected) != (got == ""):
                problems.append(f"{row['area_code']} {column}: numpy {expected}, Stip '{got}'")
            elif got != "" and abs(float(got) - expected) > 1e-9 * max(1.0, abs(expected)):
                problems.append(f"{row['area_code']} {column}: numpy {expected!r}, Stip {got}")
        if (row["rank"] or None) != (str(rank[u]) if rank[u] is not None else None):
            problems.append(f"{row['area_code']} rank: numpy {rank[u]}, Stip '{row['rank']}'")
    if problems:
        print(f"{len(problems)} differences, the first:\n" + "\n".join(problems[:20]))
        sys.exit(1)
    print(f"agree: {len(units)} areas, {len(themes)} themes, {len(groups)} groups, to 1e-9")


if __name__ == "__main__":
    main()
