import re,statistics,sys,collections
d=collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(sys.argv[1]):
    m=re.match(r"(\d+) (\w+) wall=([\d.]+) cpu=([\d.]+) peakMB=(\d+)",line)
    if m:
        n,v,w,c,p=m.groups(); d[n][v].append((float(w),float(c),int(p)))
for n in d:
    for v in ("before","after"):
        xs=d[n][v]
        if not xs: continue
        print(f"{n:>6} {v:6} rounds={len(xs)} wall median {statistics.median(x[0] for x in xs):.2f} s (min {min(x[0] for x in xs):.2f}, max {max(x[0] for x in xs):.2f}); cpu median {statistics.median(x[1] for x in xs):.2f} s (min {min(x[1] for x in xs):.2f}, max {max(x[1] for x in xs):.2f}); peak median {statistics.median(x[2] for x in xs)} MB")
