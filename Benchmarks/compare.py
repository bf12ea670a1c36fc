#!/usr/bin/env python3
"""Compare the HousingMatch engine with other MIP solvers on generated scenarios.

For every family, tier and seed this script generates a scenario with
`housing-match generate`, solves it end to end with `housing-match solve`
(once per backend with --engine-solvers),
and gives the same two-stage problem to GLPK's glpsol, HiGHS (highspy) and
CBC, each single-threaded, under the same time limit, in two views:

  plain         the straightforward one-to-one formulation of MODEL.md
                (`housing-match export --plain`), as a modeller would write it;
  engine-model  the engine's own programme (`housing-match export`).

A peer solves stage 1 (households housed); when it proves stage 1 optimal it
solves stage 2 (preference fit, with `keepHoused` set to the peer's own
stage-1 optimum) in the time that is left. Every solver runs as its own child
process, so the peak memory (ru_maxrss from os.wait4) is its own.

Writes runs.csv, summary.md and time-vs-seekers.svg into --out, prints the
summary on stdout and progress on stderr. Python 3.11, standard library and
highspy only.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import math
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


@dataclass(frozen=True)
class Tier:
    name: str
    seekers: int
    groups: int
    sites: int
    providers: int
    towns: int | None = None  # None: the generator's default
    regions: int = 1  # independent regions, as a national scenario has


TIERS = {tier.name: tier for tier in [
    Tier("small", 60, 6, 8, 3),
    Tier("interactive", 300, 25, 30, 6),
    Tier("regional", 1000, 60, 70, 10),
    Tier("stress", 3000, 150, 200, 15),
    Tier("national", 20000, 1000, 1200, 60, towns=240, regions=12),
]}
DEFAULT_TIERS = ["small", "interactive", "regional", "stress"]
PEERS = ["glpsol", "highs", "cbc"]
VIEWS = ["plain", "engine-model"]
ENGINE = "engine"
# Generator families (`housing-match generate --family`); the first is the default.
FAMILIES = ["spread", "care-heavy"]
DEFAULT_FAMILY = FAMILIES[0]
# Backends of the engine (`housing-match solve --solver`).
ENGINE_SOLVERS = ["glpk", "cbc", "auto"]


def engine_name(backend: str | None) -> str:
    """The solver column of an engine run: "engine" on its default backend, else "engine-cbc" and so on."""
    return ENGINE if backend is None else f"{ENGINE}-{backend}"


def is_engine(solver: str) -> bool:
    return solver == ENGINE or solver.startswith(ENGINE + "-")
# Relative tolerance of objective agreement.
AGREEMENT_TOLERANCE = 1e-6


def model_label(view: str) -> str:
    return "the plain model" if view == "plain" else "the engine's model"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------
# Setup: solvers, highspy, the housing-match binary
# --------------------------------------------------------------------------

def apt_install(package: str) -> None:
    prefix = [] if os.geteuid() == 0 else ["sudo"]
    command = prefix + ["apt-get", "install", "-y", package]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    log(f"setup: {' '.join(command)}")
    if subprocess.run(command, env=env, stdout=subprocess.DEVNULL).returncode == 0:
        return
    log("setup: install failed; running apt-get update and trying again")
    subprocess.run(prefix + ["apt-get", "update"], env=env, stdout=subprocess.DEVNULL)
    if subprocess.run(command, env=env, stdout=subprocess.DEVNULL).returncode != 0:
        sys.exit(f"compare.py: could not install {package}; install it, or leave its solver out with --solvers")


def ensure_tools(peers: list[str]) -> None:
    if "glpsol" in peers and shutil.which("glpsol") is None:
        apt_install("glpk-utils")
    if "cbc" in peers and shutil.which("cbc") is None:
        apt_install("coinor-cbc")
    if "highs" in peers and importlib.util.find_spec("highspy") is None:
        log(f"setup: {sys.executable} -m pip install highspy")
        if subprocess.run([sys.executable, "-m", "pip", "install", "highspy"]).returncode != 0:
            sys.exit("compare.py: pip could not install highspy; run the script from a virtual environment "
                     "that has it, or leave HiGHS out with --solvers glpsol,cbc")


def generate(binary: Path, tier: Tier, seed: int, output: Path, family: str = DEFAULT_FAMILY) -> None:
    """Writes the tier's generated scenario of `family` for `seed` to `output`."""
    command = [str(binary), "generate", "--seekers", str(tier.seekers), "--groups", str(tier.groups),
               "--sites", str(tier.sites), "--providers", str(tier.providers), "--seed", str(seed),
               "--output", str(output)]
    if tier.towns:
        command += ["--towns", str(tier.towns)]
    if tier.regions > 1:
        command += ["--regions", str(tier.regions)]
    if family != DEFAULT_FAMILY:  # the default family needs no option, so older binaries still work
        command += ["--family", family]
    generated = subprocess.run(command, stderr=subprocess.PIPE, text=True)
    if generated.returncode != 0:
        sys.exit(f"{Path(sys.argv[0]).name}: generate failed: {generated.stderr.strip()}")


def build_engine() -> Path:
    command = ["swift", "build", "-c", "release", "--product", "housing-match"]
    log(f"setup: {' '.join(command)} (in {REPO})")
    result = subprocess.run(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:])
        sys.exit("compare.py: building housing-match failed")
    binary = REPO / ".build" / "release" / "housing-match"
    if not binary.exists():
        sys.exit(f"compare.py: {binary} missing after the build")
    return binary


# --------------------------------------------------------------------------
# Child processes with their own peak memory
# --------------------------------------------------------------------------

@dataclass
class Child:
    returncode: int
    wall: float
    maxrss_kib: int
    stdout: str
    stderr: str
    interrupted: bool  # stopped by us after its time limit plus grace


# Linux counts the address space a process had before exec in its ru_maxrss, so
# a solver started straight from this script would inherit this script's
# resident set as a floor. A minimal launcher (python -S -I, about 5 MiB)
# forks the solver, takes the solver's own ru_maxrss from os.wait4 and writes
# it to a file; it ignores SIGINT so that it outlives an interrupted solver.
LAUNCHER = r"""
import os, signal, sys
signal.signal(signal.SIGINT, signal.SIG_IGN)
pid = os.fork()
if pid == 0:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    try:
        os.execvp(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as report:
    report.write(str(usage.ru_maxrss))
code = os.waitstatus_to_exitcode(status)
sys.exit(code if code >= 0 else 128 - code)
"""


