#!/usr/bin/env python3
"""What rustc pays for a per-code table written as N integer literals against the same
bytes as one byte-string literal: two library crates of K tables of N random u32 each,
`arr.rs` (`static T: [u32; N] = [a, b, …]`) and `bytes.rs` (`static T: [u8; 4N] =
*b"…"`, the little-endian bytes), each with one function reading every table. Writes the
two files into DIR; run.sh compiles them alternately under /usr/bin/time.

    arrays_vs_bytes.py DIR [N] [K]
"""
import random
import sys
from pathlib import Path

out = Path(sys.argv[1])
n = int(sys.argv[2]) if len(sys.argv) > 2 else 50_000
k = int(sys.argv[3]) if len(sys.argv) > 3 else 10
out.mkdir(parents=True, exist_ok=True)
rng = random.Random(1)
arms = ", ".join(f"{i} => &T{i}" for i in range(k - 1)) + f", _ => &T{k - 1}"
with open(out / "arr.rs", "w") as f:
    for i in range(k):
        values = ",".join(str(rng.randrange(2**32)) for _ in range(n))
        f.write(f"pub static T{i}: [u32; {n}] = [{values}];\n")
    f.write(f"pub fn get(k: usize, i: usize) -> u32 {{ let t: &[u32; {n}] = match k {{ {arms} }}; t[i] }}\n")
with open(out / "bytes.rs", "w") as f:
    for i in range(k):
        data = b"".join(rng.randrange(2**32).to_bytes(4, "little") for _ in range(n))
        literal = "".join(f"\\x{byte:02x}" for byte in data)
        f.write(f'pub static T{i}: [u8; {4 * n}] = *b"{literal}";\n')
    f.write(
        f"pub fn get(k: usize, i: usize) -> u32 {{ let t: &[u8; {4 * n}] = match k {{ {arms} }}; "
        "u32::from_le_bytes([t[4 * i], t[4 * i + 1], t[4 * i + 2], t[4 * i + 3]]) }\n"
    )
