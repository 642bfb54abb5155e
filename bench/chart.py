#!/usr/bin/env python3
"""Draw the compile-cost chart (docs/compile-cost.svg) from bench/compile.py results.

Two log-log panels: the leaf rebuild's time (cargo build wall time, s) and its peak memory
(MB) against the number of codes, one line per variant (zimerr, the floor, the light
hand-written crate, the equal-API tables, the derive stack), from the medians of
`results.json` files written by bench/compile.py. Standard library only: the SVG is
written as text.

Usage:
  python3 bench/chart.py bench/results/run2-585d707-compile.json
  python3 bench/chart.py OLD.json NEW.json -o docs/compile-cost.svg
  python3 bench/chart.py RESULTS.json --variants a,d,f --title "zimerr vs the floor"

With several files, a later file's (variant, N) point replaces an earlier one's, so a run
of the new baselines can be drawn over a full run; the caption names every file's
commit and date. Variants: a zimerr, b equal-API tables, c derive stack, d light
hand-written, e floor (enum only), f floor (enum + name table).
"""

import argparse
import json
import math
import statistics
import sys
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parent.parent

# Drawing order = legend order; zimerr last so its line is on top.
STYLE = {
    # letter: (label, colour, marker, dashed); Okabe-Ito colours (colour-blind safe).
    "c": ("derive stack (thiserror + strum + num_enum)", "#CC79A7", "diamond", False),
    "b": ("hand-written, equal API (tables)", "#0072B2", "square", False),
    "d": ("light hand-written crate", "#009E73", "triangle", False),
    "f": ("floor: enum + name table", "#7F7F7F", "circle", True),
    "e": ("floor: enum with docs only", "#B0B0B0", "down", True),
    "r": ("zimerr, large-catalog recipe", "#E69F00", "square", False),
    "a": ("zimerr (zim_errors!)", "#D55E00", "circle", False),
}

# The legend reads from the cheapest to the dearest, zimerr first.
LEGEND = ["a", "r", "e", "f", "d", "b", "c"]

W, H = 1040, 600
PANEL_W, PANEL_H = 400, 330
PANEL_TOP = 78
PANEL_LEFT = (88, 600)
FONT = "DejaVu Sans, Helvetica, Arial, sans-serif"


def load(paths):
    """{variant: {n: (seconds, MB, reps)}} merged over the files, and one caption line
    pair per file: where it comes from, and which of the drawn points it supplied."""
    data, source, envs = {}, {}, []
    for i, path in enumerate(paths):
        try:
            results = json.loads(Path(path).read_text())
        except (OSError, json.JSONDecodeError) as e:
            sys.exit(f"chart.py: cannot read {path}: {e}")
        if "leaf" not in results or "env" not in results:
            sys.exit(f"chart.py: {path} is not a results file of bench/compile.py")
        for n, rows in results["leaf"].items():
            for v, samples in rows.items():
                if samples:
                    data.setdefault(v, {})[int(n)] = (
                        statistics.median(s["wall"] for s in samples),
                        statistics.median(s["rss_kb"] for s in samples) / 1024,
                        len(samples))
                    source[(v, int(n))] = i
        envs.append((path, results["env"]))
    captions = []
    for i, (path, env) in enumerate(envs):
        supplied = {}
        for (v, n), j in source.items():
            if j == i:
                supplied.setdefault(n, []).append(v)
        by_sizes = {}
        for n, vs in sorted(supplied.items()):
            by_sizes.setdefault(", ".join(sorted(vs)), []).append(f"{n:,}")
        what = "; ".join(f"{vs} at N = {', '.join(ns)}" for vs, ns in by_sizes.items()) or "no point drawn"
        reps = sorted({data[v][n][2] for (v, n), j in source.items() if j == i})
        reps = "" if not reps else f" ({reps[0]} reps)" if len(reps) == 1 else f" ({reps[0]}–{reps[-1]} reps)"
        try:
            shown = Path(path).resolve().relative_to(REPO)
        except ValueError:
            shown = Path(path).name
        rustc = env.get("rustc", "rustc ?").split(" (")[0]
        captions.append(f"{shown}: zimerr {env.get('zimerr', '?')}, {env.get('date', '?')}, "
                        f"{rustc}, {env.get('nproc', '?')} cores")
        captions.append(f"    points drawn from it: {what}{reps}")
    return data, captions


def decade_ticks(lo, hi):
    """Labelled ticks (1-2-5 steps when the range is short, decades otherwise) and
    unlabelled minor ticks, covering [lo, hi]."""
    k0, k1 = math.floor(math.log10(lo)), math.ceil(math.log10(hi))
    steps = (1, 2, 5) if math.log10(hi / lo) <= 2.01 else (1,)
    major = [m * 10 ** k for k in range(k0, k1 + 1) for m in steps if lo <= m * 10 ** k <= hi]
    minor = [m * 10 ** k for k in range(k0, k1 + 1) for m in range(2, 10)
             if lo <= m * 10 ** k <= hi and m * 10 ** k not in major]
    return major, minor


