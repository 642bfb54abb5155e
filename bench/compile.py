#!/usr/bin/env python3
"""Compile-time benchmark of zimerr: the `compile` and `clean` suites of bench/run.

Leaf rebuilds: for each catalog size N, up to six leaf crates of one generated workspace
(bench/gen-catalog), each on prebuilt dependencies:
  (a) a_N  `zimerr::zim_errors!("catalog.yaml")`          (path dependency on zimerr)
  (b) b_N  the hand-written equivalent: enum + docs, static tables, one index `match`,
           `from_code` as one `match code`                 (no dependency)
  (c) c_N  enum + thiserror + strum + num_enum derives    (skipped above --derive-max)
  (d) d_N  the light hand-written crate: enum with one doc line per variant, five
           tables, one index `match`, Display, Error, TryFrom<u32> as one `match code`
  (e) e_N  floor, enum only: the enum with one doc line per variant
  (f) f_N  floor: (e) plus one `[&str; N]` name table
  zimerr with options (same catalog): (n) `doc_aliases = false`, (k) `constants = false`,
  (s) `docs = "brief"`, (o) k + s, (r) k + s built with `build-override`
  `opt-level = 3` (the README's recipe; its own target dir); (p) a_N's items pasted in
--variants picks which of them run (default: a-f); a/b, a/c, a/d and a/f are reported.
One repetition touches each leaf's src/lib.rs and runs `cargo build -p <leaf>` (dev
profile, CARGO_INCREMENTAL=0) under `/usr/bin/time -v`; the variants are interleaved and
their order rotates from one repetition to the next, so background load hits all alike.
A RUSTC_WRAPPER (bench/rustc-time.sh) also times the leaf's own rustc process, which
checks that the peak RSS `time -v` reports for cargo is rustc's.

Clean builds: `cargo clean; cargo build -p X` (own target dir per crate) of
  u_zim  a crate depending on zimerr (default features), using the bundled catalog
  c_145  the derive stack with the ZIM catalog written out
  b_145  the hand-written tables (no dependencies; the floor)
interleaved and rotated the same way.

zimerr itself is built from a snapshot (copy) of the working tree taken at the start, so
edits made in the repository during the run do not leak into it.
"""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

# Letter -> what the leaf crate is; the chart (bench/chart.py) reads these from the JSON.
VARIANTS = {
    "a": "zimerr (zim_errors!)",
    "b": "equal-API tables",
    "c": "derive stack",
    "d": "light hand-written",
    "e": "floor: enum only",
    "f": "floor: enum + name table",
    "n": "zimerr, doc_aliases = false",
    "k": "zimerr, constants = false",
    "s": "zimerr, docs = \"brief\"",
    "o": "zimerr, constants = false + docs = \"brief\"",
    "r": "zimerr, the recipe: constants = false + docs = \"brief\" + build-override opt-level 3",
    "p": "zimerr's items pasted in (no macro run)",
}
DEFAULT_VARIANTS = "a,b,c,d,e,f"
# The ratios reported: zimerr against each baseline.
RATIOS = ["b", "c", "d", "f"]

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, **kw)


def sh(cmd):
    return subprocess.run(cmd, shell=True, text=True, capture_output=True).stdout.strip()


