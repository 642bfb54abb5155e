#!/usr/bin/env python3
"""Run-time cost of the check in `zimerr::__private::text`: writes a Rust program that cuts
the description texts of a catalog (a YAML file; every `description:` and
`description_zh:` line) out of one joined string, by the unchecked form (char-boundary
check, then `from_utf8_unchecked`: the runtime before 2026-12-07) and by the checked form
(`core::str::from_utf8` of the cut: the runtime since), and times each over 1,000,000 reads.

    python3 bench/text_check.py errors.yaml > /tmp/text_check.rs
    rustc -O --edition 2021 -o /tmp/text_check /tmp/text_check.rs && /tmp/text_check

Prints `FORM ns-per-read` for 7 rounds, alternating the two forms.
"""
import json
import sys

texts = []
for line in open(sys.argv[1], encoding="utf-8"):
    s = line.strip()
    for key in ("description:", "description_zh:"):
        if s.startswith(key):
            value = s[len(key):].strip()
            if value.startswith('"') and value.endswith('"'):
                value = json.loads(value)
            elif value.startswith("'") and value.endswith("'"):
                value = value[1:-1].replace("''", "'")
            texts.append(value)
joined = "".join(texts)
ends, at = [], 0
for t in texts:
    at += len(t.encode("utf-8"))
    ends.append(at)
ends_bytes = "".join(f"\\x{b:02x}" for e in ends for b in e.to_le_bytes(4, "little")) if False else \
    "".join("".join(f"\\x{b:02x}" for b in e.to_bytes(4, "little")) for e in ends)
print(f"""// {len(texts)} texts, {len(joined.encode('utf-8'))} bytes, from {sys.argv[1]}
use std::hint::black_box;
use std::time::Instant;

static TEXT: &str = {json.dumps(joined, ensure_ascii=False)};
static ENDS: &[u8] = b"{ends_bytes}";

#[inline]
const fn u32_at(table: &[u8], index: usize) -> u32 {{
    if let Some(at) = index.checked_mul(4) {{
        if let Some((_, rest)) = table.split_at_checked(at) {{
            if let Some(bytes) = rest.first_chunk::<4>() {{
                return u32::from_le_bytes(*bytes);
            }}
        }}
    }}
    panic!("index out of bounds of a generated table")
}}

#[inline]
const fn is_char_boundary(bytes: &[u8], at: usize) -> bool {{
    at == bytes.len() || bytes[at] & 0b1100_0000 != 0b1000_0000
}}

#[inline]
const fn text_unchecked(joined: &'static str, ends: &[u8], index: usize) -> &'static str {{
    let end = u32_at(ends, index) as usize;
    let start = if index == 0 {{ 0 }} else {{ u32_at(ends, index - 1) as usize }};
    let bytes = joined.as_bytes();
    let (head, _) = bytes.split_at(end);
    let (_, cut) = head.split_at(start);
    assert!(is_char_boundary(bytes, start) && is_char_boundary(bytes, end), "cut");
    unsafe {{ ::core::str::from_utf8_unchecked(cut) }}
}}

#[inline]
const fn text_checked(joined: &'static str, ends: &[u8], index: usize) -> &'static str {{
    let end = u32_at(ends, index) as usize;
    let start = if index == 0 {{ 0 }} else {{ u32_at(ends, index - 1) as usize }};
    let (head, _) = joined.as_bytes().split_at(end);
    let (_, cut) = head.split_at(start);
    match ::core::str::from_utf8(cut) {{
        Ok(text) => text,
        Err(_) => panic!("cut"),
    }}
}}

const READS: usize = 1_000_000;

fn time(f: fn(&'static str, &[u8], usize) -> &'static str) -> f64 {{
    let n = ENDS.len() / 4;
    let start = Instant::now();
    let mut total = 0usize;
    for i in 0..READS {{
        total += f(black_box(TEXT), black_box(ENDS), black_box(i % n)).len();
    }}
    black_box(total);
    start.elapsed().as_nanos() as f64 / READS as f64
}}

fn main() {{
    let n = ENDS.len() / 4;
    for i in 0..n {{
        assert_eq!(text_checked(TEXT, ENDS, i), text_unchecked(TEXT, ENDS, i));
    }}
    for _ in 0..7 {{
        println!("unchecked {{:.2}}", time(text_unchecked));
        println!("checked {{:.2}}", time(text_checked));
    }}
}}""")
