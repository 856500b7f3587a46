#!/usr/bin/env python3
"""Independent reference values for cs-plan's Erlang C and Erlang A (test/reference/erlang.json).

Erlang C from the textbook factorial form in 60-digit arithmetic (mpmath); Erlang A from the
M/M/N+M birth-death chain solved directly (truncated at a deep queue) and the virtual wait
P(V <= t) from the matrix exponential of the queue-ahead chain (scipy). Nothing is shared with
the TypeScript code, which uses the Erlang B recursion and uniformisation.
Run: python3 test/reference/erlang_reference.py > test/reference/erlang.json
"""
import json
import mpmath as mp
import numpy as np
from scipy.linalg import expm

mp.mp.dps = 60


def erlang_c(volume, interval, aht, agents, target):
    a = mp.mpf(volume) * aht / interval
    n = agents
    top = a**n / mp.factorial(n) * n / (n - a)
    c = top / (mp.fsum(a**k / mp.factorial(k) for k in range(n)) + top)
    sl = 1 - c * mp.e ** (-(n - a) * target / aht)
    return {"service_level": float(sl), "wait_probability": float(c), "asa_seconds": float(c * aht / (n - a)), "occupancy": float(a / n)}


def erlang_a(volume, interval, aht, agents, target, patience, depth=600):
    lam = mp.mpf(volume) / interval
    mu = mp.mpf(1) / aht
    th = mp.mpf(1) / patience
    n = agents
    p = [mp.mpf(1)]
    for k in range(1, n + depth):
        rate_out = min(k, n) * mu + max(0, k - n) * th
        p.append(p[-1] * lam / rate_out)
    total = mp.fsum(p)
    p = [x / total for x in p]
    wait = mp.fsum(p[n:])
    mean_queue = mp.fsum((k - n) * p[k] for k in range(n, len(p)))
    abandon = th * mean_queue / lam
    # Virtual wait: absorbing chain on "ahead" = 0..Q-1 plus absorbed; rate out of ahead=k is n*mu + k*th.
    q_max = 250
    size = q_max + 1  # states 0..q_max-1 ahead, index q_max = reached an agent
    gen = np.zeros((size, size))
    for k in range(q_max):
        r = float(n * mu + k * th)
        gen[k, k] = -r
        gen[k, k - 1 if k > 0 else q_max] = r
    trans = expm(gen * target)
    reached = trans[:, q_max]
    sl = float(mp.fsum(p[:n])) + sum(float(p[n + q]) * reached[q] for q in range(min(q_max, len(p) - n)))
    return {"service_level": sl, "wait_probability": float(wait), "abandon_rate": float(abandon), "asa_seconds": float(mean_queue / lam)}


cases = []
for volume, interval, aht, agents, target in [
    (100, 1800, 180, 14, 20), (100, 1800, 180, 13, 20), (250, 3600, 240, 20, 30),
    (1200, 3600, 150, 55, 45), (30, 900, 300, 12, 20), (5000, 3600, 180, 260, 30),
]:
    cases.append({"model": "C", "volume": volume, "interval": interval, "aht": aht, "agents": agents, "target": target,
                  **erlang_c(volume, interval, aht, agents, target)})
for volume, interval, aht, agents, target, patience in [
    (100, 1800, 180, 12, 20, 120), (100, 1800, 180, 9, 20, 60), (250, 3600, 240, 16, 30, 90),
    (1200, 3600, 150, 48, 45, 180), (30, 900, 300, 8, 20, 30),
]:
    cases.append({"model": "A", "volume": volume, "interval": interval, "aht": aht, "agents": agents, "target": target,
                  "patience": patience, **erlang_a(volume, interval, aht, agents, target, patience)})
print(json.dumps(cases, indent=2))