def run_child(command: list[str], deadline: float | None) -> Child:
    """Runs a command; after `deadline` seconds sends SIGINT, 10 s later SIGKILL.

    The peak resident memory is the command's own `ru_maxrss` (os.wait4, KiB).
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", suffix=".maxrss") as maxrss:
        start = time.monotonic()
        process = subprocess.Popen([sys.executable, "-S", "-I", "-c", LAUNCHER, maxrss.name] + command,
                                   stdout=out, stderr=err, stdin=subprocess.DEVNULL, start_new_session=True)
        interrupted = threading.Event()
        done = threading.Event()

        def stop() -> None:
            # SIGINT lets housing-match and CBC stop with their best so far (the launcher ignores it);
            # then SIGKILL the solver, so that the launcher still reports its peak memory; then all.
            interrupted.set()
            steps = ((lambda: os.killpg(process.pid, signal.SIGINT), 10.0),
                     (lambda: [os.kill(pid, signal.SIGKILL) for pid in group_members(process.pid)
                               if pid != process.pid], 5.0),
                     (lambda: os.killpg(process.pid, signal.SIGKILL), 0.0))
            for action, pause in steps:
                if done.is_set():
                    return
                try:
                    action()
                except ProcessLookupError:
                    pass
                if done.wait(pause):
                    return

        timer = threading.Timer(deadline, stop) if deadline is not None else None
        if timer:
            timer.daemon = True
            timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.monotonic() - start
        done.set()
        if timer:
            timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        reported = maxrss.read().strip()
        out.seek(0)
        err.seek(0)
        return Child(process.returncode, wall, int(reported) if reported.isdigit() else usage.ru_maxrss,
                     out.read().decode(errors="replace"), err.read().decode(errors="replace"),
                     interrupted.is_set())


def group_members(group: int) -> list[int]:
    """The processes of a process group (Linux /proc)."""
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                stat = handle.read()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # state, ppid, pgrp, ...
        if int(fields[2]) == group:
            members.append(int(entry))
    return members


def grace(limit: float) -> float:
    """How long past its own limit a child may run before we stop it."""
    return max(5.0, 0.25 * limit)


def tail(text: str, lines: int = 3) -> str:
    return " | ".join(line.strip() for line in text.strip().splitlines()[-lines:])


def failure(name: str, child: "Child", text: str) -> str:
    """A short note on why a child failed: its assertion or error line, else its last lines."""
    if child.interrupted:
        return f"{name} did not stop at its time limit; stopped by compare.py after {child.wall:.0f} s"
    code = child.returncode
    how = f"crashed with signal {code - 128}" if code > 128 else f"exit {code}"
    for pattern in (r"[^\n]*Assertion[^\n]*failed[^\n]*", r"terminate called[^\n]*", r"Segmentation fault[^\n]*",
                    r"[^\n]*[Ee]rror[^\n]*"):
        if m := re.search(pattern, text):
            line = m.group(0).strip()
            return f"{name} {how}: {line[-200:]}"
    return f"{name} {how}: {tail(text)[-200:]}"


# --------------------------------------------------------------------------
# One stage of a peer
# --------------------------------------------------------------------------

@dataclass
class Stage:
    status: str                   # optimal, limit, infeasible, error
    objective: float | None       # as in the MPS file (minimisation)
    bound: float | None = None    # the solver's own bound, same sense
    gap: float | None = None      # relative, from the solver's bound
    wall: float = 0.0
    maxrss_kib: int = 0
    note: str = ""


def relative_gap(objective: float | None, bound: float | None) -> float | None:
    if objective is None or bound is None or not math.isfinite(bound):
        return None
    return abs(objective - bound) / max(abs(objective), 1e-9)


def parse_float(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value


GLPSOL_PROGRESS = re.compile(
    r"^\+\s*\d+:\s+(?:mip =|>>>>>)\s+(not found yet|\S+)\s+(?:>=|<=)\s+(tree is empty|\S+)\s+(.*?)\s*\(\d+; \d+\)\s*$")


def run_glpsol(mps: Path, limit: float, work: Path) -> Stage:
    out = work / (mps.stem + ".glpsol.txt")
    seconds = max(1, int(limit))  # glpsol takes whole seconds
    child = run_child(["glpsol", "--freemps", str(mps), "--tmlim", str(seconds), "-o", str(out)],
                      limit + grace(limit))
    text = child.stdout
    incumbent = bound = None
    logged_gap = None
    for line in text.splitlines():
        match = GLPSOL_PROGRESS.match(line)
        if not match:
            continue
        incumbent = parse_float(match.group(1))
        bound = incumbent if match.group(2) == "tree is empty" else parse_float(match.group(2))
        gap_text = match.group(3).strip()
        logged_gap = parse_float(gap_text.rstrip("%").lstrip("< ")) if gap_text.endswith("%") else None
    file_status = objective = None
    if out.exists():
        report = out.read_text(errors="replace")
        if m := re.search(r"^Status:\s+(.*)$", report, re.M):
            file_status = m.group(1).strip()
        if m := re.search(r"^Objective:\s+\S+ = (\S+)", report, re.M):
            objective = parse_float(m.group(1))
    stage = Stage("error", None, wall=child.wall, maxrss_kib=child.maxrss_kib)
    if "INTEGER OPTIMAL SOLUTION FOUND" in text or file_status == "INTEGER OPTIMAL":
        objective = objective if objective is not None else incumbent
        stage.status, stage.objective, stage.bound, stage.gap = "optimal", objective, objective, 0.0
    elif "NO PRIMAL FEASIBLE SOLUTION" in text or "NO INTEGER FEASIBLE SOLUTION" in text \
            or file_status == "INTEGER EMPTY":
        stage.status = "infeasible"
    elif "TIME LIMIT EXCEEDED" in text or child.interrupted:
        stage.status = "limit"
        if file_status == "INTEGER NON-OPTIMAL":
            stage.objective = objective
        elif incumbent is not None:
            stage.objective = incumbent
        stage.bound = bound
        stage.gap = relative_gap(stage.objective, bound)
        if stage.gap is None and logged_gap is not None and stage.objective is not None:
            stage.gap = logged_gap / 100
        if child.interrupted:
            stage.note = failure("glpsol", child, "")
    else:
        stage.note = failure("glpsol", child, child.stderr + "\n" + text)
    return stage


HIGHS_CHILD = r"""
import json, sys
import highspy
path, limit = sys.argv[1], float(sys.argv[2])
h = highspy.Highs()
for name, value in (("output_flag", False), ("threads", 1), ("time_limit", limit), ("mip_rel_gap", 0.0)):
    h.setOptionValue(name, value)
if h.readModel(path) == highspy.HighsStatus.kError:
    print(json.dumps({"status": "read error"}))
    sys.exit(0)
