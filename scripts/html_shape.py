#!/usr/bin/env python3
"""Prints the element tree of each HTML or SVG file in a folder, without its text: one line per
start or end tag, with the names of its attributes and, for attributes that hold a URL, the
scheme. Two renderings of one page with different user text must have the same shape; a payload
that opens an element or adds an attribute changes it. Python's own parser reads markup as a
browser's tokenizer does, so this is an independent check of Stip's encoding.

usage: html_shape.py FOLDER   (prints JSON: {file name: shape})"""
import json
import os
import sys
from html.parser import HTMLParser

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "poster"}


class Shape(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = []

    def _attributes(self, attrs):
        parts = []
        for name, value in sorted(attrs, key=lambda pair: pair[0]):
            if name in URL_ATTRIBUTES and value is not None:
                compact = "".join(c for c in value if ord(c) > 0x20).lower()
                scheme = compact.split(":", 1)[0] if ":" in compact and not any(c in compact.split(":", 1)[0] for c in "/?#") else ""
                parts.append(f"{name}={scheme}:")
            else:
                parts.append(name)
        return ",".join(parts)

    def handle_starttag(self, tag, attrs):
        self.lines.append(f"<{tag} {self._attributes(attrs)}>")

    def handle_startendtag(self, tag, attrs):
        self.lines.append(f"<{tag} {self._attributes(attrs)}/>")

    def handle_endtag(self, tag):
        self.lines.append(f"</{tag}>")

    def handle_decl(self, decl):
        self.lines.append(f"<!{decl.split()[0].lower()}>")

    def unknown_decl(self, data):
        self.lines.append("<![unknown]>")


def main():
    folder = sys.argv[1]
    shapes = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as handle:
            parser = Shape()
            parser.feed(handle.read())
            parser.close()
            shapes[name] = "\n".join(parser.lines)
    json.dump(shapes, sys.stdout)


if __name__ == "__main__":
    main()
