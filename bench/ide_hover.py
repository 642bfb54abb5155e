#!/usr/bin/env python3
"""How fast rust-analyzer shows a variant's docs on hover, for leaf crates of
bench/compile.py: the first hover after an editor (re)start, and hovers after that.

For each leaf crate directory given (e.g. /tmp/zimerr-bench/leaves/a_1000, d_1000):
  1. copies the crate to WORK/<crate> as a workspace of its own (the leaves' Cargo.lock
     beside it, path dependencies made absolute), so that rust-analyzer loads this crate
     and not the whole leaf workspace, and adds examples/hover_probe.rs, which names
     HOVERS + 1 variants of `ZimCode` spread over the catalog;
  2. `cargo check --all-targets` (unless --no-warm): the target directory is warm, as in
     an editor restarted on a project that was already built; for a_N this builds the
     proc macro that rust-analyzer's proc-macro server loads;
  3. starts rust-analyzer (proc macros and build scripts on, as by default; check on save
     off, so no `cargo check` runs behind the measurement), opens the probe, and sends
     `textDocument/hover` on the first variant every --poll seconds until the answer
     contains that variant's description: `first_hover_s` is the time from starting the
     server to that answer;
  4. waits until the server is quiescent (`experimental/serverStatus`) and no `$/progress`
     is open (`quiescent_s`), then hovers on the other HOVERS variants one after the
     other, checking each answer holds its description: `hover_ms` median / min / max;
  5. shuts the server down and does 3-4 again, --runs times in all (editor restarts),
     the crates rotated from one run to the next.
The descriptions come from the crate's catalog.yaml, or the one of a_N beside it, or
--catalog. One JSON record per crate goes to stdout (and to --out): the medians over the
starts of first_hover_s, quiescent_s, hover_ms_median and the server's peak RSS, and
every start's own figures under "sessions".

Usage:
  python3 bench/ide_hover.py /tmp/zimerr-bench/leaves/a_1000 /tmp/zimerr-bench/leaves/d_1000
  python3 bench/ide_hover.py LEAVES/a_10000 LEAVES/d_10000 --runs 5 --out bench/results/ide-hover.json

Needs rust-analyzer on PATH (`rustup component add rust-analyzer`) and the crates'
dependencies in cargo's cache (bench/compile.py fetches them); runs cargo offline.
"""

import argparse
import datetime
import json
import os
import queue
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path


class LspError(Exception):
    pass