h.run()
info = h.getInfo()
has_solution = info.primal_solution_status == 2  # kSolutionStatusFeasible
print(json.dumps({
    "status": h.modelStatusToString(h.getModelStatus()),
    "objective": info.objective_function_value if has_solution else None,
    "bound": info.mip_dual_bound,
    "gap": info.mip_gap,
    "seconds": h.getRunTime(),
}))
"""


def run_highs(mps: Path, limit: float, work: Path) -> Stage:
    child = run_child([sys.executable, "-c", HIGHS_CHILD, str(mps), repr(float(limit))], limit + grace(limit))
    stage = Stage("error", None, wall=child.wall, maxrss_kib=child.maxrss_kib)
    try:
        report = json.loads(child.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        stage.status = "limit" if child.interrupted else "error"
        stage.note = failure("HiGHS", child, child.stderr)
        return stage
    status = report["status"]
    objective = report.get("objective")
    bound = report.get("bound")
    bound = bound if isinstance(bound, (int, float)) and math.isfinite(bound) else None
    if status == "Optimal":
        stage.status, stage.objective, stage.bound, stage.gap = "optimal", objective, bound, 0.0
    elif status in ("Infeasible", "Primal infeasible or unbounded"):
        stage.status = "infeasible"
    elif status in ("Time limit reached", "Interrupted by user"):
        stage.status, stage.objective, stage.bound = "limit", objective, bound
        stage.gap = relative_gap(objective, bound)
        if stage.gap is None and objective is not None and math.isfinite(report.get("gap") or math.inf):
            stage.gap = report["gap"]
    else:
        stage.note = f"HiGHS: {status}"
    return stage


def run_cbc(mps: Path, limit: float, work: Path) -> Stage:
    solution = work / (mps.stem + ".cbc.sol")
    solution.unlink(missing_ok=True)
    child = run_child(["cbc", str(mps), "-timeMode", "elapsed", "-sec", f"{limit:g}", "-threads", "1",
                       "-ratioGap", "0", "-solve", "-solu", str(solution)], limit + grace(limit))
    text = child.stdout
    stage = Stage("error", None, wall=child.wall, maxrss_kib=child.maxrss_kib)
    result = m.group(1).strip() if (m := re.search(r"^Result - (.*)$", text, re.M)) else ""
    objective = parse_float(m.group(1)) if (m := re.search(r"^Objective value:\s+(\S+)", text, re.M)) else None
    bound = parse_float(m.group(1)) if (m := re.search(r"^Lower bound:\s+(\S+)", text, re.M)) else None
    logged_gap = parse_float(m.group(1)) if (m := re.search(r"^Gap:\s+(\S+)", text, re.M)) else None
    first_line = ""
    if solution.exists():
        first_line = (solution.read_text(errors="replace").splitlines() or [""])[0]
        if objective is None and "no integer solution" not in first_line:
            if m := re.search(r"objective value\s+(\S+)", first_line):
                objective = parse_float(m.group(1))
    if "No feasible solution found" in text or "no integer solution" in first_line:
        objective = None
    if result.startswith("Optimal solution found") or first_line.startswith("Optimal"):
        stage.status, stage.objective, stage.bound, stage.gap = "optimal", objective, objective, 0.0
    elif "infeasible" in result.lower() or first_line.startswith("Infeasible"):
        stage.status = "infeasible"
    elif result.startswith("Stopped on time") or first_line.startswith("Stopped on time") or child.interrupted:
        stage.status, stage.objective, stage.bound = "limit", objective, bound
        stage.gap = relative_gap(objective, bound)
        if stage.gap is None and objective is not None and logged_gap is not None:
            stage.gap = logged_gap
        if child.interrupted:
            stage.note = failure("cbc", child, "")
    else:
        stage.note = failure("cbc", child, child.stderr + "\n" + text)
    return stage


PEER_RUNNERS = {"glpsol": run_glpsol, "highs": run_highs, "cbc": run_cbc}


# --------------------------------------------------------------------------
# MPS files as housing-match export writes them
# --------------------------------------------------------------------------

@dataclass
class MPSHeader:
    """What the comment lines at the top of an exported MPS file say about its objective."""
    negated: bool     # a maximisation written as the minimisation of its negation
    constant: float   # the objective constant the file leaves out

    @staticmethod
    def read(path: Path) -> "MPSHeader":
        negated, constant = False, 0.0
        with open(path) as handle:
            for line in handle:
                if not line.startswith("*"):
                    break
                if "objective negated" in line:
                    negated = True
                if m := re.match(r"\*\s*objective constant (\S+) not written", line):
                    constant = float(m.group(1))
        return MPSHeader(negated, constant)

    def model_value(self, file_value: float | None) -> float | None:
        """The model's objective (maximised, with its constant) from a solver's value for the file."""
        if file_value is None:
            return None
        return self.constant - file_value if self.negated else file_value + self.constant


def set_keep_housed(source: Path, target: Path, terms_value: float) -> None:
    """Copies a stage-2 MPS file with the row keepHoused at least `terms_value` - 1e-6.

    keepHoused is written as `G` over the terms of stage 1's objective, whose
    constant moved to the right-hand side; `terms_value` is the value of those
    terms at the peer's own stage-1 optimum.
    """
    lines = source.read_text().splitlines()
    value = terms_value - 1e-6
    section = None
    row_type = None
    replaced = False
    out: list[str] = []
    for line in lines:
        if line and not line[0].isspace() and not line.startswith("*"):
            if section == "RHS" and not replaced:  # leaving RHS without an entry for the row (it was 0)
                out.append(f"    RHS  keepHoused  {value!r}")
                replaced = True
            section = line.split()[0]
            if section in ("RANGES", "BOUNDS", "ENDATA") and not replaced:
                out += ["RHS", f"    RHS  keepHoused  {value!r}"]
                replaced = True
            out.append(line)
            continue
        tokens = line.split()
        if section == "ROWS" and len(tokens) == 2 and tokens[1] == "keepHoused":
            row_type = tokens[0]
        if section == "RHS" and len(tokens) == 3 and tokens[1] == "keepHoused":
            line = f"    {tokens[0]}  keepHoused  {value!r}"
            replaced = True
        out.append(line)
    if row_type != "G":
        raise ValueError(f"{source}: no row keepHoused of type G (found {row_type})")
    target.write_text("\n".join(out) + "\n")


# --------------------------------------------------------------------------
# Runs
# --------------------------------------------------------------------------

@dataclass
class Run:
    solver: str
    view: str
    tier: str
    seed: int
    seekers: int
    stages: str = ""
    wall_seconds: float | None = None
    stage1_seconds: float | None = None
    stage2_seconds: float | None = None
    status: str = ""
    proved_optimal: bool = False
    housed_proven: bool = False  # stage 1 proven optimal
    housed: float | None = None
    preference: float | None = None
    gap: float | None = None
    gap_stage: str = ""
    peak_mib: float | None = None
    agreement: str = "n/a"
    time_limit: float | None = None
    note: str = ""
    family: str = DEFAULT_FAMILY
    # The engine's own record (statistics in its JSON): when stage 1 first had
    # a match, and when that match first came within 1 % of its bound.
    first_match_seconds: float | None = None
    within_1pct_seconds: float | None = None

    CSV_FIELDS = ["solver", "view", "family", "tier", "seed", "seekers", "stages", "wall_seconds", "stage1_seconds",
                  "stage2_seconds", "status", "proved_optimal", "stage1_optimal", "housed", "preference", "gap",
                  "gap_stage", "peak_mib", "agreement", "time_limit", "note", "first_match_seconds",
                  "within_1pct_seconds"]
    FLOATS = ("wall_seconds", "stage1_seconds", "stage2_seconds", "housed", "preference", "gap", "peak_mib",
              "time_limit", "first_match_seconds", "within_1pct_seconds")

    def csv_row(self) -> dict:
        row = {name: getattr(self, name) for name in self.CSV_FIELDS if name != "stage1_optimal"}
        row["proved_optimal"] = "yes" if self.proved_optimal else "no"
        row["stage1_optimal"] = "yes" if self.housed_proven else "no"
        for name in ("wall_seconds", "stage1_seconds", "stage2_seconds", "peak_mib", "first_match_seconds",
                     "within_1pct_seconds"):
            row[name] = "" if row[name] is None else f"{row[name]:.4f}"
        for name in ("housed", "preference"):
            row[name] = "" if row[name] is None else f"{row[name]:.12g}"
        row["gap"] = "" if self.gap is None else f"{self.gap:.8f}"
        row["time_limit"] = "" if self.time_limit is None else f"{self.time_limit:g}"
        return row

    @staticmethod
    def from_csv(row: dict) -> "Run":
        values: dict = {}
        for name in Run.CSV_FIELDS:
            text = row.get(name, "")
            if name == "stage1_optimal":
                values["housed_proven"] = text == "yes"
            elif name == "proved_optimal":
                values[name] = text == "yes"
            elif name in ("seed", "seekers"):
                values[name] = int(text)
            elif name in Run.FLOATS:
                values[name] = float(text) if text else None
            elif name == "family":
                values[name] = text or DEFAULT_FAMILY  # runs.csv from before families
            else:
                values[name] = text
        return Run(**values)


def run_engine(binary: Path, scenario: Path, tier: Tier, seed: int, limit: float,
               family: str = DEFAULT_FAMILY, backend: str | None = None) -> Run:
    """The engine end to end; on its default backend, or with `--solver backend`."""
    run = Run(engine_name(backend), "engine", tier.name, seed, tier.seekers, stages="1+2", time_limit=limit,
              family=family)
    command = [str(binary), "solve", str(scenario), "--format", "json", "--time-limit", f"{limit:g}",
               "--threads", "1"]
    if backend is not None:
        command += ["--solver", backend]
    child = run_child(command, limit + grace(limit))
    run.wall_seconds = child.wall
    run.peak_mib = child.maxrss_kib / 1024
    try:
        result = json.loads(child.stdout)
    except json.JSONDecodeError:
        run.status = "error"
        run.note = f"exit {child.returncode}: {tail(child.stderr)}" + (" (stopped past its limit)"
                                                                        if child.interrupted else "")
        return run
    run.status = result.get("status", "?")
    objective = result.get("objective") or {}
    run.housed = objective.get("housed")
    run.preference = objective.get("preference")
    stats = result.get("statistics") or {}
    stage_seconds = stats.get("stageSeconds") or []
    if stage_seconds:
        run.stage1_seconds = stage_seconds[0]
    if len(stage_seconds) > 1:
        run.stage2_seconds = stage_seconds[1]
    run.stages = "+".join(str(i + 1) for i in range(len(stage_seconds))) or "1"
    run.first_match_seconds = stats.get("firstMatchSeconds")
    run.within_1pct_seconds = stats.get("withinOnePercentSeconds")
    run.proved_optimal = run.status == "optimal"
    bound = stats.get("housedBound")
    run.housed_proven = run.proved_optimal or (
        run.housed is not None and bound is not None and abs(bound - run.housed) <= 1e-6 * max(1, abs(bound)))
    if not run.proved_optimal and run.housed is not None:
        if not run.housed_proven:
            run.gap = relative_gap(run.housed, bound)
            run.gap_stage = "1"
        else:
            run.gap_stage = "2"
            fit_bound = stats.get("preferenceBound")
            if run.preference is not None and fit_bound is not None:
                run.gap = relative_gap(run.preference, fit_bound)
            else:
                run.note = "stage 2 not proven (its bound is not reported)"
    if child.interrupted:
        run.note = (run.note + "; " if run.note else "") + "stopped by compare.py past its limit"
    return run


class Exports:
    """MPS files of a scenario, written on first use (export time is not counted).

    Exporting stage 2 solves stage 1 with the engine to find the value that
    keepHoused keeps (the peers replace it with their own optimum). It gets
    the time limit when the engine's own run found a match, else
    `export_limit`; a failure to find one is remembered for both views.
    """

    def __init__(self, binary: Path, scenario: Path, work: Path, limit: float, export_limit: float,
                 engine_found_match: bool, keep: bool):
        self.binary, self.scenario, self.work, self.keep = binary, scenario, work, keep
        self.limits = [limit, export_limit] if engine_found_match else [export_limit]
        self.files: dict[tuple[str, int], Path | None] = {}
        self.errors: dict[tuple[str, int], str] = {}
        self.no_stage_one_match: str | None = None

    def get(self, view: str, stage: int) -> Path | None:
        key = (view, stage)
        if key in self.files:
            return self.files[key]
        self.files[key] = None
        if stage == 2 and self.no_stage_one_match:
            self.errors[key] = self.no_stage_one_match
            return None
        path = self.work / f"{self.scenario.stem}.{view}.stage{stage}.mps"
        command = [str(self.binary), "export", str(self.scenario), "--stage", str(stage), "--mps", str(path)]
        if view == "plain":
            command.append("--plain")
        if stage == 2:
            # Peers replace keepHoused with their own stage-1 optimum, so the engine
            # need not solve stage 1 here: any value will do.
            command += ["--housed", "0"]
        for limit in [None]:
            log(f"    export {view} stage {stage}"
                + (f" (the engine solves stage 1 first, limited to {limit:g} s)" if limit else ""))
            child = run_child(command + (["--time-limit", f"{limit:g}"] if limit else []), None)
            if child.returncode == 0 and path.exists():
                self.files[key] = path
                return path
            self.errors[key] = f"no stage-{stage} model: export failed: {tail(child.stderr, 1)}"
            if stage == 2 and "without a match" in child.stderr:
                self.no_stage_one_match = self.errors[key]
        return None


def model_stage(stage: Stage, header: MPSHeader) -> tuple[float | None, float | None]:
    """A stage's objective in the model's own sense, and its relative gap."""
    objective = header.model_value(stage.objective)
    bound = header.model_value(stage.bound)
    gap = stage.gap
    if stage.status == "limit" and objective is not None and bound is not None:
        gap = relative_gap(objective, bound)
    return objective, gap


def run_peer(peer: str, view: str, exports: Exports, tier: Tier, seed: int, limit: float, work: Path,
             family: str = DEFAULT_FAMILY) -> Run:
    runner = PEER_RUNNERS[peer]
    run = Run(peer, view, tier.name, seed, tier.seekers, stages="1", time_limit=limit, family=family)
    first_file = exports.get(view, 1)
    if first_file is None:
        run.status, run.note = "error", exports.errors[(view, 1)]
        return run
    first_header = MPSHeader.read(first_file)
    first = runner(first_file, limit, work)
    run.stage1_seconds = first.wall
    run.wall_seconds = first.wall
    run.peak_mib = first.maxrss_kib / 1024
    notes = [first.note] if first.note else []
    run.housed, first_gap = model_stage(first, first_header)
    run.housed_proven = first.status == "optimal"
    run.status = {"optimal": "stage 1 optimal", "limit": "feasible" if first.objective is not None
                  else "noSolution"}.get(first.status, first.status)
    if first.status == "limit":
        run.gap, run.gap_stage = first_gap, "1"
    if first.status == "optimal":
        remaining = limit - first.wall
        second_source = exports.get(view, 2) if remaining > 0 else None
        if remaining <= 0:
            run.gap_stage = "2"
            notes.append("no time left for stage 2")
        elif second_source is None:
            run.gap_stage = "2"
            notes.append(exports.errors[(view, 2)])
        elif first.objective is None:
            run.status = "error"
            notes.append("stage 1 optimal without a value")
        else:
            second_file = work / f"{second_source.stem}.{peer}.mps"
            set_keep_housed(second_source, second_file,
                            -first.objective if first_header.negated else first.objective)
            second = runner(second_file, remaining, work)
            run.stages = "1+2"
            run.stage2_seconds = second.wall
            run.wall_seconds = first.wall + second.wall
            run.peak_mib = max(first.maxrss_kib, second.maxrss_kib) / 1024
            if second.note:
                notes.append(second.note)
            run.preference, second_gap = model_stage(second, MPSHeader.read(second_file))
            if second.status == "optimal":
                run.status, run.proved_optimal, run.gap = "optimal", True, 0.0
            elif second.status == "limit":
                run.status, run.gap, run.gap_stage = "feasible", second_gap, "2"
            elif second.status == "infeasible":
                run.status = "error"
                notes.append("stage 2 infeasible although stage 1 was solved")
            else:
                run.status = "error"
            if not exports.keep:
                second_file.unlink(missing_ok=True)
    run.note = "; ".join(notes)
    return run


def family_order(family: str) -> tuple[int, str]:
    return (FAMILIES.index(family) if family in FAMILIES else len(FAMILIES), family)


def run_label(run: Run) -> str:
    return run.solver if is_engine(run.solver) else f"{run.solver} on {model_label(run.view)}"


def agree(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= AGREEMENT_TOLERANCE * max(1.0, abs(a), abs(b))


def check_agreement(runs: list[Run]) -> list[str]:
    """Checks the objectives of every family, tier and seed; marks the runs and returns warnings.

    Housed is compared among the runs that proved stage 1 optimal, preference
    among those that proved both stages; the reference is the engine (its
    first backend) when it proved the stage, else the first other run that
    did. An engine run on another backend is checked like a peer.
    """
    warnings = []
    order = lambda k: (family_order(k[0]), list(TIERS).index(k[1]), k[2])
    for key in sorted({(r.family, r.tier, r.seed) for r in runs}, key=order):
        group = [r for r in runs if (r.family, r.tier, r.seed) == key]
        engine = next((r for r in group if is_engine(r.solver)), None)
        if engine:
            engine.agreement = "(reference)"
        checked: dict[int, tuple[str, bool]] = {}  # id(run) -> (what was compared, against the engine)
        for what, proven in (("housed", lambda r: r.housed_proven), ("preference", lambda r: r.proved_optimal)):
            candidates = [r for r in group if proven(r)]
            if len(candidates) < 2:
                continue
            reference = engine if engine in candidates else candidates[0]
            for run in candidates:
                if run is reference or run is engine:
                    continue
                mine, theirs = getattr(run, what), getattr(reference, what)
                checked[id(run)] = (what, reference is engine)
                if reference is not engine:
                    checked[id(reference)] = (what, False)
                if not agree(mine, theirs):
                    message = (f"OBJECTIVE DISAGREEMENT: family {key[0]} tier {key[1]} seed {key[2]}: {what} "
                               f"{mine!r} from {run_label(run)}, {theirs!r} from "
                               + ("the engine" if reference is engine else run_label(reference)))
                    warnings.append(message)
                    for marked in (run, reference):
                        marked.agreement = "MISMATCH"
                        marked.note = "; ".join(filter(None, [marked.note, message]))
        for run in group:
            if run is engine or run.agreement == "MISMATCH" or id(run) not in checked:
                continue
            what, against_engine = checked[id(run)]
            run.agreement = ("yes" if what == "preference" else "housed only") + (
                "" if against_engine else " (among peers)")
    return warnings


# --------------------------------------------------------------------------
# Summary
# --------------------------------------------------------------------------

@dataclass
class Cell:
    """The median over seeds of one tier and solver."""
    category: int             # of the median run: 0 proven, 1 stage 1 proven only, 2 a solution, 3 none
    seconds: float | None     # time to optimal (0), or stage 1's time (1)
    gap: float | None         # of the median run at the limit (stage 2 for 1, stage 1 for 2)
    failed: bool              # the median run ended in an error
    hit_limit: bool           # the median run stopped at the time limit
    proven_count: int
    count: int
    peak_mib: float | None
    agreement: str

    @property
    def proven(self) -> bool:
        return self.category == 0


def category(run: Run) -> int:
    if run.proved_optimal:
        return 0
    if run.housed_proven:
        return 1
    return 2 if run.housed is not None else 3


def median_cell(runs: list[Run], limit: float) -> Cell:
    """The median run (a run that proved less counts as slower; ties by gap and time)."""
    def key(run: Run):
        gap = run.gap if run.gap is not None else math.inf
        return (category(run), 0 if category(run) == 0 else gap, run.wall_seconds or 0.0)

    ordered = sorted(runs, key=key)
    n = len(ordered)
    middle = ordered[(n - 1) // 2: n // 2 + 1]
    median = middle[-1]  # for an even count, the worse of the two middle runs unless both are proven
    kind = category(median)
    if kind == 0:
        seconds = statistics.fmean(r.wall_seconds for r in middle if r.proved_optimal)
    else:
        seconds = median.stage1_seconds if kind == 1 else None
    memory = [r.peak_mib for r in runs if r.peak_mib is not None]
    agreements = [r.agreement for r in runs]
    compared = [a for a in agreements if a.startswith(("yes", "housed only"))]
    if "MISMATCH" in agreements:
        agreement = "**MISMATCH**"
    elif compared and len(compared) == n and all(a == "yes" for a in agreements):
        agreement = "yes"
    elif compared:
        details = [text for text, present in (
            ("stage 1 only", any(a.startswith("housed only") for a in compared)),
            ("among peers", any("among peers" in a for a in compared))) if present]
        agreement = f"yes, {len(compared)}/{n} seeds" + (f" ({', '.join(details)})" if details else "")
    else:
        agreement = "not compared"
    return Cell(category=kind, seconds=seconds, gap=median.gap, failed=median.status == "error",
                hit_limit=kind != 0 and (median.status in ("feasible", "noSolution")
                                         or (median.wall_seconds or 0) >= 0.95 * limit),
                proven_count=sum(r.proved_optimal for r in runs), count=n,
                peak_mib=statistics.median(memory) if memory else None, agreement=agreement)


def format_seconds(seconds: float) -> str:
    if seconds < 10:
        return f"{seconds:.2f} s"
    if seconds < 100:
        return f"{seconds:.1f} s"
    return f"{seconds:.0f} s"


def describe(cell: Cell) -> str:
    gap = None if cell.gap is None else f"gap {100 * cell.gap:.2f}% at limit"
    if cell.category == 0:
        text = format_seconds(cell.seconds)
    elif cell.category == 1:
        stage2 = ("failed" if cell.failed else gap if gap else "not proven at limit" if cell.hit_limit
                  else "not run")
        text = f"stage 1 in {format_seconds(cell.seconds)}, stage 2 {stage2}"
    elif cell.category == 2:
        text = gap or "not proven at limit"
    else:
        text = "failed" if cell.failed else "no solution"
    if 0 < cell.proven_count < cell.count:
        text += f" ({cell.proven_count}/{cell.count} proven)"
    return text


def ratio(peer: Cell, engine: Cell, limit: float) -> str:
    if peer.proven and engine.proven:
        return f"{peer.seconds / max(engine.seconds, 1e-9):.2f}×"
    if peer.proven:
        return f"<{peer.seconds / limit:.2f}×" if engine.hit_limit else "n/a"
    if engine.proven:
        return f">{limit / max(engine.seconds, 1e-9):.1f}×" if peer.hit_limit else "n/a"
    return "both at limit" if peer.hit_limit and engine.hit_limit else "n/a"


def engine_solvers_in(runs: list[Run]) -> list[str]:
    """The engine's solver names in the order they ran (the first is the reference)."""
    return list(dict.fromkeys(r.solver for r in runs if is_engine(r.solver)))


