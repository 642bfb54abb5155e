#!/usr/bin/env python3
"""Time rustc on the ablated expansions of one catalog (issue 15's ablation).

`bench/ablate` writes the real expansion of a catalog with one generated construct
removed at a time (OUT_DIR/<name>.rs, listed in OUT_DIR/index.tsv). This script makes one
leaf crate per file in a scratch workspace (each depends on the `zimerr` facade of this
repository, which the expansion names), builds the dependencies once, then per repetition
touches and rebuilds every leaf in an order that rotates between repetitions, recording
cargo's wall time, the CPU time (user + sys, steadier than wall time on a shared machine)
and the peak memory of `/usr/bin/time`. Extra leaves (`--extra NAME=FILE.rs`, e.g. the
floor from `gen-catalog floor N`, or `NAME=@catalog.yaml` for a leaf that invokes
`zim_errors!` on a catalog) are measured in the same rotation.

Usage:
    python3 bench/ablate.py OUT_DIR [--reps 2] [--work /tmp/zimerr-ablate] [--only a,b]
                            [--extra NAME=PATH ...] [--json results.json]

Prints a markdown table: per leaf, the medians and the difference against `full`.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out_dir", type=Path, help="the directory bench/ablate wrote")
    p.add_argument("--reps", type=int, default=2)
    p.add_argument("--work", type=Path, default=Path("/tmp/zimerr-ablate"))
    p.add_argument("--only", help="comma-separated leaf names to measure (default: all)")
    p.add_argument("--extra", action="append", default=[], metavar="NAME=PATH",
                   help="another leaf: a Rust file, or @catalog.yaml for zim_errors! on it")
    p.add_argument("--json", type=Path, help="write every sample here")
    p.add_argument("--zimerr", type=Path, default=ROOT,
                   help="the zimerr workspace the leaves depend on (default: this one; use a "
                        "snapshot, e.g. `git archive HEAD | tar -x -C DIR`, when editing it "
                        "during the run)")
    return p.parse_args()


def leaf_name(name):
    return "l_" + name.replace("-", "_")


def write_workspace(work, leaves, zimerr):
    ws = work / "ws"
    if ws.exists():
        shutil.rmtree(ws)
    ws.mkdir(parents=True)
    members = []
    for name, source in leaves.items():
        crate = ws / leaf_name(name)
        (crate / "src").mkdir(parents=True)
        (crate / "Cargo.toml").write_text(
            f'[package]\nname = "{leaf_name(name)}"\nversion = "0.0.0"\nedition = "2021"\n'
            f'publish = false\n\n[dependencies]\nzimerr = {{ path = "{zimerr / "zimerr"}" }}\n'
        )
        if source.suffix in (".yaml", ".yml"):
            shutil.copy(source, crate / "catalog.yaml")
            (crate / "src" / "lib.rs").write_text('zimerr::zim_errors!("catalog.yaml");\n')
        else:
            shutil.copy(source, crate / "src" / "lib.rs")
        members.append(leaf_name(name))
    (ws / "Cargo.toml").write_text(
        "[workspace]\nresolver = \"2\"\nmembers = [" + ", ".join(f'"{m}"' for m in members) + "]\n"
    )
    return ws


def build(ws, crate, env):
    """One `cargo build -p crate` under /usr/bin/time: (wall s, cpu s, peak KB)."""
    fmt = "%e %U %S %M"
    t0 = time.monotonic()
    proc = subprocess.run(
        ["/usr/bin/time", "-f", fmt, "cargo", "build", "--offline", "-q", "-p", crate],
        cwd=ws, env=env, capture_output=True, text=True,
    )
    wall = time.monotonic() - t0
    if proc.returncode != 0:
        sys.exit(f"error: `{crate}` does not build:\n{proc.stderr[-4000:]}")
    last = proc.stderr.strip().splitlines()[-1].split()
    _, user, sys_, peak = last
    return wall, float(user) + float(sys_), int(peak)


def main():
    args = parse_args()
    index = args.out_dir / "index.tsv"
    if not index.exists():
        sys.exit(f"error: `{index}` not found: run bench/ablate first")
    leaves = {}
    what = {}
    for line in index.read_text().splitlines()[1:]:
        name, size, desc = line.split("\t")
        leaves[name] = args.out_dir / f"{name}.rs"
        what[name] = desc
    for extra in args.extra:
        name, _, path = extra.partition("=")
        if not path:
            sys.exit(f"error: `--extra {extra}`: expected NAME=PATH")
        source = Path(path[1:]) if path.startswith("@") else Path(path)
        if not source.exists():
            sys.exit(f"error: `{source}` not found")
        leaves[name] = source
        what[name] = f"extra leaf: {path}"
    if args.only:
        keep = set(args.only.split(","))
        unknown = keep - set(leaves)
        if unknown:
            sys.exit(f"error: unknown leaves {sorted(unknown)}")
        leaves = {k: v for k, v in leaves.items() if k in keep}

    env = dict(os.environ, CARGO_INCREMENTAL="0", CARGO_TARGET_DIR=str(args.work / "target"))
    ws = write_workspace(args.work, leaves, args.zimerr.resolve())
    print("# building the dependencies", file=sys.stderr)
    build(ws, "zimerr", env)

    # The first build of each leaf is a sample too: the dependencies are built, so it
    # compiles the leaf alone, like the touch-and-rebuild of later repetitions.
    samples = {name: [] for name in leaves}
    order = list(leaves)
    for rep in range(args.reps):
        shift = rep % len(order)
        for name in order[shift:] + order[:shift]:
            if rep:
                (ws / leaf_name(name) / "src" / "lib.rs").touch()
            wall, cpu, peak = build(ws, leaf_name(name), env)
            samples[name].append({"wall": wall, "cpu": cpu, "peak_kb": peak})
            print(f"# rep {rep + 1} {name}: {wall:.2f} s wall, {cpu:.2f} s cpu, {peak // 1024} MB",
                  file=sys.stderr)

    def med(name, key):
        return statistics.median(s[key] for s in samples[name])

    base = "full" if "full" in samples else None
    print("| leaf | what | wall s | cpu s | peak MB | cpu vs full | peak vs full |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name in leaves:
        cpu, peak = med(name, "cpu"), med(name, "peak_kb") / 1024
        if base:
            dcpu = cpu - med(base, "cpu")
            dpeak = peak - med(base, "peak_kb") / 1024
            delta = f"{dcpu:+.2f} s | {dpeak:+.0f} MB"
        else:
            delta = "— | —"
        print(f"| `{name}` | {what[name]} | {med(name, 'wall'):.2f} | {cpu:.2f} | {peak:.0f} | {delta} |")
    if args.json:
        args.json.write_text(json.dumps({"reps": args.reps, "what": what, "samples": samples}, indent=1))


if __name__ == "__main__":
    main()
