"""Oracle for tests/numpy_financial_diff.rs: reads JSON lines {"fn": name, "args": [...]} and writes
one JSON line {"value": float} (or {"value": null} when numpy-financial returns nan) per request,
computed by numpy-financial (pinned in requirements.txt) in float64."""
import json
import math
import sys

import numpy_financial as npf

FUNCS = {
    "pmt": npf.pmt, "ipmt": npf.ipmt, "ppmt": npf.ppmt, "pv": npf.pv, "fv": npf.fv,
    "nper": npf.nper, "rate": npf.rate, "npv": npf.npv, "irr": npf.irr, "mirr": npf.mirr,
    # Effective annual rate of a flat add-on loan: principal p at annual flat rate r, n payments,
    # m a year, each p·(1 + r·n/m)/n; numpy solves the periodic rate, annualised (1 + i)^m - 1.
    "flat_ear": lambda p, r, n, m: (1 + npf.rate(n, -p * (1 + r * n / m) / n, p, 0)) ** m - 1,
}

for line in sys.stdin:
    request = json.loads(line)
    value = float(FUNCS[request["fn"]](*request["args"]))
    print(json.dumps({"value": None if math.isnan(value) else value}), flush=True)
