#!/usr/bin/env python3
"""Mutation testing of one file cargo-mutants cannot reach through a package's modules.

cargo-mutants mutates the modules of a package's library and binaries. Two files that
need mutation testing are outside that tree: `zimerr-catalog/src/expand/hash.rs` (pulled
into `phf.rs` with `include!`, because its text is also emitted into generated code) and
the conformance checker `tests/catalog_conformance.rs` (an integration test). For those,
`cargo mutants --Zmutate-file FILE --json` lists the mutants cargo-mutants would make,
each with its diff; this script applies each diff in turn to a copy of the working tree,
runs the given test command there, and sorts the outcome as cargo-mutants does:

- caught: the build succeeds and the tests fail;
- missed: the build and the tests succeed;
- unviable: the build fails;
- timeout: the tests outlive `--timeout` seconds.

Usage: bench/mutate_file.py FILE --out DIR [--timeout S] [--exclude-re RE]... -- TEST COMMAND...

The copy is `DIR/tree` (refreshed from the working tree's tracked and untracked files,
without `target/`), its target directory `DIR/target` (kept between runs). Writes
`DIR/outcomes.txt` (one line per mutant: outcome, name) and `DIR/log/<n>.log`; exits 0
when no mutant is missed or timed out, 2 otherwise.
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(cmd, cwd, log, timeout=None, env=None):
    with open(log, "a") as f:
        f.write(f"$ {' '.join(cmd)}\n")
        f.flush()
        # A session of its own, so that a timeout ends the test binary cargo started too.
        proc = subprocess.Popen(
            cmd, cwd=cwd, stdout=f, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )
        try:
            return proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            f.write(f"timeout after {timeout} s\n")
            return None


def copy_tree(dest: Path):
    if dest.exists():
        shutil.rmtree(dest)
    files = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, check=True, capture_output=True,
    ).stdout.split(b"\0")
    for name in filter(None, files):
        src = ROOT / name.decode()
        if not src.exists() and not src.is_symlink():
            continue  # deleted in the working tree
        dst = dest / name.decode()
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_symlink():
            os.symlink(os.readlink(src), dst)
        else:
            shutil.copy2(src, dst)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file")
    parser.add_argument("--out", required=True)
    parser.add_argument("--timeout", type=int, default=300)
    parser.add_argument("--exclude-re", action="append", default=[])
    argv = sys.argv[1:]
    if "--" not in argv:
        parser.error("no test command after --")
    split = argv.index("--")
    args = parser.parse_args(argv[:split])
    command = argv[split + 1 :]
    if not command:
        parser.error("no test command after --")

    out = Path(args.out).resolve()
    tree, target, logs = out / "tree", out / "target", out / "log"
    out.mkdir(parents=True, exist_ok=True)
    if logs.exists():
        shutil.rmtree(logs)
    logs.mkdir()
    copy_tree(tree)
    listed = subprocess.run(
        ["cargo", "mutants", "--Zmutate-file", args.file, "--json"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout
    mutants = [
        m for m in json.loads(listed)
        if not any(re.search(r, m["name"]) for r in args.exclude_re)
    ]
    env = dict(os.environ, CARGO_TARGET_DIR=str(target))
    original = (tree / args.file).read_text()

    def attempt(label, log):
        start = time.monotonic()
        if run(["cargo", "test", "--no-run", *command_cargo_args(command)], tree, log, env=env) != 0:
            return "unviable", time.monotonic() - start
        status = run(command, tree, log, timeout=args.timeout, env=env)
        outcome = {None: "timeout", 0: "missed" if label else "ok"}.get(status, "caught")
        return outcome, time.monotonic() - start

    print(f"{args.file}: baseline", flush=True)
    outcome, secs = attempt(None, logs / "baseline.log")
    if outcome != "ok":
        print(f"baseline failed ({outcome}); see {logs / 'baseline.log'}")
        return 1
    print(f"baseline ok in {secs:.0f} s; {len(mutants)} mutants", flush=True)
    results = []
    try:
        for i, m in enumerate(mutants, 1):
            (tree / args.file).write_text(mutate(original, m))
            outcome, secs = attempt(m["name"], logs / f"{i:03}.log")
            results.append((outcome, m["name"]))
            print(f"{outcome:8} {secs:5.0f} s  {m['name']}", flush=True)
    finally:
        (tree / args.file).write_text(original)
    with open(out / "outcomes.txt", "w") as f:
        for outcome, name in results:
            f.write(f"{outcome}\t{name}\n")
    counts = {k: sum(1 for o, _ in results if o == k) for k in ["caught", "missed", "unviable", "timeout"]}
    print(f"{args.file}: {len(results)} mutants: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0 if counts["missed"] == 0 and counts["timeout"] == 0 else 2


def command_cargo_args(command):
    """The package/target selection of a `cargo test ...` command, to build it first."""
    if command[:2] != ["cargo", "test"]:
        return []
    selection = []
    rest = command[2:]
    for i, a in enumerate(rest):
        if a == "--":
            break
        if a in ("-p", "--package", "--test") and i + 1 < len(rest):
            selection += [a, rest[i + 1]]
        elif a in ("--lib", "--release") or a.startswith("--features"):
            selection.append(a)
    return selection


def mutate(original: str, mutant) -> str:
    """The file's text with the mutant applied: its diff's hunks, in order."""
    lines = original.splitlines(keepends=True)
    out, pos = [], 0
    hunk = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@")
    diff = mutant["diff"].splitlines(keepends=True)
    i = 0
    while i < len(diff):
        m = hunk.match(diff[i])
        if not m:
            i += 1
            continue
        start = int(m.group(1)) - 1
        out.extend(lines[pos:start])
        pos = start
        i += 1
        while i < len(diff) and not diff[i].startswith("@@"):
            d = diff[i]
            if d.startswith("\\"):
                pass
            elif d.startswith("-"):
                assert lines[pos].rstrip("\n") == d[1:].rstrip("\n"), (mutant["name"], d)
                pos += 1
            elif d.startswith("+"):
                out.append(d[1:] if d.endswith("\n") else d[1:] + "\n")
            else:
                out.append(lines[pos])
                pos += 1
            i += 1
    out.extend(lines[pos:])
    return "".join(out)


if __name__ == "__main__":
    sys.exit(main())