def snapshot(src: str, dest: Path):
    """A copy of the zimerr workspace: the working tree, or a git revision."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    if src == "worktree":
        ignore = shutil.ignore_patterns("target", ".git", "bench", "fuzz")
        shutil.copytree(REPO, dest, symlinks=True, ignore=ignore, dirs_exist_ok=True)
        rev = sh(f"git -C {REPO} rev-parse --short HEAD")
        dirty = sh(f"git -C {REPO} status --porcelain -- zimerr zimerr-macros errors.yaml Cargo.toml")
        return f"{rev} + working tree" + (" (uncommitted changes)" if dirty else " (clean)")
    archive = subprocess.run(["git", "-C", str(REPO), "archive", src], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    return sh(f"git -C {REPO} rev-parse --short {src}")


def parse_time_v(text: str):
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)", text).group(1)
    parts = [float(p) for p in wall.split(":")]
    seconds = 0.0
    for p in parts:
        seconds = seconds * 60 + p
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    cpu = sum(float(re.search(rf"{k} time \(seconds\): ([\d.]+)", text).group(1))
              for k in ("User", "System"))
    return seconds, rss, cpu


class Builder:
    def __init__(self, args, leaves: Path):
        self.args = args
        self.leaves = leaves
        self.log = Path(args.work) / "rustc-times.log"

    def env(self, target: str):
        env = dict(os.environ)
        if target.endswith("-opt"):
            # The recipe's profile setting, for every crate of this target dir.
            env["CARGO_PROFILE_DEV_BUILD_OVERRIDE_OPT_LEVEL"] = "3"
        env.update(
            CARGO_TARGET_DIR=str(Path(self.args.target) / target),
            CARGO_INCREMENTAL="0",
            CARGO_TERM_COLOR="never",
            RUSTC_WRAPPER=str(BENCH / "rustc-time.sh"),
            ZB_RUSTC_LOG=str(self.log),
        )
        env.pop("RUSTFLAGS", None)
        return env

    @staticmethod
    def target_of(package: str, target: str):
        """The recipe's leaves (r_N) build with another profile: a target dir of their own."""
        return f"{target}-opt" if package.startswith("r_") else target

    def build(self, package: str, target: str):
        """One timed `cargo build -p package`: cargo's wall time, CPU time (user + sys of
        cargo and every child) and peak RSS (time -v), and the package's own rustc
        process (wall time, peak RSS)."""
        target = self.target_of(package, target)
        self.log.write_text("")
        cmd = ["nice", "-n", str(self.args.nice), "/usr/bin/time", "-v",
               "cargo", "build", "--offline", "-p", package]
        p = subprocess.run(cmd, cwd=self.leaves, env=self.env(target), text=True, capture_output=True)
        if p.returncode != 0:
            sys.exit(f"cargo build -p {package} failed:\n{p.stderr[-4000:]}")
        compiled = [l.split()[1] for l in p.stderr.splitlines() if l.strip().startswith("Compiling ")]
        if target.startswith("leaf") and compiled != [package]:
            sys.exit(f"cargo build -p {package} compiled {compiled}, expected the leaf alone:\n{p.stderr[-2000:]}")
        wall, rss, cpu = parse_time_v(p.stderr)
        rustc = [line.split() for line in self.log.read_text().splitlines() if line.strip()]
        rustc = [r for r in rustc if r[0] == package]
        rustc_s = sum(float(r[1]) for r in rustc) if rustc else float("nan")
        rustc_rss = max((int(r[2]) for r in rustc), default=0)
        return {"wall": wall, "cpu": cpu, "rss_kb": rss, "rustc_s": rustc_s, "rustc_rss_kb": rustc_rss}

    def clean(self, target: str):
        run(["cargo", "clean", "--offline"], cwd=self.leaves, env=self.env(target),
            capture_output=True)


def med(rows, key):
    values = [r[key] for r in rows]
    return statistics.median(values) if values else float("nan")