def summary_markdown(runs: list[Run], tiers: list[Tier], seeds: list[int], peers: list[str], views: list[str],
                     limit: float, warnings: list[str], families: list[str] | None = None) -> str:
    families = families or [DEFAULT_FAMILY]
    engines = engine_solvers_in(runs) or [ENGINE]
    lines = [f"# Engine and peers on generated scenarios",
             "",
             f"Time limit {limit:g} s per solver (both stages together), single-threaded; families "
             f"{', '.join(families)}; seeds {', '.join(map(str, seeds))}. Times are wall seconds of the child processes, medians over "
             "seeds (a run that did not prove both stages optimal counts as slower than any that did). "
             "Peak memory is the median of the child's own peak resident set. "
             f"\"vs engine\" is a solver's median time over that of `{engines[0]}`; >N× means the solver hit "
             "the limit. "
             "\"stage 1 in X s, stage 2 ...\": the median run proved stage 1 only. Objectives are compared "
             "with the engine where both proved a stage, else among the peers that did.",
             ""]
    if warnings:
        lines += ["**Objective disagreements:**", ""] + [f"- {w}" for w in warnings] + [""]
    for view in views:
        title = ("the plain one-to-one formulation" if view == "plain"
                 else "the engine's own programme (exported)")
        lines += [f"## Peers on {title} (view `{view}`)", "",
                  "| family | tier | seekers | solver | time to optimal | objectives agree | peak memory | vs engine |",
                  "|---|---|---:|---|---|---|---:|---:|"]
        for family in families:
            for tier in tiers:
                here = [r for r in runs if r.family == family and r.tier == tier.name]
                engine_runs = [r for r in here if r.solver == engines[0]]
                if not engine_runs:
                    continue
                engine = median_cell(engine_runs, limit)
                rows = [(solver, median_cell(selected, limit)) for solver in engines
                        if (selected := [r for r in here if r.solver == solver])] + [
                    (peer, median_cell(selected, limit)) for peer in peers
                    if (selected := [r for r in here if r.solver == peer and r.view == view])]
                for solver, cell in rows:
                    memory = "" if cell.peak_mib is None else f"{cell.peak_mib:.0f} MiB"
                    agreement = (cell.agreement if solver != engines[0] or "MISMATCH" in cell.agreement
                                 else "(reference)")
                    versus = "1×" if solver == engines[0] else ratio(cell, engine, limit)
                    lines.append(f"| {family} | {tier.name} | {tier.seekers} | {solver} | {describe(cell)} | "
                                 f"{agreement} | {memory} | {versus} |")
        lines.append("")
    notes = [f"- {r.family} {r.tier} seed {r.seed}, {run_label(r)}: {note}" for r in runs
             for note in [("; ".join(part for part in r.note.split("; ") if "OBJECTIVE DISAGREEMENT" not in part))]
             if note]
    if notes:
        lines += ["## Notes on single runs", ""] + notes + [""]
    return "\n".join(lines)


