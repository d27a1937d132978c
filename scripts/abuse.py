#!/usr/bin/env python3
"""What a visitor can do to a running Stip, measured (issue: accounts and abuse).

    scripts/abuse.py logins --url http://127.0.0.1:8080 [--concurrent 300]
    scripts/abuse.py focus  --url ... [--concurrent 20] [--addresses 1|20]
    scripts/abuse.py soak   --url ... --pid PID [--minutes 10] [--workers 8] [--csv FILE]

`logins` sends that many wrong-password requests at once (Basic on POST /api/v1/tokens,
unknown and known e-mails alike) while one reader asks a page that reads the database
(/middelen) over and over; it prints the reader's latencies before and during the flood.
`focus` sends anonymous focus selections with new seeds, all at once, and prints what each got
(200, 429, 503) and how long it took, with the reader's latencies meanwhile. Stip trusts
X-Forwarded-For from a local peer, so `--addresses 20` plays twenty visitors.
`soak` asks random monitor pages, profiles, comparisons, downloads, junk query strings and
focus selections for the given minutes and samples the server's resident memory every five
seconds (from /proc/PID/status); it prints the curve and writes it as CSV.
Only the standard library: it runs wherever Python 3 does.
"""
import argparse
import base64
import functools
import http.client
import multiprocessing
import random
import statistics
import threading
import time
import urllib.parse


def request(url, method="GET", path="/", headers=None, body=None, timeout=120):
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=timeout)
    started = time.perf_counter()
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        response.read()
        return response.status, time.perf_counter() - started, {name.lower(): value for name, value in response.getheaders()}
    except Exception as error:  # a refused or reset connection is a result too
        return type(error).__name__, time.perf_counter() - started, {}
    finally:
        connection.close()


class Reader(threading.Thread):
    """Asks one page again and again, recording each answer's time."""

    def __init__(self, url, path="/middelen", pause=0.02):
        super().__init__(daemon=True)
        self.url, self.path, self.pause = url, path, pause
        self.times, self.statuses, self.starts, self.running = [], [], [], True

    def run(self):
        while self.running:
            self.starts.append(time.perf_counter())
            status, seconds, _ = request(self.url, path=self.path)
            self.statuses.append(status)
            self.times.append(seconds)
            time.sleep(self.pause)

    def stop(self):
        self.running = False
        self.join()


def summary(times):
    if not times:
        return "no answers"
    ordered = sorted(times)
    p = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000
    slow = sum(1 for t in times if t > 0.1)
    return f"n={len(times)} p50={p(0.5):.1f} ms p99={p(0.99):.1f} ms max={ordered[-1] * 1000:.1f} ms, {slow} over 100 ms"


def baseline(url, seconds=5):
    reader = Reader(url)
    reader.start()
    time.sleep(seconds)
    reader.stop()
    return reader


def flood(count, work):
    """Runs `work` for 0..<count at once, in a process of its own, so that its threads do not
    hold up the reader's (Python runs one thread at a time per process)."""
    with multiprocessing.Pool(1) as pool:
        return pool.apply(flood_here, (count, work))


def flood_here(count, work):
    results = [None] * count
    barrier = threading.Barrier(count)

    def one(index):
        barrier.wait()
        results[index] = work(index)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def wrong_password(url, index):
    # Each from an address and for an e-mail of its own, so that every attempt passes the
    # throttle and reaches a bcrypt check: the worst case for the password pool.
    email = f"gast{index}@example.org" if index % 10 else f"beheerder{index}@zuid-limburg.nl"
    token = base64.b64encode(f"{email}:wrong password {index}".encode()).decode()
    headers = {"Authorization": f"Basic {token}", "Content-Type": "application/json", "X-Forwarded-For": f"10.9.{index // 250}.{index % 250 + 1}"}
    return request(url, "POST", "/api/v1/tokens", headers, b"{}")


def new_selection(url, region, addresses, base, index):
    path = f"/api/v1/monitor/focus?regio={region}&trekkingen=1000&zaad={base + index}"
    return request(url, path=path, headers={"X-Forwarded-For": f"198.51.100.{index % addresses + 1}"})


def logins(args):
    quiet = baseline(args.url)
    print(f"/middelen alone:               {summary(quiet.times)}")
    reader = Reader(args.url)
    reader.start()
    time.sleep(0.5)
    started = time.perf_counter()

    results = flood(args.concurrent, functools.partial(wrong_password, args.url))
    took = time.perf_counter() - started
    time.sleep(0.5)
    reader.stop()
    statuses = {}
    for status, _, _ in results:
        statuses[status] = statuses.get(status, 0) + 1
    print(f"{args.concurrent} wrong passwords at once: answered in {took:.1f} s, statuses {dict(sorted(statuses.items(), key=str))}")
    print(f"/middelen during the flood:    {summary(reader.times)} (statuses {set(reader.statuses)})")
    slow = [f"{start - started:+.2f} s: {seconds * 1000:.0f} ms" for start, seconds in zip(reader.starts, reader.times) if seconds > 0.1]
    if slow:
        print(f"  the slow ones, from the flood's start: {', '.join(slow)}")