def fmt_ratio(x, y):
    return f"{x / y:.2f}×" if y else "—"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="145,1000,10000,50000")
    ap.add_argument("--reps", type=int, default=5, help="leaf rebuilds per variant and size")
    ap.add_argument("--reps-50k", type=int, default=2, help="repetitions for N >= 50,000")
    ap.add_argument("--derive-max", type=int, default=10000, help="largest N built with the derive stack")
    ap.add_argument("--clean-reps", type=int, default=3, help="clean builds per crate; 0 skips them")
    ap.add_argument("--work", default="/tmp/zimerr-bench", help="generated crates and results")
    ap.add_argument("--target", default=os.environ.get("CARGO_TARGET_DIR", "/tmp/target-perf"),
                    help="parent of the target dirs (default: $CARGO_TARGET_DIR or /tmp/target-perf)")
    ap.add_argument("--zimerr", default="worktree",
                    help="what to snapshot: `worktree` (default) or a git revision such as HEAD")
    ap.add_argument("--nice", type=int, default=10)
    ap.add_argument("--variants", default=DEFAULT_VARIANTS,
                    help="leaf crates to rebuild, comma-separated letters (default: %(default)s)")
    args = ap.parse_args()
    selected = [v.strip() for v in args.variants.split(",") if v.strip()]
    unknown = [v for v in selected if v not in VARIANTS]
    if unknown or not selected:
        ap.error(f"--variants: unknown {unknown}; choose among {','.join(VARIANTS)}")

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    started = time.time()

    print(f"== snapshot of zimerr ({args.zimerr}) -> {work / 'zimerr-src'}", flush=True)
    zimerr_rev = snapshot(args.zimerr, work / "zimerr-src")

    print("== gen-catalog", flush=True)
    genv = dict(os.environ, CARGO_TARGET_DIR=str(Path(args.target) / "gen"))
    run(["nice", "-n", str(args.nice), "cargo", "build", "--release", "-q", "--features", "pasted",
         "--manifest-path", str(BENCH / "gen-catalog/Cargo.toml")], env=genv)
    gen = Path(args.target) / "gen/release/gen-catalog"
    leaves = work / "leaves"
    run([str(gen), "workspace", str(leaves), str(work / "zimerr-src/zimerr"),
         str(REPO / "errors.yaml"), args.sizes, str(args.derive_max), ",".join(selected)])

    def variants_at(n):
        return [v for v in selected if v != "c" or n <= args.derive_max]

    b = Builder(args, leaves)
    print("== fetch + prebuild (also the warm-up)", flush=True)
    run(["cargo", "fetch"], cwd=leaves, capture_output=True)
    # One package at a time, exactly as measured: features are unified per invocation, so
    # a `--workspace` build would leave dependencies that `-p a_N` rebuilds.
    for n in sizes:
        for v in variants_at(n):
            pkg = f"{v}_{n}"
            run(["nice", "-n", str(args.nice), "cargo", "build", "--offline", "-q", "-p", pkg],
                cwd=leaves, env=b.env(b.target_of(pkg, "leaf")))

    results = {"leaf": {}, "clean": {}}
    for n in sizes:
        variants = variants_at(n)
        reps = args.reps_50k if n >= 50000 else args.reps
        rows = {v: [] for v in variants}
        for r in range(reps):
            order = variants[r % len(variants):] + variants[:r % len(variants)]
            for v in order:
                pkg = f"{v}_{n}"
                (leaves / pkg / "src/lib.rs").touch()
                m = b.build(pkg, "leaf")
                rows[v].append(m)
                print(f"  N={n} rep {r + 1}/{reps} ({v}): {m['wall']:.2f} s, "
                      f"{m['rss_kb'] / 1024:.0f} MB (rustc {m['rustc_s']:.2f} s, "
                      f"{m['rustc_rss_kb'] / 1024:.0f} MB)", flush=True)
        results["leaf"][n] = rows

    if args.clean_reps:
        crates = ["u_zim", "c_145" if 145 <= args.derive_max else None, "b_145"]
        crates = [c for c in crates if c and (c == "u_zim" or 145 in sizes)]
        rows = {c: [] for c in crates}
        for r in range(args.clean_reps):
            order = crates[r % len(crates):] + crates[:r % len(crates)]
            for c in order:
                b.clean(f"clean-{c}")
                m = b.build(c, f"clean-{c}")
                rows[c].append(m)
                print(f"  clean {c} rep {r + 1}/{args.clean_reps}: {m['wall']:.2f} s, "
                      f"CPU {m['cpu']:.2f} s, {m['rss_kb'] / 1024:.0f} MB", flush=True)
        results["clean"] = rows

    env = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "memory": sh("free -g | awk '/Mem:/ {print $2 \" GiB\"}'"),
        "cpu": sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip() or platform.processor(),
        "rustc": sh("rustc --version"),
        "cargo": sh("cargo --version"),
        "zimerr": zimerr_rev,
        "minutes": round((time.time() - started) / 60, 1),
        "args": vars(args),
    }
    results["env"] = env
    results["variants"] = {v: VARIANTS[v] for v in selected}
    results["summary"] = summary(results, sizes)
    (work / "results.json").write_text(json.dumps(results, indent=1))
    report = render(results, sizes)
    (work / "results.md").write_text(report)
    print("\n" + report)
    print(f"(raw data: {work / 'results.json'}; table: {work / 'results.md'})")


def summary(results, sizes):
    """Per size and variant, the medians (and range) of the leaf rebuilds, and zimerr's
    ratios to each baseline: what the tables and bench/chart.py read."""
    medians, ratios = {}, {}
    for n in sizes:
        rows = results["leaf"][n]
        medians[n] = {v: {"reps": len(r),
                          "wall_s": med(r, "wall"),
                          "wall_min_s": min(x["wall"] for x in r),
                          "wall_max_s": max(x["wall"] for x in r),
                          "cpu_s": med(r, "cpu"),
                          "rss_mb": med(r, "rss_kb") / 1024,
                          "rustc_s": med(r, "rustc_s"),
                          "rustc_rss_mb": med(r, "rustc_rss_kb") / 1024}
                      for v, r in rows.items() if r}
        m = medians[n]
        ratios[n] = {f"a/{v}": {"time": m["a"]["wall_s"] / m[v]["wall_s"],
                                "mem": m["a"]["rss_mb"] / m[v]["rss_mb"],
                                "rustc_time": m["a"]["rustc_s"] / m[v]["rustc_s"]}
                     for v in RATIOS if "a" in m and v in m}
    return {"medians": medians, "ratios": ratios}


