#!/usr/bin/env python3
"""Writes a crate turning a catalog index into one of N enum variants, one way per MODE:

    bench/index_to_variant.py N MODE > lib.rs

Every crate has the same `#[repr(u32)]` enum of N variants (codes 7 apart from 6,000,000,
as a catalog's) and `pub fn at(i: usize) -> Option<E>`; they differ in how `at` is written:

- `view`: a `static [u32; N]` viewed as `[E; N]` through a pointer cast (`unsafe`), the
  expansion's way before the safe lookup;
- `static`: a `static [E; N]` (safe; rustc validates it in O(N^2));
- `match`: one N-arm `match i { 0 => Some(E::V0), … }`;
- `tree64`: nested 64-arm matches on 6 bits of the index at a time
  (`match i >> 12 & 63 { 0 => match i >> 6 & 63 { … } … }`), in one function;
- `chunkK` (e.g. `chunk64`): one function per K variants
  (`fn at_3(j: usize) -> Option<E> { Some(match j { … }) }`) and a `match i / K` calling them;
- `ifs`: a balanced tree of `if i < k { … } else { … }`.
"""
import sys

n = int(sys.argv[1])
mode = sys.argv[2]
out = []
w = out.append
w("#![allow(clippy::all)]")
if mode != "view":
    w("#![forbid(unsafe_code)]")
w("#[repr(u32)] #[derive(Clone, Copy, PartialEq, Eq)] pub enum E {")
for i in range(n):
    w(f"V{i} = {6000000 + i * 7},")
w("}")


def tree(lo, hi, shift):
    """Variants lo..hi, a match on bits `shift..shift+6` of i."""
    if shift == 0:
        arms = "".join(f"{j - lo} => E::V{j}," for j in range(lo, hi))
        return f"match i & 63 {{ {arms} _ => return None }}"
    size = 1 << shift
    arms = []
    for k, start in enumerate(range(lo, hi, size)):
        arms.append(f"{k} => {tree(start, min(start + size, hi), shift - 6)},")
    return f"match (i >> {shift}) & 63 {{ {''.join(arms)} _ => return None }}"


def ifs(lo, hi):
    if hi - lo == 1:
        return f"E::V{lo}"
    mid = (lo + hi) // 2
    return f"if i < {mid} {{ {ifs(lo, mid)} }} else {{ {ifs(mid, hi)} }}"


if mode == "view":
    w(f"static CODES: [u32; {n}] = [" + ",".join(str(6000000 + i * 7) for i in range(n)) + "];")
    w(f"fn all() -> &'static [E; {n}] {{ unsafe {{ &*(&CODES as *const [u32; {n}] as *const [E; {n}]) }} }}")
    w("pub fn at(i: usize) -> Option<E> { all().get(i).copied() }")
elif mode == "static":
    w(f"static ALL: [E; {n}] = [" + ",".join(f"E::V{i}" for i in range(n)) + "];")
    w("pub fn at(i: usize) -> Option<E> { ALL.get(i).copied() }")
elif mode == "match":
    w("pub fn at(i: usize) -> Option<E> { Some(match i {"
      + "".join(f"{i} => E::V{i}," for i in range(n)) + " _ => return None }) }")
elif mode == "tree64":
    shift = 0
    while (1 << (shift + 6)) < n:
        shift += 6
    w(f"pub fn at(i: usize) -> Option<E> {{ if i >= {n} {{ return None; }} Some({tree(0, n, shift)}) }}")
elif mode.startswith("chunk"):
    size = int(mode[len("chunk"):])
    chunks = list(range(0, n, size))
    for k, start in enumerate(chunks):
        arms = "".join(f"{j - start} => E::V{j}," for j in range(start, min(start + size, n)))
        w(f"fn at_{k}(j: usize) -> Option<E> {{ Some(match j {{ {arms} _ => return None }}) }}")
    w(f"pub fn at(i: usize) -> Option<E> {{ match i / {size} {{"
      + "".join(f"{k} => at_{k}(i % {size})," for k in range(len(chunks))) + " _ => None } }")
elif mode == "ifs":
    w(f"pub fn at(i: usize) -> Option<E> {{ if i >= {n} {{ return None; }} Some({ifs(0, n)}) }}")
else:
    sys.exit(f"unknown mode {mode}")
print("\n".join(out))
