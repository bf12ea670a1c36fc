#!/usr/bin/env python3
"""Measure re-solves after a small change against cold solves of the changed scenario.

For every tier and seed this script generates a scenario (as compare.py
does), solves it, and makes five changed copies from its answer:

  site added          a copy of the first site under a new id;
  site removed        the site of the largest group that forms;
  capacity -1         the busiest provider (most clients) one place less;
  capacity below load the busiest provider one place below the clients it
                      serves, so the earlier match no longer meets the rules;
  capacity halved     the busiest provider at half its capacity.

Each changed scenario is solved cold (`housing-match solve`) and as a
re-solve (`housing-match compare BASE CHANGED...`, which hands the base's
solve to each variant). The times are the solves' own `totalSeconds` and
`solveSeconds`, one thread each. Where both are proven the two answers
must agree; a row says whether they do (two unproven answers may differ).

Writes resolve.csv and resolve.md into --out and prints the table.
Python 3.11, standard library only.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("compare", HERE / "compare.py")
compare = importlib.util.module_from_spec(_spec)
sys.modules["compare"] = compare
_spec.loader.exec_module(compare)

CHANGES = ["site added", "site removed", "capacity -1", "capacity below load", "capacity halved"]


def solve(binary: Path, scenario: Path, output: Path, limit: float) -> dict:
    command = [str(binary), "solve", str(scenario), "--threads", "1", "--time-limit", str(limit),
               "--format", "json", "--output", str(output)]
    output.unlink(missing_ok=True)
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if not output.exists():
        sys.exit(f"resolve.py: solve failed: {result.stderr.strip()}")
    return json.loads(output.read_text())


def changed_scenarios(scenario: dict, solution: dict) -> dict[str, dict]:
    """The five changes, made from the base's answer (see the module's docstring)."""
    def copy() -> dict:
        return json.loads(json.dumps(scenario))

    variants: dict[str, dict] = {}
    added = copy()
    site = dict(added["sites"][0], id="s-added")
    site["name"] = "Added site"
    added["sites"].append(site)
    variants["site added"] = added

    groups = solution.get("groups", [])
    if groups:
        largest = max(groups, key=lambda g: (len(g["members"]), g["id"]))
        removed = copy()
        removed["sites"] = [s for s in removed["sites"] if s["id"] != largest["site"]]
        variants["site removed"] = removed

    clients: dict[str, int] = {}
    for group in groups:
        for care in group.get("care", []):
            clients[care["provider"]] = clients.get(care["provider"], 0) + care["clients"]
    if clients:
        busiest = max(clients, key=lambda p: (clients[p], p))
        for name, capacity in [("capacity -1", lambda c: c - 1),
                               ("capacity below load", lambda c: clients[busiest] - 1),
                               ("capacity halved", lambda c: c // 2)]:
            variant = copy()
            for provider in variant["providers"]:
                if provider["id"] == busiest:
                    provider["capacity"] = max(0, capacity(provider["capacity"]))
            variants[name] = variant
    return variants


def same_answer(cold: dict, resolved: dict) -> bool:
    """Whether a cold solve and a re-solve (a comparison's outcome) agree on both objectives."""
    objective = cold.get("objective")
    if objective is None or resolved.get("housedPriority") is None:
        return objective is None and resolved.get("housedPriority") is None
    return (abs(objective["housed"] - resolved["housedPriority"]) <= 1e-6 * max(1, abs(objective["housed"]))
            and abs(objective["preference"] - resolved["preference"]) <= 1e-6 * max(1, abs(objective["preference"])))


def median_ratio(rows: list[dict]) -> str:
    """Re-solve over cold, where the cold solve is proven: an unproven one only measures the limit."""
    proven = [r["ratio"] for r in rows if r["cold_status"] == "optimal"]
    return f"{statistics.median(proven):.2f}" if proven else "n/a"


def agreement(rows: list[dict]) -> str:
    both = [r for r in rows if r["cold_status"] == "optimal" and r["resolve_status"] == "optimal"]
    if not both:
        return "none proven"
    return "yes" if all(r["same_answer"] for r in both) else "NO"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiers", default="regional", help="comma-separated tiers (default: %(default)s)")
    parser.add_argument("--seeds", default="1,2,3", help="comma-separated generator seeds (default: %(default)s)")
    parser.add_argument("--time-limit", type=float, default=60.0, help="seconds per solve (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=1, help="runs of each solve pair (default: %(default)s)")
    parser.add_argument("--changes", default=",".join(CHANGES),
                        help="comma-separated changes to make (default: all five)")
    parser.add_argument("--binary", type=Path, help="use this housing-match instead of building the release one")
    parser.add_argument("--out", type=Path, default=HERE / "results", help="folder for resolve.csv and resolve.md")
    args = parser.parse_args(argv)
    chosen_changes = args.changes.split(",")
    unknown = [c for c in chosen_changes if c not in CHANGES]
    if unknown:
        parser.error(f"unknown change {unknown[0]!r}; the changes are: {', '.join(CHANGES)}")
    binary = args.binary or compare.build_engine()
    args.out.mkdir(parents=True, exist_ok=True)

    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="resolve-") as folder:
        work = Path(folder)
        for tier_name in args.tiers.split(","):
            tier = compare.TIERS[tier_name]
            for seed in [int(s) for s in args.seeds.split(",")]:
                label = f"{tier.name} seed {seed}"
                base = work / f"{tier.name}-{seed}.json"
                compare.generate(binary, tier, seed, base)
                compare.log(f"{label}: base")
                base_solution = solve(binary, base, work / "base.sol.json", args.time_limit)
                variants = {name: variant for name, variant
                            in changed_scenarios(json.loads(base.read_text()), base_solution).items()
                            if name in chosen_changes}
                paths = {}
                for name, variant in variants.items():
                    paths[name] = work / f"{tier.name}-{seed}-{name.replace(' ', '-')}.json"
                    paths[name].write_text(json.dumps(variant))
                for run in range(1, args.runs + 1):
                    report_path = work / "compare.json"
                    compare.log(f"{label}: re-solves (run {run})")
                    subprocess.run([str(binary), "compare", str(base), *map(str, paths.values()), "--threads", "1",
                                    "--time-limit", str(args.time_limit), "--format", "json",
                                    "--output", str(report_path)],
                                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    report = json.loads(report_path.read_text())
                    resolved = {v["outcome"]["label"]: v["outcome"] for v in report["variants"]}
                    for name, path in paths.items():
                        compare.log(f"{label}: {name}, cold (run {run})")
                        cold = solve(binary, path, work / "cold.sol.json", args.time_limit)
                        warm = resolved[path.stem]
                        rows.append({
                            "tier": tier.name, "seed": seed, "run": run, "change": name,
                            "base_status": base_solution["status"],
                            "cold_status": cold["status"], "cold_seconds": round(cold["statistics"]["totalSeconds"], 3),
                            "resolve_status": warm["status"], "resolve_seconds": round(warm["solveSeconds"], 3),
                            "ratio": round(warm["solveSeconds"] / max(1e-9, cold["statistics"]["totalSeconds"]), 3),
                            # Only meaningful where both are proven: two unproven answers may differ.
                            "same_answer": same_answer(cold, warm),
                        })

    with open(args.out / "resolve.csv", "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0].keys()))
        writer.writeheader()
        writer.writerows(rows)

    lines = ["| tier | change | proven (cold / re-solve) | cold s | re-solve s | ratio where cold is proven "
             "| same answer where both proven |",
             "|---|---|---|---:|---:|---:|---|"]
    for tier_name in args.tiers.split(","):
        for change in CHANGES:
            chosen = [r for r in rows if r["tier"] == tier_name and r["change"] == change]
            if not chosen:
                continue
            proven = (f"{sum(r['cold_status'] == 'optimal' for r in chosen)}/{len(chosen)} / "
                      f"{sum(r['resolve_status'] == 'optimal' for r in chosen)}/{len(chosen)}")
            lines.append(f"| {tier_name} | {change} | {proven} | "
                         f"{statistics.median(r['cold_seconds'] for r in chosen):.2f} | "
                         f"{statistics.median(r['resolve_seconds'] for r in chosen):.2f} | "
                         f"{median_ratio(chosen)} | "
                         f"{agreement(chosen)} |")
    text = ("Re-solve after a small change against a cold solve of the changed scenario "
            f"(medians over seeds {args.seeds} and {args.runs} run(s); {args.time_limit:g} s limit; one thread).\n\n"
            + "\n".join(lines) + "\n")
    (args.out / "resolve.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