def bounds(values):
    """Round outwards to 1-2-5 steps, so lines do not touch the frame."""
    lo, hi = min(values) / 1.25, max(values) * 1.25
    nice = lambda x, up: min((m * 10 ** k for k in range(-3, 8) for m in (1, 2, 5) if m * 10 ** k >= x),
                             default=x) if up else max(
        (m * 10 ** k for k in range(-3, 8) for m in (1, 2, 5) if m * 10 ** k <= x), default=x)
    return nice(lo, False), nice(hi, True)


def label(x):
    if x >= 1:
        return f"{x:,.0f}"
    return f"{x:g}"


def marker(kind, x, y, colour, tip):
    r = 4.5
    title = f"<title>{escape(tip)}</title>"
    if kind == "circle":
        shape = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}"'
    elif kind == "square":
        shape = f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r}" height="{2 * r}"'
    else:
        pts = {"triangle": [(0, -1.25), (1.1, 0.75), (-1.1, 0.75)],
               "down": [(0, 1.25), (1.1, -0.75), (-1.1, -0.75)],
               "diamond": [(0, -1.35), (1.2, 0), (0, 1.35), (-1.2, 0)]}[kind]
        shape = '<polygon points="' + " ".join(f"{x + dx * r:.1f},{y + dy * r:.1f}" for dx, dy in pts) + '"'
    return f'{shape} fill="{colour}" stroke="white" stroke-width="1">{title}</{shape.split()[0][1:]}>'


def panel(out, left, title, unit, series, xs_range):
    """One log-log panel; series = [(letter, [(n, value, reps)])]."""
    values = [v for _, pts in series for _, v, _ in pts]
    y0, y1 = bounds(values)
    x0, x1 = xs_range
    px = lambda n: left + (math.log10(n) - math.log10(x0)) / (math.log10(x1) - math.log10(x0)) * PANEL_W
    py = lambda v: PANEL_TOP + PANEL_H - (math.log10(v) - math.log10(y0)) / (math.log10(y1) - math.log10(y0)) * PANEL_H
    bottom = PANEL_TOP + PANEL_H
    out.append(f'<text x="{left}" y="{PANEL_TOP - 12}" class="panel">{escape(title)}</text>')
    out.append(f'<rect x="{left}" y="{PANEL_TOP}" width="{PANEL_W}" height="{PANEL_H}" class="frame"/>')
    ymaj, ymin = decade_ticks(y0, y1)
    xmaj, xmin = decade_ticks(x0, x1)
    for v in ymin:
        out.append(f'<line x1="{left}" x2="{left + PANEL_W}" y1="{py(v):.1f}" y2="{py(v):.1f}" class="minor"/>')
    for n in xmin:
        out.append(f'<line x1="{px(n):.1f}" x2="{px(n):.1f}" y1="{PANEL_TOP}" y2="{bottom}" class="minor"/>')
    for v in ymaj:
        y = py(v)
        out.append(f'<line x1="{left}" x2="{left + PANEL_W}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
        out.append(f'<text x="{left - 7}" y="{y + 4:.1f}" class="tick" text-anchor="end">{label(v)}</text>')
    for n in xmaj:
        x = px(n)
        out.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{PANEL_TOP}" y2="{bottom}" class="grid"/>')
        out.append(f'<text x="{x:.1f}" y="{bottom + 18}" class="tick" text-anchor="middle">{label(n)}</text>')
    out.append(f'<text x="{left + PANEL_W / 2}" y="{bottom + 40}" class="axis" text-anchor="middle">'
               f'error codes in the catalog (log scale)</text>')
    cy = PANEL_TOP + PANEL_H / 2
    out.append(f'<text x="{left - 52}" y="{cy}" class="axis" text-anchor="middle" '
               f'transform="rotate(-90 {left - 52} {cy})">{escape(unit)} (log scale)</text>')
    for v, pts in series:
        name, colour, kind, dashed = STYLE[v]
        width = 3 if v == "a" else 2
        dash = ' stroke-dasharray="6 4"' if dashed else ""
        path = " ".join(f"{'M' if i == 0 else 'L'}{px(n):.1f},{py(val):.1f}" for i, (n, val, _) in enumerate(pts))
        out.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="{width}" '
                   f'stroke-linejoin="round"{dash}/>')
        for n, val, reps in pts:
            shown = f"{val:.2f} s" if unit.startswith("time") else f"{val:,.0f} MB"
            out.append(marker(kind, px(n), py(val), colour,
                              f"{name}, N = {n:,}: {shown} (median of {reps})"))