class Server:
    """A rust-analyzer process spoken to over stdio with LSP's Content-Length framing."""

    def __init__(self, cmd, cwd, env, log):
        self.t0 = time.monotonic()
        self.proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=log)
        self.inbox = queue.Queue()
        self.next_id = 0
        self.quiescent = False
        self.open_progress = set()
        # When the server last became quiescent / last closed a progress: with the
        # first hover polled meanwhile, "idle" is found late, so its time is kept here.
        self.quiescent_since = None
        self.last_progress_end = self.t0
        self.config = {}
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                key, _, value = line.decode("ascii").partition(":")
                headers[key.strip().lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            self.inbox.put(json.loads(body))

    def send(self, message):
        message["jsonrpc"] = "2.0"
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def _handle(self, msg):
        """Server-to-client traffic: answer its requests, track progress and status."""
        method = msg.get("method")
        if method == "$/progress":
            token, kind = msg["params"]["token"], msg["params"]["value"].get("kind")
            if kind == "begin":
                self.open_progress.add(token)
            elif kind == "end":
                self.open_progress.discard(token)
                self.last_progress_end = time.monotonic()
        elif method == "experimental/serverStatus":
            quiescent = bool(msg["params"].get("quiescent"))
            if quiescent and not self.quiescent:
                self.quiescent_since = time.monotonic()
            self.quiescent = quiescent
        if "id" in msg and method:
            if method == "workspace/configuration":
                result = [self.config for _ in msg["params"]["items"]]
            else:
                result = None  # workDoneProgress/create, registerCapability, ...
            self.send({"id": msg["id"], "result": result})

    def pump(self, timeout):
        """Handle one incoming message, or return after `timeout` seconds."""
        try:
            msg = self.inbox.get(timeout=timeout)
        except queue.Empty:
            return None
        if msg is None:
            raise LspError(f"rust-analyzer exited (code {self.proc.poll()})")
        if "method" in msg:
            self._handle(msg)
        return msg

    def request(self, method, params, timeout):
        self.next_id += 1
        rid = self.next_id
        self.send({"id": rid, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            msg = self.pump(max(0.0, deadline - time.monotonic()))
            if msg is not None and msg.get("id") == rid and "method" not in msg:
                if "error" in msg:
                    raise LspError(f"{method}: {msg['error']}")
                return msg.get("result")
        raise LspError(f"{method}: no answer within {timeout} s")

    def peak_rss_mb(self):
        """VmHWM of the server and of its children (the proc-macro server)."""
        def hwm(pid):
            try:
                text = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                return None
            m = re.search(r"VmHWM:\s+(\d+) kB", text)
            return int(m.group(1)) / 1024 if m else None

        kids = []
        for task in Path(f"/proc/{self.proc.pid}/task").glob("*/children"):
            try:
                kids += task.read_text().split()
            except OSError:
                pass
        return hwm(self.proc.pid), [h for h in map(hwm, kids) if h is not None]

    def close(self):
        try:
            self.request("shutdown", None, timeout=30)
            self.notify("exit", None)
            self.proc.wait(timeout=30)
        except (LspError, OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()


def catalog_entries(path: Path):
    """(name, description) of each code of a catalog, read line by line (stdlib only):
    the generated catalogs and errors.yaml write one code per `  - code:` block with
    single-line scalars; a description in another form is skipped."""
    entries = []
    for block in re.split(r"\n  - code: ", path.read_text())[1:]:
        name = re.search(r"^    name: (\S+)", block, re.M)
        desc = re.search(r"^    description: (.+)$", block, re.M)
        if not name or not desc:
            continue
        text = desc.group(1).strip()
        if text.startswith('"'):
            try:
                text = json.loads(text)
            except json.JSONDecodeError:
                continue
        elif text.startswith("'"):
            text = text[1:-1].replace("''", "'")
        elif text[0] in "|>":
            continue
        entries.append((name.group(1), text))
    return entries


def normalize(text):
    """What a description looks like in hover text: markdown escapes dropped, spaces
    collapsed."""
    return " ".join(text.replace("\\", "").split())


def find_catalog(crate: Path, given):
    if given:
        return Path(given)
    m = re.fullmatch(r"[a-z]_(\d+)", crate.name)
    for candidate in [crate / "catalog.yaml"] + ([crate.parent / f"a_{m.group(1)}" / "catalog.yaml"] if m else []):
        if candidate.exists():
            return candidate
    sys.exit(f"ide_hover.py: no catalog.yaml in {crate} nor in its a_N sibling; pass --catalog")


def prepare(crate: Path, dest: Path, probes):
    """The standalone copy of the crate with its hover probe; the probe's positions."""
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(crate, dest, ignore=shutil.ignore_patterns("target"))
    manifest = (crate / "Cargo.toml").read_text()
    package = re.search(r'^name = "([^"]+)"', manifest, re.M).group(1)

    # Path dependencies (inline tables) must still point at the originals from the copy.
    def absolute(m):
        p = Path(m.group(2))
        return f"{m.group(1)}{p if p.is_absolute() else (crate / p).resolve()}{m.group(3)}"

    manifest = re.sub(r'(\{[^}\n]*\bpath = ")([^"]+)(")', absolute, manifest)
    if not re.search(r"^\[workspace\]", manifest, re.M):
        manifest += "\n# A workspace of its own (bench/ide_hover.py).\n[workspace]\n"
    (dest / "Cargo.toml").write_text(manifest)
    lock = crate / "Cargo.lock" if (crate / "Cargo.lock").exists() else crate.parent / "Cargo.lock"
    if lock.exists():
        shutil.copy(lock, dest / "Cargo.lock")
    lines = ["//! Generated by bench/ide_hover.py: the variants it hovers on, one per line.",
             f"use {package.replace('-', '_')}::ZimCode;", "", "fn main() {", "    let probes = ["]
    positions = []
    for name, _ in probes:
        prefix = "        ZimCode::"
        positions.append((len(lines), len(prefix) + len(name) // 2))
        lines.append(f"{prefix}{name},")
    lines += ["    ];", "    let _ = probes.len();", "}", ""]
    (dest / "examples").mkdir(exist_ok=True)
    probe = dest / "examples/hover_probe.rs"
    probe.write_text("\n".join(lines))
    return probe, positions


def hover_text(result):
    if not result:
        return ""
    contents = result.get("contents")
    if isinstance(contents, dict):
        return contents.get("value", "")
    if isinstance(contents, list):
        return "\n".join(c if isinstance(c, str) else c.get("value", "") for c in contents)
    return contents or ""


def setup(crate: Path, args):
    """The crate's copy, probe and warm target directory, made once for all sessions."""
    catalog = find_catalog(crate, args.catalog)
    entries = catalog_entries(catalog)
    if len(entries) < args.hovers + 1:
        sys.exit(f"ide_hover.py: {catalog}: {len(entries)} usable codes, need {args.hovers + 1}")
    # Spread over the whole enum, so that the figures do not depend on where in it a
    # variant sits; the first hover is on the one in the middle.
    picks = sorted({int((i + 0.5) * len(entries) / (args.hovers + 1)) for i in range(args.hovers + 1)})
    middle = picks[len(picks) // 2]
    probes = [entries[i] for i in [middle] + [i for i in picks if i != middle]]
    dest = Path(args.work) / crate.name
    probe, positions = prepare(crate, dest, probes)
    env = dict(os.environ, CARGO_TARGET_DIR=str(Path(args.target) / crate.name), CARGO_TERM_COLOR="never")
    env.pop("RUSTC_WRAPPER", None)
    warm_s = None
    if not args.no_warm:
        print(f"== {crate.name}: cargo check --all-targets (warm-up)", file=sys.stderr, flush=True)
        t = time.monotonic()
        p = subprocess.run(["nice", "-n", str(args.nice), "cargo", "check", "--offline", "-q", "--all-targets"],
                           cwd=dest, env=env, text=True, capture_output=True)
        if p.returncode != 0:
            sys.exit(f"ide_hover.py: cargo check in {dest} failed:\n{p.stderr[-3000:]}")
        warm_s = round(time.monotonic() - t, 3)
    return {"crate": crate, "dest": dest, "env": env, "probe": probe, "positions": positions,
            "probes": probes, "record": {"crate": crate.name, "catalog": str(catalog),
                                         "codes": len(entries), "warm_check_s": warm_s}}


def session(ctx, args, run):
    """One editor start: rust-analyzer from launch to the first hover with docs, then
    the repeated hovers once it is idle."""
    crate, dest, env, probe = ctx["crate"], ctx["dest"], ctx["env"], ctx["probe"]
    positions, probes = ctx["positions"], ctx["probes"]
    print(f"== {crate.name}: rust-analyzer, start {run + 1}/{args.runs}", file=sys.stderr, flush=True)
    log = open(Path(args.work) / f"{crate.name}.rust-analyzer.{run + 1}.log", "w")
    server = Server(["nice", "-n", str(args.nice), args.rust_analyzer], dest, env, log)
    settings = {"procMacro": {"enable": True}, "cargo": {"buildScripts": {"enable": True}},
                "checkOnSave": False, "cachePriming": {"enable": True}}
    server.config = settings
    uri = probe.resolve().as_uri()
    record = {}
    try:
        server.request("initialize", {
            "processId": os.getpid(),
            "rootUri": dest.resolve().as_uri(),
            "workspaceFolders": [{"uri": dest.resolve().as_uri(), "name": crate.name}],
            "capabilities": {
                "window": {"workDoneProgress": True},
                "workspace": {"configuration": True},
                "textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]}},
                "experimental": {"serverStatusNotification": True},
            },
            "initializationOptions": settings,
        }, timeout=args.timeout)
        server.notify("initialized", {})
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "rust", "version": 1, "text": probe.read_text()}})

        def hover(i):
            line, col = positions[i]
            try:
                return hover_text(server.request("textDocument/hover", {
                    "textDocument": {"uri": uri}, "position": {"line": line, "character": col}},
                    timeout=args.timeout))
            except LspError as e:
                # Answers cancelled because the workspace is still loading are retried.
                if "-32801" in str(e) or "-32802" in str(e) or "content modified" in str(e).lower():
                    return ""
                raise

        deadline = server.t0 + args.timeout
        want = normalize(probes[0][1])
        attempts = 0
        while True:
            attempts += 1
            text = hover(0)
            if want in normalize(text):
                record["first_hover_s"] = round(time.monotonic() - server.t0, 3)
                record["first_hover_attempts"] = attempts
                record["quiescent_at_first_hover"] = server.quiescent
                break
            if time.monotonic() > deadline:
                raise LspError(f"no hover with {want!r} within {args.timeout} s; last answer: {text[:300]!r}")
            end = time.monotonic() + args.poll
            while time.monotonic() < end:
                server.pump(max(0.0, end - time.monotonic()))
        while not (server.quiescent and not server.open_progress):
            if time.monotonic() > deadline:
                raise LspError(f"not quiescent within {args.timeout} s (open: {server.open_progress})")
            server.pump(0.5)
        record["quiescent_s"] = round(max(server.quiescent_since, server.last_progress_end) - server.t0, 3)
        latencies = []
        for i in range(1, len(probes)):
            t = time.monotonic()
            text = hover(i)
            latencies.append((time.monotonic() - t) * 1000)
            if normalize(probes[i][1]) not in normalize(text):
                raise LspError(f"hover on {probes[i][0]} lacks its description; got {text[:300]!r}")
        record.update(
            hovers=len(latencies),
            hover_ms_median=round(statistics.median(latencies), 2),
            hover_ms_min=round(min(latencies), 2),
            hover_ms_max=round(max(latencies), 2),
            hover_ms=[round(x, 2) for x in latencies],
            sample_hover=text[:400],
        )
        ra, kids = server.peak_rss_mb()
        record["rust_analyzer_peak_mb"] = round(ra, 1) if ra else None
        record["children_peak_mb"] = [round(k, 1) for k in kids]
    except LspError as e:
        record["error"] = str(e)
    finally:
        server.close()
        log.close()
    return record


def measure(ctxs, args):
    """`--runs` sessions per crate, the crates rotated from one run to the next (so that
    background load falls on all alike); per crate the sessions and their medians."""
    sessions = {c["crate"].name: [] for c in ctxs}
    for run in range(args.runs):
        for ctx in ctxs[run % len(ctxs):] + ctxs[:run % len(ctxs)]:
            r = session(ctx, args, run)
            sessions[ctx["crate"].name].append(r)
            print("   " + json.dumps({k: v for k, v in r.items() if k not in ("hover_ms", "sample_hover")}),
                  file=sys.stderr, flush=True)
    records = []
    for ctx in ctxs:
        runs = sessions[ctx["crate"].name]
        ok = [r for r in runs if "error" not in r]
        record = dict(ctx["record"], runs=len(runs), failed=len(runs) - len(ok))
        for key in ("first_hover_s", "quiescent_s", "hover_ms_median", "rust_analyzer_peak_mb"):
            values = [r[key] for r in ok if r.get(key) is not None]
            record[key] = round(statistics.median(values), 3) if values else None
        record["sessions"] = runs
        records.append(record)
    return records


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("crates", nargs="+", help="leaf crate directories (e.g. LEAVES/a_1000)")
    ap.add_argument("--catalog", help="catalog.yaml with the codes' descriptions "
                                      "(default: the crate's, or its a_N sibling's)")
    ap.add_argument("--runs", type=int, default=3, help="editor starts per crate (default: 3)")
    ap.add_argument("--hovers", type=int, default=20, help="hovers timed after the first (default: 20)")
    ap.add_argument("--poll", type=float, default=0.25, help="seconds between first-hover attempts")
    ap.add_argument("--timeout", type=float, default=900, help="seconds allowed per crate")
    ap.add_argument("--work", default="/tmp/zimerr-ide", help="where the crate copies and logs go")
    ap.add_argument("--target", default=None, help="parent of the target dirs (default: WORK/target)")
    ap.add_argument("--rust-analyzer", default="rust-analyzer", help="the server binary")
    ap.add_argument("--no-warm", action="store_true", help="skip the `cargo check` warm-up")
    ap.add_argument("--nice", type=int, default=5)
    ap.add_argument("--out", help="also write the records (JSON list) to this file")
    args = ap.parse_args()
    args.target = args.target or str(Path(args.work) / "target")
    if shutil.which(args.rust_analyzer) is None:
        sys.exit(f"ide_hover.py: {args.rust_analyzer} not found (rustup component add rust-analyzer)")
    Path(args.work).mkdir(parents=True, exist_ok=True)
    crates = [Path(c).resolve() for c in args.crates]
    for c in crates:
        if not (c / "Cargo.toml").exists():
            sys.exit(f"ide_hover.py: {c} is not a crate directory")
    env = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "rust_analyzer": subprocess.run([args.rust_analyzer, "--version"], text=True,
                                        capture_output=True).stdout.strip(),
        "nproc": os.cpu_count(),
        "load": os.getloadavg()[0],
    }
    records = measure([setup(c, args) for c in crates], args)
    for r in records:
        r["env"] = env
        print(f"{r['crate']}: first hover {r['first_hover_s']} s, quiescent {r['quiescent_s']} s, "
              f"hover median {r['hover_ms_median']} ms, rust-analyzer peak {r['rust_analyzer_peak_mb']} MB "
              f"(medians of {r['runs'] - r['failed']} starts)", file=sys.stderr)
    text = json.dumps(records, indent=1, ensure_ascii=False)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")
    if any(r["failed"] for r in records):
        sys.exit(1)


if __name__ == "__main__":
    main()
