#!/usr/bin/env python3
"""Independent expected values for the real-data tests of AltSeason.Equities.Tests.

Standard library only. Run from anywhere:
    python3 tests/AltSeason.Equities.Tests/reference/expected.py [path/to/shared/data/reference]
The numbers it prints are pasted into RealDataTests.cs.

Crypto calendar: cmc_global.csv's `date` is a snapshot taken about 01:45 UTC, so the
snapshot stamped D+1 01:45 is taken as the close of calendar date D.
"""
import csv, math, os, sys
from datetime import date, datetime, timedelta
from statistics import NormalDist

here = os.path.dirname(os.path.abspath(__file__))
folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "..", "shared", "data", "reference")

def closes(name):
    with open(os.path.join(folder, name)) as f:
        return {date.fromisoformat(r["date"]): float(r["close"]) for r in csv.DictReader(f)}

rut, spx = closes("RUT.csv"), closes("SPX.csv")
days = sorted(rut)

# All-time highs (close basis) in January 2026.
best, highs = -math.inf, []
for d in days:
    if rut[d] > best:
        if d.year == 2026 and d.month == 1:
            highs.append(d)
        best = rut[d]
print("ath_jan_2026", [d.isoformat() for d in highs])

# YTD return on 2026-01-15.
last_2025 = max(d for d in days if d.year == 2025)
print("ytd_2026_01_15", rut[date(2026, 1, 15)] / rut[last_2025] - 1, "base", last_2025, rut[last_2025])

# Outperformance streak: s_t = s_{t-1}+1 when ln(RUT) return beats ln(SPX) return.
both = [d for d in days if d in spx]
streak = {both[0]: 0}
for prev, d in zip(both, both[1:]):
    beat = math.log(rut[d] / rut[prev]) > math.log(spx[d] / spx[prev])
    streak[d] = streak[prev] + 1 if beat else 0
target = date(2026, 1, 14)
s = streak[target]
since = max(d for d in both if d < target and streak[d] >= s)
print("streak_2026_01_14", s, "longest_since", since, streak[since])

# 90-return Pearson correlation of RUT vs total crypto cap, ending 2026-01-15.
crypto = {}
with open(os.path.join(folder, "cmc_global.csv")) as f:
    for r in csv.DictReader(f):
        stamp = datetime.strptime(r["date"], "%Y-%m-%d %H:%M:%S")
        crypto[stamp.date() - timedelta(days=1)] = float(r["total_market_cap"])
aligned = [d for d in days if d in crypto]

def correlation(end, window):
    upto = [d for d in aligned if d <= end][-(window + 1):]
    xs = [math.log(rut[b] / rut[a]) for a, b in zip(upto, upto[1:])]
    ys = [math.log(crypto[b] / crypto[a]) for a, b in zip(upto, upto[1:])]
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    r = sxy / math.sqrt(sxx * syy)
    z, half = math.atanh(r), NormalDist().inv_cdf(0.975) / math.sqrt(n - 3)
    return r, math.tanh(z - half), math.tanh(z + half), n, upto[0], upto[-1]

for end in (date(2026, 1, 15),):
    print("corr90", end, correlation(end, 90))