def render(data, captions, variants, title):
    missing = [v for v in variants if v not in data]
    variants = [v for v in STYLE if v in variants and v in data]
    if not variants:
        sys.exit(f"chart.py: none of the requested variants is in the results (missing: {missing})")
    ns = sorted({n for v in variants for n in data[v]})
    xs_range = bounds(ns)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" '
           f'font-family="{FONT}">',
           "<style>.frame{fill:none;stroke:#444;stroke-width:1}.grid{stroke:#d0d0d0;stroke-width:1}"
           ".minor{stroke:#eee;stroke-width:1}.tick{font-size:12px;fill:#333}"
           ".axis{font-size:13px;fill:#333}.panel{font-size:15px;font-weight:bold;fill:#222}"
           ".title{font-size:19px;font-weight:bold;fill:#111}.legend{font-size:13px;fill:#222}"
           ".caption{font-size:11px;fill:#555}</style>",
           f'<rect width="{W}" height="{H}" fill="white"/>',
           f'<text x="{W / 2}" y="30" class="title" text-anchor="middle">{escape(title)}</text>']
    for i, (metric, unit) in enumerate([(0, "time, s"), (1, "peak memory, MB")]):
        series = [(v, [(n, data[v][n][metric], data[v][n][2]) for n in sorted(data[v])]) for v in variants]
        heading = ("Leaf rebuild time" if metric == 0 else "Leaf rebuild peak memory (rustc)")
        panel(out, PANEL_LEFT[i], heading, unit, series, xs_range)
    # Legend in two columns, filled column by column.
    y = PANEL_TOP + PANEL_H + 72
    order = [v for v in LEGEND if v in variants]
    rows = (len(order) + 1) // 2
    for i, v in enumerate(order):
        name, colour, kind, dashed = STYLE[v]
        x = PANEL_LEFT[0] + (i // rows) * 460
        yy = y + (i % rows) * 22
        dash = ' stroke-dasharray="6 4"' if dashed else ""
        out.append(f'<line x1="{x}" x2="{x + 34}" y1="{yy}" y2="{yy}" stroke="{colour}" '
                   f'stroke-width="{3 if v == "a" else 2}"{dash}/>')
        out.append(marker(kind, x + 17, yy, colour, name))
        out.append(f'<text x="{x + 42}" y="{yy + 4.5}" class="legend">({v}) {escape(name)}</text>')
    y += (rows - 1) * 22 + 32
    out.append(f'<text x="{PANEL_LEFT[0]}" y="{y}" class="caption">Medians of the leaf rebuilds of '
               f"bench/compile.py: touch src/lib.rs, then cargo build (dev profile, "
               f"CARGO_INCREMENTAL=0) on prebuilt dependencies;</text>")
    y += 15
    out.append(f'<text x="{PANEL_LEFT[0]}" y="{y}" class="caption">peak memory is the largest '
               f"resident set of the build (time -v), which is the leaf's rustc. Hover a point for "
               f"its value.</text>")
    for c in captions:
        y += 15
        out.append(f'<text x="{PANEL_LEFT[0]}" y="{y}" class="caption" xml:space="preserve">{escape(c)}</text>')
    if missing:
        y += 15
        out.append(f'<text x="{PANEL_LEFT[0]}" y="{y}" class="caption">Not in these results: '
                   f'{escape(", ".join(STYLE[v][0] for v in missing if v in STYLE))}.</text>')
    out.append("</svg>")
    # Grow the canvas when the caption runs past it (many input files).
    height = max(H, y + 15)
    out[0] = out[0].replace(f'0 0 {W} {H}" width="{W}" height="{H}"', f'0 0 {W} {height}" width="{W}" height="{height}"')
    out[2] = f'<rect width="{W}" height="{height}" fill="white"/>'
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("results", nargs="+", help="results JSON files of bench/compile.py (later ones win)")
    ap.add_argument("-o", "--output", default=str(REPO / "docs/compile-cost.svg"),
                    help="SVG to write (default: docs/compile-cost.svg; - for stdout)")
    ap.add_argument("--variants", default="a,b,c,d,e,f",
                    help="variant letters to draw (default: %(default)s, those present)")
    ap.add_argument("--title", default="What an error catalog costs to compile: rebuild of the crate that holds it")
    args = ap.parse_args()
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    unknown = [v for v in variants if v not in STYLE]
    if unknown:
        ap.error(f"--variants: unknown {unknown}; choose among {','.join(sorted(STYLE))}")
    data, captions = load(args.results)
    svg = render(data, captions, variants, args.title)
    if args.output == "-":
        sys.stdout.write(svg)
    else:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_text(svg)
        print(f"wrote {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
