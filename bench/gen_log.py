#!/usr/bin/env python3
"""Write a deterministic synthetic app log for the `zimerr scan` benchmark.

Usage: gen_log.py CODES_JSON SIZE_MB OUT_LOG EXPECTED_JSON [SEED]

CODES_JSON is the output of `zimerr --json list` (the catalog). Every line holds exactly
one number of the ZIM range: a catalog code (about 95 % of lines, skewed towards a few
frequent codes as in real logs) or an unknown one inside a category's range (6000105,
6000199, 6000650), which `zimerr scan` reports separately. Around it
is log noise that must never count: timestamps, request IDs (hex in groups of 4, so no 7-digit run), other 7-digit numbers
outside 6000000-6999999, decoys that contain a code but are longer runs of digits
(16000106, 60001060, 600010612), codes inside hex identifiers and decimals
(a6000121f00e6000001b, 6000106.50), the numbers 0 and 1, and now and then bytes that are
not UTF-8. The code is the value of `err=`, an error role, so the scan's role rules
count it as the first scan (which counted every number) did. The counts the scanner must
find are written to EXPECTED_JSON as {"<code>": count}.
"""

import json
import random
import sys


def main() -> None:
    codes_json, size_mb, out_log, expected_json = sys.argv[1:5]
    seed = int(sys.argv[5]) if len(sys.argv) > 5 else 20240501
    rng = random.Random(seed)
    with open(codes_json, encoding="utf-8") as f:
        catalog = [c["code"] for c in json.load(f) if c["code"] >= 6000000]
    unknown = [6000105, 6000199, 6000650]
    # Zipf-like weights: a few codes dominate, as in real logs.
    weights = [1.0 / (rank + 1) for rank in range(len(catalog))]
    rng.shuffle(catalog)

    levels = [b"INFO ", b"WARN ", b"ERROR", b"DEBUG"]
    apis = [b"sendMessage", b"login", b"joinRoom", b"queryGroupList", b"renewToken",
            b"callInvite", b"addFriend", b"queryConversationList", b"uploadLog"]
    decoys = [b"16000106", b"60001060", b"600010612", b"06000104", b"6000301000",
              b"26000201", b"a6000121f00e6000001b", b"6000106.50"]
    messages = [b"request failed", b"token expired", b"network error, retrying",
                b"\xe8\xaf\xb7\xe6\xb1\x82\xe5\xa4\xb1\xe8\xb4\xa5",  # UTF-8 Chinese
                b"bad bytes \xff\xfe\x80 here", b"ok", b"timeout after 3000ms"]

    target = int(float(size_mb) * 1024 * 1024)
    expected: dict[int, int] = {}
    written = 0
    batch = []
    day_seconds = 0
    with open(out_log, "wb") as out:
        while written < target:
            day_seconds = (day_seconds + rng.randint(0, 3)) % 86400
            hh, rest = divmod(day_seconds, 3600)
            mm, ss = divmod(rest, 60)
            if rng.random() < 0.95:
                code = rng.choices(catalog, weights)[0]
            else:
                code = rng.choice(unknown)
            expected[code] = expected.get(code, 0) + 1
            # A 7-digit number outside the ZIM range, never 6xxxxxx.
            seq = rng.choice((rng.randint(1000000, 5999999), rng.randint(7000000, 9999999)))
            line = b"".join((
                b"2025-03-14T%02d:%02d:%02d.%06dZ " % (hh, mm, ss, rng.randint(0, 999999)),
                rng.choice(levels),
                b" [zim] req=%04x-%04x uid=user_%05d seq=%d " % (
                    rng.getrandbits(16), rng.getrandbits(16), rng.randint(0, 99999), seq),
                rng.choice(apis),
                b" result code=%d err=%d msg=\"%s\"" % (rng.randint(0, 1), code, rng.choice(messages)),
                b" trace=%s" % rng.choice(decoys) if rng.random() < 0.3 else b"",
                b" cost=%dms\n" % rng.randint(1, 5000),
            ))
            batch.append(line)
            written += len(line)
            if len(batch) >= 10000:
                out.write(b"".join(batch))
                batch.clear()
        out.write(b"".join(batch))
    with open(expected_json, "w", encoding="utf-8") as f:
        json.dump({str(k): v for k, v in sorted(expected.items())}, f, indent=0)


if __name__ == "__main__":
    main()
