#!/usr/bin/env python3
"""Times the web workspace's pages as a visitor meets them.

Starts `housing-match serve` on a fresh copy of a scenario, asks each page
(the first visit, which starts the solve and waits for it, then a second
visit, which finds the answer kept), and prints one line per page with the
median of the runs. Loopback only.

    python3 Benchmarks/page_times.py --binary .build/release/housing-match \
        --scenario scenarios/utrecht-oost.yaml --runs 5 /woongroep/g1 /woonplek/s4
"""
import argparse, re, shutil, statistics, subprocess, tempfile, time, urllib.request, os

def fetch(url, cookie=None):
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=600) as response:
        body = response.read().decode()
    return time.perf_counter() - start, body

def until_done(base, path):
    """Seconds until the page shows its answer (a progress page reloads until then)."""
    start = time.perf_counter()
    while True:
        _, body = fetch(base + path)
        if 'data-job="' not in body:
            return time.perf_counter() - start
        time.sleep(0.1)

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/housing-match")
    parser.add_argument("--scenario", default="scenarios/utrecht-oost.yaml")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("paths", nargs="*", default=["/"])
    args = parser.parse_args()
    results = {path: {"first": [], "again": [], "answer": []} for path in args.paths}
    for _ in range(args.runs):
        folder = tempfile.mkdtemp(prefix="hm-pages-")
        shutil.copy(args.scenario, os.path.join(folder, "scenario" + os.path.splitext(args.scenario)[1]))
        server = subprocess.Popen([args.binary, "serve", folder, "--port", "0"], stdout=subprocess.PIPE, text=True)
        try:
            base = None
            for line in server.stdout:
                match = re.search(r"(http://\S+?)/?$", line.strip())
                if "Open in your browser" in line and match:
                    base = match.group(1)
                    break
            for path in args.paths:
                first, _ = fetch(base + path)
                results[path]["first"].append(first)
                results[path]["answer"].append(first + until_done(base, path))
                again, _ = fetch(base + path)
                results[path]["again"].append(again)
        finally:
            server.terminate()
            server.wait()
            shutil.rmtree(folder, ignore_errors=True)
    print(f"{'page':32} {'first response':>15} {'answer shown':>13} {'asked again':>12}  (median of {args.runs} runs, s)")
    for path, r in results.items():
        print(f"{path:32} {statistics.median(r['first']):15.3f} {statistics.median(r['answer']):13.3f} {statistics.median(r['again']):12.3f}")

if __name__ == "__main__":
    main()