# --------------------------------------------------------------------------
# The chart: hand-written SVG, log-log
# --------------------------------------------------------------------------

STYLE = {  # colour-blind-safe colours (Okabe-Ito) and one marker shape per solver
    ENGINE: ("#000000", "circle", "engine (housing-match)"),
    "glpsol": ("#E69F00", "square", "glpsol"),
    "highs": ("#0072B2", "triangle", "HiGHS"),
    "cbc": ("#009E73", "diamond", "CBC"),
}


def marker(shape: str, x: float, y: float, colour: str, filled: bool) -> str:
    fill = colour if filled else "#ffffff"
    common = f'fill="{fill}" stroke="{colour}" stroke-width="2"'
    r = 5.5
    if shape == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" {common}/>'
    if shape == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r}" height="{2 * r}" {common}/>'
    if shape == "triangle":
        points = [(x, y - r * 1.2), (x - r * 1.1, y + r * 0.8), (x + r * 1.1, y + r * 0.8)]
    else:
        points = [(x, y - r * 1.3), (x + r * 1.1, y), (x, y + r * 1.3), (x - r * 1.1, y)]
    return f'<polygon points="{" ".join(f"{px:.1f},{py:.1f}" for px, py in points)}" {common}/>'


def nice_ticks(low: float, high: float) -> list[float]:
    """1-2-5 ticks for a log axis of few decades, decades otherwise."""
    decades = range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1)
    steps = (1, 2, 5) if math.log10(high / low) <= 4 else (1,)
    return [m * 10 ** d for d in decades for m in steps if low * 0.999 <= m * 10 ** d <= high * 1.001]


