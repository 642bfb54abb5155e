#!/usr/bin/env python3
"""What rustc pays per constant item (section 7.5 of docs/PERFORMANCE.md): four library
crates around one enum of N variants (random distinct codes) — `none.rs` the enum alone,
`plain.rs` plus a module of N `pub const C: u32`, `doc.rs` the same with one doc comment
each (a description and an intra-doc link, as zim_errors! writes them), `assoc.rs` the N
constants as associated constants of a unit struct. Writes them into DIR; compile each
with `/usr/bin/time -f "%e s %M KB" rustc --edition 2024 --crate-type lib -C debuginfo=2`.

    constants_cost.py DIR [N]
"""
import random
import sys
from pathlib import Path

out = Path(sys.argv[1])
n = int(sys.argv[2]) if len(sys.argv) > 2 else 50_000
out.mkdir(parents=True, exist_ok=True)
codes = random.Random(2).sample(range(1, 10**9), n)


def doc(i):
    return (f"`{codes[i]}` Description number {i} of the synthetic catalog, long enough to look "
            f"real.\\n\\nThe raw value of [`E::V{i}`](super::E::V{i}).")


enum = "pub enum E {" + ",".join(f"V{i} = {codes[i]}" for i in range(n)) + "}\n"
(out / "none.rs").write_text(enum)
(out / "plain.rs").write_text(
    enum + "pub mod codes {\n" + "".join(f"pub const C{i}: u32 = {codes[i]};\n" for i in range(n)) + "}\n")
(out / "doc.rs").write_text(
    enum + "pub mod codes {\n"
    + "".join(f'#[doc = "{doc(i)}"]\npub const C{i}: u32 = {codes[i]};\n' for i in range(n)) + "}\n")
(out / "assoc.rs").write_text(
    enum + "pub struct Codes;\nimpl Codes {\n"
    + "".join(f"pub const C{i}: u32 = {codes[i]};\n" for i in range(n)) + "}\n")
