"""The peer benchmark's native peer (tests/e2e/bench/engine-peers.mjs): the full-quote work unit of
../shared/perf-anchors.md with PyPI pyxirr (Rust-backed, f64), vectorised — the payment, the schedule's
interest and principal per period (ipmt/ppmt over all periods at once), the balance, and the APR as the
IRR of the flows (principal less a 1% fee, then the payments), annualised. Prints the median
microseconds per quote for 12, 60 and 360 payments as JSON."""
import json
import statistics
import time

import numpy as np
import pyxirr

CASES = {12: (10000.0, 0.24, 400), 60: (10000.0, 0.24, 200), 360: (250000.0, 0.075, 40)}


def full_quote(principal, annual, n):
    r = annual / 12
    pay = -pyxirr.pmt(r, n, principal)
    periods = np.arange(1, n + 1)
    interest = -pyxirr.ipmt(r, periods, n, principal)
    repaid = -pyxirr.ppmt(r, periods, n, principal)
    balance = principal - np.cumsum(repaid)
    flows = [principal - 0.01 * principal] + [-pay] * n
    irr = pyxirr.irr(flows)
    return pay, (1 + irr) ** 12 - 1, interest, balance


def main():
    out = {}
    for n, (principal, annual, iterations) in CASES.items():
        full_quote(principal, annual, n)
        rounds = []
        for _ in range(15):
            t0 = time.perf_counter()
            for _ in range(iterations):
                full_quote(principal, annual, n)
            rounds.append((time.perf_counter() - t0) * 1e6 / iterations)
        out[str(n)] = statistics.median(rounds)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
