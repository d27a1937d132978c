"""Writes small slices of a YAML file (a plan or a people-and-money file) as fuzz seeds into
a folder: the whole document with every list cut to its first item and every text to its start, and per top-level
list one variant that keeps more of that list, each at most MAX_BYTES (libFuzzer's -max_len).
Needs PyYAML; without it nothing is written (the script's caller still has the file itself).
Usage: fuzz_yaml_slice.py FILE MAX_BYTES FOLDER"""
import os
import sys

try:
    import yaml
except ImportError:
    sys.exit(0)


def cut(value, items, chars=40):
    """Lists to their first items, text to its first characters (the plan's prose is long)."""
    if isinstance(value, list):
        return [cut(v, items, chars) for v in value[:items]]
    if isinstance(value, dict):
        return {k: cut(v, items, chars) for k, v in value.items()}
    if isinstance(value, str):
        return value[:chars]
    return value


def write(folder, name, document, limit):
    text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=1000)
    if len(text.encode("utf-8")) <= limit:
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(text)
        return True
    return False


def main():
    path, limit, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(path, encoding="utf-8") as f:
        document = yaml.safe_load(f)
    base = os.path.splitext(os.path.basename(path))[0]
    write(folder, f"{base}-1.yaml", cut(document, 1), limit)
    if not isinstance(document, dict):
        return
    for key, value in document.items():
        if not isinstance(value, list):
            continue
        for items in (4, 3, 2):
            variant = {k: (cut(v, items) if k == key else cut(v, 1)) for k, v in document.items()}
            if write(folder, f"{base}-{key}.yaml", variant, limit):
                break


main()
