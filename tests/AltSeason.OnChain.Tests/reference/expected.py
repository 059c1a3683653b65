#!/usr/bin/env python3
"""Independent expected values for the OnChain real-data tests (standard library only).

Run from anywhere:  python3 expected.py [path/to/shared/data/reference]
Prints BTC dominance on 2026-01-15 and the 90-day Altcoin Season Index on 2026-01-15.
"""
import csv
import datetime as dt
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
ref = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "..", "shared", "data", "reference")
DAY = dt.date(2026, 1, 15)
WINDOW = 90

# --- BTC dominance: the snapshot taken ~01:45-02:00 UTC on a calendar day is that day's value.
with open(os.path.join(ref, "cmc_global.csv"), newline="") as f:
    cmc = {r["date"][:10]: r for r in csv.DictReader(f)}
row = cmc[DAY.isoformat()]
print("btc_dominance_reported", row["btc_dominance"])
print("total_market_cap", row["total_market_cap"])

# --- CoinGecko daily prices and caps.
prices, caps = {}, {}
with open(os.path.join(ref, "coingecko_markets.csv"), newline="") as f:
    for r in csv.DictReader(f):
        if r["current_price"]:
            prices[(r["id"], r["date"])] = float(r["current_price"])
        if r["market_cap"]:
            caps[(r["id"], r["date"])] = float(r["market_cap"])
btc_cap = caps[("bitcoin", DAY.isoformat())]
print("btc_dominance_computed", repr(100.0 * btc_cap / float(row["total_market_cap"])))

# Universe rules v1, restricted to the ids of this 50-coin file: not altcoins.
not_altcoins = {
    "bitcoin", "tether", "usd-coin", "usds", "dai", "ethena-usde", "usdt0", "paypal-usd", "usd1-wlfi", "susds",
    "ethena-staked-usde", "wrapped-bitcoin", "coinbase-wrapped-btc", "weth", "binance-bridged-usdt-bnb-smart-chain",
    "staked-ether", "wrapped-steth", "wrapped-beacon-eth", "wrapped-eeth", "figure-heloc",
}
with open(os.path.join(ref, "universe_top50_dec01_2025.csv"), newline="") as f:
    names = {r["id"]: r["name"] for r in csv.DictReader(f)}

d, start = DAY.isoformat(), (DAY - dt.timedelta(days=WINDOW)).isoformat()
candidates = sorted((cid for cid in names if cid not in not_altcoins and (cid, d) in caps),
                    key=lambda cid: (-caps[(cid, d)], cid))[:50]
btc_growth = prices[("bitcoin", d)] / prices[("bitcoin", start)]
eligible = [cid for cid in candidates if (cid, d) in prices and (cid, start) in prices]
beat = [cid for cid in eligible if prices[(cid, d)] / prices[(cid, start)] > btc_growth]
print("asi_universe", len(candidates))
print("asi_eligible", len(eligible))
print("asi_outperformers", len(beat))
print("asi_90d", repr(100.0 * len(beat) / len(eligible)))
print("left_out", ", ".join(sorted(names[c] for c in candidates if c not in eligible)))
print("beat_btc", ", ".join(sorted(names[c] for c in beat)))