def nice_below(value: float) -> float:
    """The largest of 1, 2, 5 times a power of ten at most `value`."""
    decade = 10 ** math.floor(math.log10(value))
    return max(m * decade for m in (1, 2, 5) if m * decade <= value * 1.0001)


def nice_above(value: float) -> float:
    """The smallest of 1, 2, 5 times a power of ten at least `value`."""
    decade = 10 ** math.floor(math.log10(value))
    return min(m * decade for m in (1, 2, 5, 10) if m * decade >= value * 0.9999)


def tick_label(value: float, unit: str = "") -> str:
    text = f"{value:g}" if value < 1 else f"{value:,.0f}"
    return text + unit


def style(solver: str) -> tuple[str, str, str]:
    """Colour, marker and label of a solver; engine runs on another backend in their own colour."""
    if solver in STYLE:
        return STYLE[solver]
    backend = solver.removeprefix(ENGINE + "-")
    colour = {"glpk": "#000000", "cbc": "#CC79A7"}.get(backend, "#D55E00")
    return (colour, "circle", f"engine on {backend}")


def chart_svg(runs: list[Run], tiers: list[Tier], peers: list[str], views: list[str], limit: float,
              title_suffix: str = "") -> str:
    engines = engine_solvers_in(runs) or [ENGINE]
    series: dict[tuple[str, str], list[tuple[int, float, bool]]] = {}
    for view in views:
        for solver in engines + peers:
            points = []
            for tier in tiers:
                selected = [r for r in runs if r.tier == tier.name and r.solver == solver
                            and (is_engine(solver) or r.view == view)]
                if not selected:
                    continue
                cell = median_cell(selected, limit)
                points.append((tier.seekers, cell.seconds if cell.proven else limit, cell.proven))
            if points:
                series[(view, solver)] = points
    times = [t for points in series.values() for _, t, _ in points if t > 0] or [limit]
    y_low = nice_below(max(min(times), 1e-3) / 1.4)
    y_high = nice_above(limit * 1.6)
    seekers = sorted({t.seekers for t in tiers})
    x_low = 10 ** math.floor(math.log10(seekers[0] / 1.3))
    x_high = 10 ** math.ceil(math.log10(seekers[-1] * 1.3))
    if seekers[-1] / seekers[0] < 100:  # few tiers: do not spread them over empty decades
        x_low, x_high = seekers[0] / 1.6, seekers[-1] * 1.6

    panel_w, panel_h = 420, 330
    left, top, gap_x = 80, 88, 90
    width = left + len(views) * panel_w + (len(views) - 1) * gap_x + 40
    height = top + panel_h + 60 + 40
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
           f'<text x="{width / 2}" y="26" text-anchor="middle" font-size="17" font-weight="bold">'
           f'Median time to proven optimum (both stages) against households{escape(title_suffix)}</text>',
           f'<text x="{width / 2}" y="46" text-anchor="middle" font-size="12" fill="#444">'
           f'log-log; single thread; limit {limit:g} s; an unfilled marker: the median run did not prove '
           f'both stages optimal (drawn at the limit)</text>']

    for index, view in enumerate(views):
        x0 = left + index * (panel_w + gap_x)
        y0 = top

        def sx(value: float) -> float:
            return x0 + (math.log10(value) - math.log10(x_low)) / (math.log10(x_high) - math.log10(x_low)) * panel_w

        def sy(value: float) -> float:
            return y0 + panel_h - (math.log10(value) - math.log10(y_low)) / (
                math.log10(y_high) - math.log10(y_low)) * panel_h

        title = "peers on the plain formulation" if view == "plain" else "peers on the engine's programme"
        out.append(f'<text x="{x0 + panel_w / 2}" y="{y0 - 10}" text-anchor="middle" font-size="14" font-weight="bold">'
                   f'{escape(title)}</text>')
        out.append(f'<rect x="{x0}" y="{y0}" width="{panel_w}" height="{panel_h}" fill="none" stroke="#333"/>')
        for tick in nice_ticks(y_low, y_high):
            y = sy(tick)
            major = abs(math.log10(tick) - round(math.log10(tick))) < 1e-9
            out.append(f'<line x1="{x0}" y1="{y:.1f}" x2="{x0 + panel_w}" y2="{y:.1f}" '
                       f'stroke="{"#cccccc" if major else "#eeeeee"}"/>')
            out.append(f'<text x="{x0 - 6}" y="{y + 4:.1f}" text-anchor="end">{tick_label(tick, " s")}</text>')
        x_ticks = sorted(set(seekers) | {t for t in nice_ticks(x_low, x_high)
                                         if abs(math.log10(t) - round(math.log10(t))) < 1e-9})
        for tick in x_ticks:
            x = sx(tick)
            out.append(f'<line x1="{x:.1f}" y1="{y0}" x2="{x:.1f}" y2="{y0 + panel_h}" stroke="#e4e4e4"/>')
            out.append(f'<text x="{x:.1f}" y="{y0 + panel_h + 18}" text-anchor="middle">{tick_label(tick)}</text>')
        out.append(f'<text x="{x0 + panel_w / 2}" y="{y0 + panel_h + 40}" text-anchor="middle">'
                   f'households (seekers)</text>')
        out.append(f'<text transform="translate({x0 - 58},{y0 + panel_h / 2}) rotate(-90)" '
                   f'text-anchor="middle">median wall time</text>')
        y = sy(limit)
        out.append(f'<line x1="{x0}" y1="{y:.1f}" x2="{x0 + panel_w}" y2="{y:.1f}" stroke="#c00000" '
                   f'stroke-width="1.5" stroke-dasharray="7,5"/>')
        out.append(f'<text x="{x0 + 6}" y="{y - 6:.1f}" fill="#c00000">time limit {limit:g} s</text>')
        solvers = engines + peers
        for number, solver in enumerate(solvers):
            # Dodge the solvers a little sideways so that markers at the same place stay visible.
            dodge = (number - (len(solvers) - 1) / 2) * 7
            points = series.get((view, solver))
            if not points:
                continue
            colour, shape, _ = style(solver)
            path = " ".join(f"{'M' if i == 0 else 'L'}{sx(n) + dodge:.1f},{sy(t):.1f}"
                            for i, (n, t, _) in enumerate(points))
            dash = ' stroke-dasharray="2,3"' if is_engine(solver) else ""
            out.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>')
            for n, t, proven in points:
                out.append(marker(shape, sx(n) + dodge, sy(t), colour, proven))

    legend_y = top + panel_h + 72
    entries = engines + peers
    widths = [60 + 7 * len(style(solver)[2]) for solver in entries]
    x = width / 2 - sum(widths) / 2 + 16
    for solver, entry_width in zip(entries, widths):
        colour, shape, label = style(solver)
        dash = ' stroke-dasharray="2,3"' if is_engine(solver) else ""
        out.append(f'<line x1="{x - 16}" y1="{legend_y}" x2="{x + 16}" y2="{legend_y}" stroke="{colour}" '
                   f'stroke-width="2"{dash}/>')
        out.append(marker(shape, x, legend_y, colour, True))
        out.append(f'<text x="{x + 24}" y="{legend_y + 4}">{escape(label)}</text>')
        x += entry_width
    out.append("</svg>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    tier_help = ", ".join(f"{t.name} {t.seekers}/{t.groups}/{t.sites}/{t.providers}"
                          + (f" ({t.towns} towns)" if t.towns else "") for t in TIERS.values())
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0].rstrip(".") + ". Runs the engine end to end and glpsol, HiGHS and CBC "
        "on the plain and on the engine's exported programme, under one time limit, single-threaded; "
        "writes runs.csv, summary.md and time-vs-seekers.svg.",
        epilog=f"Tiers (seekers/groups/sites/providers): {tier_help}. Installs glpk-utils and coinor-cbc "
        "(apt) and highspy (pip) when missing, and builds the release housing-match.")
    parser.add_argument("--tiers", default=",".join(DEFAULT_TIERS),
                        help="comma-separated tier names (default: %(default)s)")
    parser.add_argument("--seeds", default="1,2,3", help="comma-separated generator seeds (default: %(default)s)")
    parser.add_argument("--families", default=DEFAULT_FAMILY,
                        help=f"comma-separated generator families among {', '.join(FAMILIES)} "
                        "(housing-match generate --family; default: %(default)s)")
    parser.add_argument("--engine-solvers", default="",
                        help=f"comma-separated backends among {', '.join(ENGINE_SOLVERS)}: run the engine once with "
                        "each (housing-match solve --solver X; rows engine-glpk, engine-cbc); default: once, on its "
                        "default backend, without --solver (row engine)")
    parser.add_argument("--time-limit", type=float, default=60.0,
                        help="seconds per solver and scenario, both stages together (default: %(default)g)")
    parser.add_argument("--solvers", default=",".join(PEERS),
                        help="comma-separated peers among glpsol, highs, cbc (default: %(default)s)")
    parser.add_argument("--views", default=",".join(VIEWS),
                        help="comma-separated views among plain, engine-model (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=HERE / "results",
                        help="output folder (default: Benchmarks/results)")
    parser.add_argument("--export-time-limit", type=float,
                        help="seconds the engine may take on stage 1 when exporting stage 2 after its own "
                        "run found no match (default: 5 x --time-limit; not counted)")
    parser.add_argument("--quick", action="store_true",
                        help="smoke test: only the small tier, seed 1, a 10 s limit")
    parser.add_argument("--binary", type=Path, help="use this housing-match instead of building the release one")
    parser.add_argument("--no-install", action="store_true", help="do not install missing solvers")
    parser.add_argument("--replot", type=Path, metavar="RUNS_CSV",
                        help="run nothing: write summary.md and the chart into --out from an earlier runs.csv")
    parser.add_argument("--keep-files", action="store_true",
                        help="keep the scenarios, MPS files and solver reports in OUT/files")
    args = parser.parse_args(argv)
    if args.quick:
        args.tiers, args.seeds, args.time_limit = "small", "1", 10.0
    try:
        args.tier_list = [TIERS[name.strip()] for name in args.tiers.split(",") if name.strip()]
    except KeyError as error:
        parser.error(f"unknown tier {error}; known: {', '.join(TIERS)}")
    try:
        args.seed_list = [int(s) for s in args.seeds.split(",") if s.strip()]
    except ValueError:
        parser.error("--seeds must be comma-separated integers")
    args.family_list = [f.strip() for f in args.families.split(",") if f.strip()]
    if unknown := set(args.family_list) - set(FAMILIES):
        parser.error(f"unknown famil{'y' if len(unknown) == 1 else 'ies'} {', '.join(sorted(unknown))}; "
                     f"known: {', '.join(FAMILIES)}")
    args.engine_list = [e.strip() for e in args.engine_solvers.split(",") if e.strip()] or [None]
    if unknown := {e for e in args.engine_list if e is not None} - set(ENGINE_SOLVERS):
        parser.error(f"unknown engine solver(s) {', '.join(sorted(unknown))}; known: {', '.join(ENGINE_SOLVERS)}")
    args.peer_list = [s.strip() for s in args.solvers.split(",") if s.strip()]
    args.view_list = [v.strip() for v in args.views.split(",") if v.strip()]
    if unknown := set(args.peer_list) - set(PEERS):
        parser.error(f"unknown solver(s) {', '.join(sorted(unknown))}; known: {', '.join(PEERS)}")
    if unknown := set(args.view_list) - set(VIEWS):
        parser.error(f"unknown view(s) {', '.join(sorted(unknown))}; known: {', '.join(VIEWS)}")
    if not (args.time_limit > 0):
        parser.error("--time-limit must be positive")
    return args


