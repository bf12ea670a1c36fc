#!/usr/bin/env python3
"""Tests of compare.py's families and engine backends, and of targets.py's verdicts.

Run: python3 Benchmarks/test_families.py (standard library only; runs no solver).
"""
from __future__ import annotations

import csv
import importlib.util
import io
import sys
import tempfile
import unittest
import unittest.mock
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


compare = load("compare")
targets = load("targets")
Run = compare.Run


def engine(solver: str, family: str, tier: str, seed: int, wall: float, proven: bool = True,
           housed: float = 100.0, preference: float = 50.0, gap: float | None = None) -> "Run":
    return Run(solver, "engine", tier, seed, compare.TIERS[tier].seekers, stages="1+2", wall_seconds=wall,
               status="optimal" if proven else "feasible", proved_optimal=proven, housed_proven=proven,
               housed=housed, preference=preference, gap=gap, gap_stage="" if proven else "1", time_limit=20,
               family=family)


class FamiliesInCompare(unittest.TestCase):
    def test_family_round_trips_through_csv_and_old_files_read_as_spread(self):
        run = engine("engine", "care-heavy", "small", 1, 0.5)
        row = run.csv_row()
        self.assertEqual(row["family"], "care-heavy")
        self.assertEqual(Run.from_csv({k: str(v) for k, v in row.items()}).family, "care-heavy")
        del row["family"]
        self.assertEqual(Run.from_csv({k: str(v) for k, v in row.items()}).family, "spread")

    def test_arguments(self):
        args = compare.parse_arguments(["--families", "spread,care-heavy", "--engine-solvers", "glpk,cbc"])
        self.assertEqual(args.family_list, ["spread", "care-heavy"])
        self.assertEqual(args.engine_list, ["glpk", "cbc"])
        default = compare.parse_arguments([])
        self.assertEqual(default.family_list, ["spread"])
        self.assertEqual(default.engine_list, [None])
        with self.assertRaises(SystemExit), unittest.mock.patch("sys.stderr", io.StringIO()):
            compare.parse_arguments(["--families", "crowded"])

    def test_backends_disagreeing_is_a_mismatch_and_families_are_kept_apart(self):
        runs = [engine("engine-glpk", "spread", "small", 1, 0.5, housed=100),
                engine("engine-cbc", "spread", "small", 1, 0.4, housed=99),
                engine("engine-glpk", "care-heavy", "small", 1, 0.5, housed=40),
                engine("engine-cbc", "care-heavy", "small", 1, 0.4, housed=40)]
        warnings = compare.check_agreement(runs)
        self.assertEqual(len(warnings), 1)
        self.assertIn("family spread", warnings[0])
        self.assertEqual(runs[1].agreement, "MISMATCH")
        self.assertEqual(runs[3].agreement, "yes")

    def test_summary_has_a_row_per_family_and_backend(self):
        runs = [engine("engine-glpk", f, "small", 1, 0.5) for f in compare.FAMILIES] + \
               [engine("engine-cbc", f, "small", 1, 0.25) for f in compare.FAMILIES]
        compare.check_agreement(runs)
        text = compare.summary_markdown(runs, [compare.TIERS["small"]], [1], [], ["plain"], 20, [],
                                        compare.FAMILIES)
        self.assertIn("| care-heavy | small | 60 | engine-cbc | 0.25 s | yes |", text)
        self.assertIn("| spread | small | 60 | engine-glpk | 0.50 s | (reference) |", text)


class TargetVerdicts(unittest.TestCase):
    def test_interactive_proof_time_and_heuristic_and_commands(self):
        runs = [engine("engine", "spread", "interactive", s, w) for s, w in ((1, 0.5), (2, 0.8), (3, 3.0))] + \
               [engine("engine", "care-heavy", "interactive", s, 20, proven=False, gap=0.02) for s in (1, 2, 3)] + \
               [engine("engine", "spread", "small", s, 0.1, housed=50) for s in (1, 2, 3)]
        compare.check_agreement(runs)
        timed = [targets.Timed("explain --seeker", "spread", "interactive", s, w, "ok") for s, w in
                 ((1, 2.0), (2, 9.0), (3, 7.0))]
        timed += [targets.Timed(targets.HEURISTIC, "spread", "small", s, 0.2, "ok", housed=h)
                  for s, h in ((1, 49.0), (2, 50.0), (3, 48.0))]
        text = targets.report(runs, timed, ["spread", "care-heavy"], 20)
        spread, care = text.split("## Family `care-heavy`")
        self.assertIn("| interactive (300) | engine: both stages proven optimal in < 1 s | 0.80 s | met |", spread)
        self.assertIn("not met: not proven within the run's limit", care)
        self.assertIn("| `explain --seeker` in < 5 s | 7.00 s (of 3) | 2.00 s over (1.4×) |", spread)
        self.assertIn("worst gap 4.00%", spread)
        self.assertIn("1.00 points above 3 %", spread)
        self.assertIn("| regional (1,000) | within 1 % in 5 s; proven in < 10 s; ≥ 10× the fastest peer | | "
                      "not measured in this run |", spread)

    def test_heuristic_not_available(self):
        timed = [targets.Timed(targets.HEURISTIC, "spread", "small", 1, None, "not available")]
        text = targets.report([], timed, ["spread"], 20)
        self.assertIn("not available (`solve --heuristic-only` missing)", text)


if __name__ == "__main__":
    unittest.main()