def focus(args):
    quiet = baseline(args.url)
    print(f"/middelen alone:               {summary(quiet.times)}")
    reader = Reader(args.url)
    reader.start()
    time.sleep(0.5)
    ask = functools.partial(new_selection, args.url, args.region, args.addresses, random.randrange(1, 10**9))
    results = flood(args.concurrent, ask)
    reader.stop()
    by_status = {}
    for status, seconds, headers in results:
        by_status.setdefault(status, []).append(seconds)
    for status, times in sorted(by_status.items(), key=str):
        print(f"  {status}: {len(times)} answers, {min(times):.2f}-{max(times):.2f} s")
    retry = sorted({headers.get("retry-after") for status, _, headers in results if status in (429, 503)} - {None})
    print(f"  Retry-After given: {retry}")
    print(f"/middelen meanwhile:           {summary(reader.times)} (statuses {set(reader.statuses)})")


def resident_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def soak(args):
    levels = ["buurt", "wijk", "gemeente"]
    regions = ["zuid-limburg", "nl", "onbekend"]
    codes = ["BU09350000", "BU09170101", "WK093501", "GM0935", "GM0917", "BU19540000"]
    stop = time.time() + args.minutes * 60
    counts, lock = {}, threading.Lock()

    def one_query(rng):
        kind = rng.random()
        address = {"X-Forwarded-For": f"203.0.113.{rng.randrange(1, 250)}"}
        if kind < 0.35:
            query = {"niveau": rng.choice(levels), "regio": rng.choice(regions), "legenda": rng.choice(["kwantielen", "gelijk", "nl"])}
            return rng.choice(["/monitor", "/monitor.csv", "/monitor.svg", "/api/v1/monitor/areas"]) + "?" + urllib.parse.urlencode(query), address
        if kind < 0.55:
            return f"/monitor/gebieden/{rng.choice(codes)}", address
        if kind < 0.65:
            return "/monitor/vergelijk?gebieden=" + ",".join(rng.sample(codes, 3)), address
        if kind < 0.80:
            # Junk: parameters no page reads, each new.
            return f"/monitor?junk={rng.randrange(10**12)}&{rng.randrange(10**6)}=x", address
        seed = rng.randrange(1, 10**9)
        page = rng.choice(["/monitor/focus?bereken=1&", "/api/v1/monitor/focus?"])
        return f"{page}regio={rng.choice(regions)}&niveau={rng.choice(levels)}&trekkingen={rng.choice([100, 500, 1000])}&zaad={seed}", address

    def worker(index):
        rng = random.Random(index)
        while time.time() < stop:
            path, headers = one_query(rng)
            status, _, _ = request(args.url, path=path, headers=headers)
            with lock:
                counts[status] = counts.get(status, 0) + 1

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(args.workers)]
    start = time.time()
    curve = [(0.0, resident_mb(args.pid))]
    for thread in threads:
        thread.start()
    while time.time() < stop:
        time.sleep(5)
        curve.append((time.time() - start, resident_mb(args.pid)))
    for thread in threads:
        thread.join()
    curve.append((time.time() - start, resident_mb(args.pid)))
    if args.csv:
        with open(args.csv, "w") as out:
            out.write("seconds,resident_mb\n")
            for seconds, mb in curve:
                out.write(f"{seconds:.0f},{mb:.1f}\n")
    print(f"requests by status: {dict(sorted(counts.items(), key=str))}")
    print("minute  resident MB")
    for seconds, mb in curve:
        if int(seconds) % 60 < 5 or seconds == curve[-1][0]:
            print(f"{seconds / 60:6.1f}  {mb:8.1f}")
    print(f"peak {max(mb for _, mb in curve):.1f} MB, end {curve[-1][1]:.1f} MB")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["logins", "focus", "soak"])
    parser.add_argument("--url", default="http://127.0.0.1:8080")
    parser.add_argument("--concurrent", type=int)
    parser.add_argument("--addresses", type=int, default=1)
    parser.add_argument("--region", default="nl")
    parser.add_argument("--pid", type=int)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--csv")
    args = parser.parse_args()
    if args.mode == "logins":
        args.concurrent = args.concurrent or 300
        logins(args)
    elif args.mode == "focus":
        args.concurrent = args.concurrent or 20
        focus(args)
    else:
        if not args.pid:
            parser.error("soak needs --pid of the running stip")
        soak(args)


if __name__ == "__main__":
    main()