def measure(args: argparse.Namespace) -> list[Run]:
    """Generates the scenarios and runs every solver on them."""
    if not args.no_install:
        ensure_tools(args.peer_list)
    binary = args.binary.resolve() if args.binary else build_engine()
    limit = args.time_limit
    runs: list[Run] = []

    with tempfile.TemporaryDirectory(prefix="hm-compare-") as scratch:
        work = args.out / "files" if args.keep_files else Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        for family, tier, seed in [(f, t, s) for f in args.family_list for t in args.tier_list
                                   for s in args.seed_list]:
                label = (f"[{family} {tier.name} {tier.seekers}/{tier.groups}/{tier.sites}/{tier.providers} "
                         f"seed {seed}]")
                scenario = work / f"{family}-{tier.name}-seed{seed}.json"
                log(f"{label} generate")
                generate(binary, tier, seed, scenario, family)

                found_match = False
                for backend in args.engine_list:
                    log(f"{label} {engine_name(backend)}")
                    engine_run = run_engine(binary, scenario, tier, seed, limit, family, backend)
                    log(f"    {engine_run.status} in {engine_run.wall_seconds:.2f} s, housed {engine_run.housed}, "
                        f"preference {engine_run.preference}, {engine_run.peak_mib:.0f} MiB"
                        + (f" [{engine_run.note}]" if engine_run.note else ""))
                    runs.append(engine_run)
                    found_match = found_match or engine_run.housed is not None

                exports = Exports(binary, scenario, work, limit, args.export_time_limit or 5 * limit,
                                  found_match, args.keep_files)
                for view in args.view_list:
                    for peer in args.peer_list:
                        log(f"{label} {peer} on {model_label(view)}")
                        run = run_peer(peer, view, exports, tier, seed, limit, work, family)
                        gap = ("" if run.gap is None or run.proved_optimal
                               else f", gap {100 * run.gap:.2f}% (stage {run.gap_stage})")
                        log(f"    {run.status} in {run.wall_seconds or 0:.2f} s, housed {run.housed}, "
                            f"preference {run.preference}{gap}, {run.peak_mib or 0:.0f} MiB"
                            + (f" [{run.note}]" if run.note else ""))
                        runs.append(run)
                if not args.keep_files:
                    for path in exports.files.values():
                        if path:
                            path.unlink(missing_ok=True)
    return runs


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.replot:
        with open(args.replot, newline="") as handle:
            runs = [Run.from_csv(row) for row in csv.DictReader(handle)]
        names = {r.tier for r in runs}
        args.tier_list = sorted((t for t in TIERS.values() if t.name in names), key=lambda t: t.seekers)
        args.seed_list = sorted({r.seed for r in runs})
        args.family_list = sorted({r.family for r in runs}, key=family_order)
        args.peer_list = [p for p in PEERS if any(r.solver == p for r in runs)]
        args.view_list = [v for v in VIEWS if any(r.view == v for r in runs)]
        limit = max((r.time_limit for r in runs if r.time_limit), default=args.time_limit)
        warnings = list(dict.fromkeys(part.strip() for r in runs for part in r.note.split(";")
                                      if "OBJECTIVE DISAGREEMENT" in part))
    else:
        runs = measure(args)
        limit = args.time_limit
        warnings = check_agreement(runs)
    for warning in warnings:
        banner = "!" * 78
        log(f"\n{banner}\n!!! {warning}\n{banner}")

    with open(args.out / "runs.csv", "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=Run.CSV_FIELDS)
        writer.writeheader()
        for run in runs:
            writer.writerow(run.csv_row())
    summary = summary_markdown(runs, args.tier_list, args.seed_list, args.peer_list, args.view_list, limit,
                               warnings, args.family_list)
    (args.out / "summary.md").write_text(summary)
    charts = []
    for family in args.family_list:
        # One chart per family; the default family alone keeps the chart's old name.
        name = ("time-vs-seekers.svg" if args.family_list == [DEFAULT_FAMILY]
                else f"time-vs-seekers-{family}.svg")
        suffix = "" if args.family_list == [DEFAULT_FAMILY] else f" (family {family})"
        (args.out / name).write_text(chart_svg([r for r in runs if r.family == family], args.tier_list,
                                               args.peer_list, args.view_list, limit, suffix))
        charts.append(str(args.out / name))
    print(summary)
    log(f"wrote {args.out / 'runs.csv'}, {args.out / 'summary.md'}, {', '.join(charts)}")
    return 1 if warnings else 0


if __name__ == "__main__":
    sys.exit(main())
