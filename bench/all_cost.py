#!/usr/bin/env python3
"""What `ALL` costs rustc (docs/PERFORMANCE.md, Finding 1): a diagnosis, not a benchmark.

Takes the leaf crates of a previous `bench/compile.sh` run (default /tmp/zimerr-bench),
prints the expansion of a_N (`-Z unpretty=expanded`), and compiles it with rustc twice:
as generated, and with `ALL` never evaluated (the codes moved to a module-level static,
`from_code` / `FromStr` / `Category::codes` reading one `u32` and transmuting it, the trait
impl's `ALL` emptied). Does the same for the hand-written b_N (`FromStr` without `ALL`).
Prints rustc's total time, peak RSS and its `MIR_borrow_checking` pass for each.

Uses `RUSTC_BOOTSTRAP=1` for `-Z` flags on stable rustc: for diagnosis only.

    python3 bench/all_cost.py 10000            # about 30 s
    python3 bench/all_cost.py 50000            # about 5 minutes
"""

import os
import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
FEATURES = ("#![allow(internal_features)]\n#![feature(coverage_attribute, trivial_clone, "
            "structural_match, derive_eq_internals, core_intrinsics, panic_internals, "
            "const_format_args, fmt_internals, rt, print_internals)]\n")


def transmute(index):
    return f"unsafe {{ ::core::mem::transmute::<u32, Self>(CODES[{index}]) }}"


def fix_a(s: str):
    """The expansion without `ALL` evaluated; None when the codegen already avoids it
    (zimerr after commit 18731b6)."""
    if "const ALL: &'static [Self] = ZimCode::ALL;" not in s:
        return None
    m = re.search(r"(    pub const ALL: &'static \[Self\] =\s*\{\s*)(static CODES: \[u32; \d+usize\] =\s*\[.*?\];)", s, re.S)
    codes = m.group(2)
    s = s[:m.start(2)] + s[m.end(2):]
    s = s.replace("#[repr(u32)]\n#[non_exhaustive]\npub enum ", codes + "\n#[repr(u32)]\n#[non_exhaustive]\npub enum ", 1)
    for old, new in [
        ("if index < Self::ALL.len() && Self::ALL[index] as u32 == code {",
         "if index < CODES.len() && CODES[index] == code {"),
        ("::core::option::Option::Some(Self::ALL[index])",
         f"::core::option::Option::Some({transmute('index')})"),
        ("BY_NAME.binary_search_by(|&i| Self::ALL[i].name().cmp(s))",
         f"BY_NAME.binary_search_by(|&i| {transmute('i')}.name().cmp(s))"),
        ("return ::core::result::Result::Ok(Self::ALL[BY_NAME[found]]);",
         f"return ::core::result::Result::Ok({transmute('BY_NAME[found]')});"),
        ("ZimCode::ALL.iter().copied().filter(",
         "CODES.iter().map(|&c| unsafe { ::core::mem::transmute::<u32, ZimCode>(c) }).filter("),
        ("const ALL: &'static [Self] = ZimCode::ALL;", "const ALL: &'static [Self] = &[];"),
    ]:
        if s.count(old) != 1:
            sys.exit(f"the expansion changed shape; not found once: {old}")
        s = s.replace(old, new)
    return s


def fix_b(s: str):
    if "Self::ALL[i]" not in s:
        return None  # bench/gen-catalog after 2026-11-25 already avoids it
    old = ("if let Ok(found) = BY_NAME.binary_search_by(|&i| Self::ALL[i].name().cmp(s)) {\n"
           "            return Ok(Self::ALL[BY_NAME[found]]);")
    new = (f"if let Ok(found) = BY_NAME.binary_search_by(|&i| {transmute('i')}.name().cmp(s)) {{\n"
           f"            return Ok({transmute('BY_NAME[found]')});")
    assert s.count(old) == 1, "b_N changed shape"
    return s.replace(old, new)


def rustc(path: Path, out: Path, extra):
    env = dict(os.environ, RUSTC_BOOTSTRAP="1")
    cmd = ["nice", "-n", "10", "/usr/bin/time", "-f", "TOTAL %e %M", "rustc", "-Z", "time-passes",
           "--crate-type", "lib", "--edition", "2024", "-g", "--emit=metadata,link",
           "-o", str(out / (path.stem + ".rlib")), *extra, str(path)]
    p = subprocess.run(cmd, env=env, text=True, capture_output=True)
    total = re.search(r"TOTAL ([\d.]+) (\d+)", p.stderr)
    borrowck = re.search(r"time:\s+([\d.]+);[^\n]*MIR_borrow_checking", p.stderr)
    errors = [l for l in p.stderr.splitlines() if l.startswith("error")]
    return (float(total.group(1)), int(total.group(2)) // 1024,
            float(borrowck.group(1)) if borrowck else float("nan"), len(errors))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    work = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/tmp/zimerr-bench")
    leaves, target = work / "leaves", Path(os.environ.get("CARGO_TARGET_DIR", "/tmp/target-perf")) / "all-cost"
    out = work / "all-cost"
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, RUSTC_BOOTSTRAP="1", CARGO_TARGET_DIR=str(target), CARGO_INCREMENTAL="0")
    print(f"expanding a_{n} ...", flush=True)
    (leaves / f"a_{n}/src/lib.rs").touch()
    expanded = subprocess.run(["cargo", "rustc", "--offline", "-q", "-p", f"a_{n}", "--", "-Zunpretty=expanded"],
                              cwd=leaves, env=env, text=True, capture_output=True, check=True).stdout
    zimerr = max((target / "debug/deps").glob("libzimerr-*.rlib"), key=lambda p: p.stat().st_mtime)
    extra = ["--extern", f"zimerr={zimerr}", "-L", str(target / "debug/deps")]
    b = (leaves / f"b_{n}/src/lib.rs").read_text()
    runs = []
    for crate, text, fixed, ex in [("a", FEATURES + expanded, fix_a(expanded), extra),
                                   ("b", b, fix_b(b), [])]:
        (out / f"{crate}_{n}_as_generated.rs").write_text(text)
        runs.append((f"{crate}_{n}_as_generated", ex))
        if fixed is None:
            print(f"({crate}_{n} already leaves ALL unevaluated)")
        else:
            (out / f"{crate}_{n}_all_unevaluated.rs").write_text(
                (FEATURES if crate == "a" else "") + fixed)
            runs.append((f"{crate}_{n}_all_unevaluated", ex))
    print("| file | rustc s | peak MB | MIR_borrow_checking s |\n|---|---:|---:|---:|")
    for name, ex in runs:
        total, rss, borrowck, errors = rustc(out / f"{name}.rs", out, ex)
        if errors:
            sys.exit(f"{out / name}.rs does not compile ({errors} errors): the comparison would be void")
        print(f"| {name} | {total:.2f} | {rss:,} | {borrowck:.2f} |", flush=True)


if __name__ == "__main__":
    main()