def render(results, sizes):
    env = results["env"]
    out = [f"Compile-time benchmark, {env['date']}: {env['nproc']} cores, {env['memory']}, "
           f"{env['rustc']}; zimerr {env['zimerr']}; run took {env['minutes']} min.", ""]
    out.append("Leaf rebuild (touch src/lib.rs; cargo build; dev profile, CARGO_INCREMENTAL=0), "
               "medians. s = cargo build wall time, MB = peak RSS reported by `time -v` "
               "(max over cargo's children), rustc = the leaf's rustc process alone.")
    out.append("")
    medians = {n: {v: (x["wall_s"], x["rss_mb"], x["rustc_s"])
                   for v, x in results["summary"]["medians"][n].items()} for n in sizes}
    cell = lambda t: f"{t[0]:.2f} / {t[1]:.0f}" if t else "skipped"
    ratio = lambda m, v, k: fmt_ratio(m["a"][k], m[v][k]) if "a" in m and v in m else "—"
    rustc = lambda m, v: f"{m[v][2]:.2f}" if v in m else "—"
    rss_check = []
    for n in sizes:
        for r in results["leaf"][n].values():
            for x in r:
                rss_check.append(abs(x["rss_kb"] - x["rustc_rss_kb"]) / max(x["rss_kb"], 1))
    reps = lambda n: max(len(r) for r in results["leaf"][n].values())
    if {"a", "b", "c"} & set(results["variants"]):
        out.append("| N | reps | (a) zim_errors! s / MB | (b) tables s / MB | (c) derives s / MB "
                   "| a/b time | a/b mem | a/c time | a/c mem | rustc a / b / c s | a/b rustc time |")
        out.append("|---:|---:|---|---|---|---:|---:|---:|---:|---|---:|")
        for n in sizes:
            m = medians[n]
            out.append(
                f"| {n:,} | {reps(n)} | {cell(m.get('a'))} | {cell(m.get('b'))} | {cell(m.get('c'))} "
                f"| {ratio(m, 'b', 0)} | {ratio(m, 'b', 1)} | {ratio(m, 'c', 0)} | {ratio(m, 'c', 1)} "
                f"| {rustc(m, 'a')} / {rustc(m, 'b')} / {rustc(m, 'c')} | {ratio(m, 'b', 2)} |")
    if {"d", "e", "f"} & set(results["variants"]):
        out.append("")
        out.append("Lighter baselines: (d) light hand-written crate (docs, five tables, one index "
                   "`match`, `TryFrom` as one `match code`), (e) floor: the enum with its docs alone, "
                   "(f) floor: the enum and one name table.")
        out.append("")
        out.append("| N | reps | (d) light s / MB | (e) floor-enum s / MB | (f) floor s / MB "
                   "| a/d time | a/d mem | a/f time | a/f mem | rustc d / e / f s |")
        out.append("|---:|---:|---|---|---|---:|---:|---:|---:|---|")
        for n in sizes:
            m = medians[n]
            out.append(
                f"| {n:,} | {reps(n)} | {cell(m.get('d'))} | {cell(m.get('e'))} | {cell(m.get('f'))} "
                f"| {ratio(m, 'd', 0)} | {ratio(m, 'd', 1)} | {ratio(m, 'f', 0)} | {ratio(m, 'f', 1)} "
                f"| {rustc(m, 'd')} / {rustc(m, 'e')} / {rustc(m, 'f')} |")
    if rss_check:
        out.append("")
        out.append(f"Peak RSS of `time -v` vs the leaf's rustc alone: largest difference "
                   f"{max(rss_check) * 100:.1f} % (so the peak is rustc's).")
    if results["clean"]:
        out.append("")
        out.append("Clean build (cargo clean; cargo build -p X; dev profile; 2 jobs), medians:")
        out.append("")
        out.append("| crate | what | reps | wall s | CPU s | peak MB | wall vs derive stack | CPU vs derive stack |")
        out.append("|---|---|---:|---:|---:|---:|---:|---:|")
        what = {"u_zim": "depends on zimerr (default features), bundled catalog",
                "c_145": "ZIM catalog as enum + thiserror + strum + num_enum",
                "b_145": "ZIM catalog as hand-written tables, no dependencies"}
        base = results["clean"].get("c_145")
        for c, rows in results["clean"].items():
            ratio = fmt_ratio(med(rows, "wall"), med(base, "wall")) if base else "—"
            cpu_ratio = fmt_ratio(med(rows, "cpu"), med(base, "cpu")) if base else "—"
            out.append(f"| {c} | {what[c]} | {len(rows)} | {med(rows, 'wall'):.2f} | "
                       f"{med(rows, 'cpu'):.2f} | {med(rows, 'rss_kb') / 1024:.0f} | {ratio} | {cpu_ratio} |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
