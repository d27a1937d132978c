#!/usr/bin/env python3
"""Validates an OpenAPI document with openapi-spec-validator: an independent check of Stip's /api/v1/openapi.json.

Usage: validate-openapi.py FILE. Exit 0 when valid, 1 with the reason when not, 77 when the validator is not installed.
"""
import json
import sys

try:
    from openapi_spec_validator import validate
except ImportError:
    print("openapi-spec-validator is not installed (pip install openapi-spec-validator)")
    sys.exit(77)

def refuse_duplicates(pairs):
    """A key written twice (two schemas with one name) would silently keep only the last."""
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"the key '{key}' occurs twice in one object")
        seen[key] = value
    return seen


with open(sys.argv[1], encoding="utf-8") as handle:
    try:
        document = json.load(handle, object_pairs_hook=refuse_duplicates)
    except ValueError as error:
        print(f"invalid OpenAPI document: {error}")
        sys.exit(1)
try:
    validate(document)
except Exception as error:  # the validator raises several kinds; each has a readable message
    print(f"invalid OpenAPI document: {error}")
    sys.exit(1)
print("valid")
