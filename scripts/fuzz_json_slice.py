"""Prints a small slice of a JSON file as a fuzz seed: every list cut to its first items,
every string to its first characters, until the text fits in the byte limit given.
With `page`, the result is shaped as an OData v3 answer `{"value": [...]}` (a saved
list of entries, or a saved object of rows keyed by area code, as the CBS API sends them).
Usage: fuzz_json_slice.py FILE MAX_BYTES [page]"""
import json
import sys


def cut(value, items, chars):
    if isinstance(value, list):
        return [cut(v, items, chars) for v in value[:items]]
    if isinstance(value, dict):
        return {k: cut(v, items, chars) for k, v in list(value.items())[:items * 4]}
    if isinstance(value, str):
        return value[:chars]
    return value


def main():
    path, limit = sys.argv[1], int(sys.argv[2])
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if len(sys.argv) > 3 and sys.argv[3] == "page":
        if isinstance(data, dict) and "value" not in data:
            data = [dict({"WijkenEnBuurten": code}, **row) for code, row in list(data.items())[:8]]
        if isinstance(data, list):
            data = {"odata.metadata": "https://opendata.cbs.nl/ODataApi/OData/85984NED/$metadata", "value": data}
    for items, chars in [(4, 80), (3, 40), (2, 20), (1, 12)]:
        text = json.dumps(cut(data, items, chars), ensure_ascii=False, indent=1)
        if len(text.encode("utf-8")) <= limit:
            break
    sys.stdout.write(text)


main()
