#!/usr/bin/env python3
"""Concurrent editors against a running Stip (issue: one write path).

    scripts/editors.py --url http://127.0.0.1:8080 --editors 8 --edits 500 \
        --email regie@zuid-limburg.nl --password-file FILE

Each editor gets a token (Basic on POST /api/v1/tokens, one account), takes an action of its
own, and saves a new title on it `--edits` times through PUT /api/v1/actions/{id}, each time
with the version the previous save returned. A lost update shows as a 409; a save that did not
land shows when the final titles are read back. Prints edits per second in total and the
latency per edit (p50, p99), and exits non-zero when anything was lost or refused.
Only the standard library.
"""
import argparse
import base64
import http.client
import json
import concurrent.futures
import time
import urllib.parse


def connect(url):
    parts = urllib.parse.urlsplit(url)
    return http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=60)


def call(url, method, path, headers, body=None, connection=None):
    """One request; on a connection given, kept open for the next (as an API client or a
    browser does), otherwise on a connection of its own."""
    own = connection is None
    connection = connection or connect(url)
    try:
        connection.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        if own:
            connection.close()


def editor(job):
    """One editor, in a process of its own (so the client's editors do not queue on one
    interpreter lock): saves a new title `edits` times, each with the version the last save returned."""
    url, headers, action, edits, keep_alive = job
    connection = connect(url) if keep_alive else None
    status, body = call(url, "GET", f"/api/v1/actions/{action}", headers, connection=connection)
    version = json.loads(body)["version"]
    result = {"action": action, "latencies": [], "failure": None, "title": None, "started": time.time()}
    for edit in range(edits):
        title = f"Bewerking {edit} van {action}"
        started = time.perf_counter()
        status, body = call(url, "PUT", f"/api/v1/actions/{action}", headers, {"title": title, "version": version}, connection)
        result["latencies"].append(time.perf_counter() - started)
        if status != 200:
            result["failure"] = (action, edit, status, body[:200])
            break
        version = json.loads(body)["version"]
        result["title"] = title
    result["ended"] = time.time()
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8080")
    parser.add_argument("--editors", type=int, default=8)
    parser.add_argument("--edits", type=int, default=500)
    parser.add_argument("--email", required=True)
    parser.add_argument("--password-file", required=True)
    parser.add_argument("--new-connections", action="store_true",
                        help="a new connection per request (how the issue's first figure was measured)")
    args = parser.parse_args()
    password = open(args.password_file).read().strip()
    basic = base64.b64encode(f"{args.email}:{password}".encode()).decode()
    status, body = call(args.url, "POST", "/api/v1/tokens", {"Authorization": f"Basic {basic}"})
    if status != 201:
        raise SystemExit(f"no token: {status} {body[:200]}")
    token = json.loads(body)["token"]
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    status, body = call(args.url, "GET", "/api/v1/actions", headers)
    actions = [item["id"] for item in json.loads(body)["items"]][: args.editors]
    if len(actions) < args.editors:
        raise SystemExit(f"only {len(actions)} actions to edit")

    jobs = [(args.url, headers, action, args.edits, not args.new_connections) for action in actions]
    with concurrent.futures.ProcessPoolExecutor(max_workers=len(jobs)) as pool:
        results = list(pool.map(editor, jobs))
    took = max(result["ended"] for result in results) - min(result["started"] for result in results)
    latencies = [latency for result in results for latency in result["latencies"]]
    failures = [result["failure"] for result in results if result["failure"]]
    last_title = {result["action"]: result["title"] for result in results}
    lost = []
    for action in actions:
        status, body = call(args.url, "GET", f"/api/v1/actions/{action}", headers)
        if json.loads(body)["title"] != last_title.get(action):
            lost.append(action)
    ordered = sorted(latencies)
    p = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000
    print(f"{len(latencies)} edits by {args.editors} editors in {took:.1f} s: {len(latencies) / took:.0f} edits/s, "
          f"p50 {p(0.5):.1f} ms, p99 {p(0.99):.1f} ms, max {ordered[-1] * 1000:.1f} ms")
    print(f"refused: {len(failures)} {failures[:3]}; lost updates: {len(lost)} {lost}")
    raise SystemExit(1 if failures or lost else 0)


if __name__ == "__main__":
    main()
