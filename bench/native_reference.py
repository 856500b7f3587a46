#!/usr/bin/env python3
"""Native reference for `npm run bench`: the roster's covering problem solved by scipy's HiGHS.

Reads the per-slot requirement that cs-plan itself computed (its --coverage file, column
`required`) and solves the same problem as `cs-plan roster` with unlimited people and no day
rules: shifts start on any slot and last min..max slots; 1) fewest agent-slots with every slot
covered, 2) fewest people (a person needs `rest` slots between shifts) keeping that optimum.

The model is the flow form cs-plan uses (a counter of people on duty and one of people on duty
or resting per slot), built independently here with numpy. Both objectives are solved as MIPs,
the second weighted under the first (see below; --row also tries a constraint row, measured
slower: 9.1 s against 1.6 s for the second objective at 14 days).

Usage: native_reference.py COVERAGE_CSV MIN_SLOTS MAX_SLOTS REST_SLOTS [--row]
Prints one JSON line: agent_slots, people, seconds (model building and both solves, without
the interpreter's start-up and imports), each part's seconds.
"""
import csv
import json
import sys
import time
import warnings

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix


def main():
    warnings.filterwarnings("ignore", message="Unrecognized options")
    path, min_slots, max_slots, rest = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    with open(path, encoding='utf-8-sig', newline='') as f:
        required = [int(round(float(row['required']))) for row in csv.DictReader(f)]
    started = time.perf_counter()
    T = len(required)
    shifts = [(s, n) for s in range(T) for n in range(min_slots, max_slots + 1) if s + n <= T]
    S = len(shifts)
    # Columns: shifts 0..S-1, on[t] S..S+T-1, present[t] S+T..S+2T-1, people S+2T.
    on0, pr0, people = S, S + T, S + 2 * T
    n = S + 2 * T + 1
    rows, cols, vals = [], [], []

    def put(r, c, v):
        rows.append(r)
        cols.append(c)
        vals.append(v)

    # Balance rows 0..T-1: on[t] - on[t-1] - starting(t) + ending(t) = 0;
    # rows T..2T-1: present[t] - present[t-1] - starting(t) + (rest over)(t) = 0;
    # rows 2T..3T-1: present[t] - people <= 0.
    for t in range(T):
        put(t, on0 + t, 1)
        put(T + t, pr0 + t, 1)
        if t > 0:
            put(t, on0 + t - 1, -1)
            put(T + t, pr0 + t - 1, -1)
        put(2 * T + t, pr0 + t, 1)
        put(2 * T + t, people, -1)
    for j, (s, length) in enumerate(shifts):
        put(s, j, -1)
        put(T + s, j, -1)
        if s + length < T:
            put(s + length, j, 1)
        if s + length + rest < T:
            put(T + s + length + rest, j, 1)
    A = coo_matrix((vals, (rows, cols)), shape=(3 * T, n)).tocsr()
    lower = np.concatenate([np.zeros(2 * T), np.full(T, -np.inf)])
    upper = np.zeros(3 * T)
    col_lower = np.zeros(n)
    col_lower[on0:on0 + T] = required
    integrality = np.zeros(n)
    integrality[:S] = 1
    integrality[people] = 1
    bounds = Bounds(col_lower, np.full(n, np.inf))
    agent_slots = np.zeros(n)
    agent_slots[:S] = [length for _, length in shifts]
    first = milp(agent_slots, constraints=[LinearConstraint(A, lower, upper)], integrality=integrality, bounds=bounds,
                 options={'mip_rel_gap': 0})
    optimum = round(first.fun)
    headcount = np.zeros(n)
    headcount[people] = 1
    stage1 = time.perf_counter() - started
    # The second objective weighted under the first, the weight raised tenfold until the optimum
    # keeps the first objective's optimum (what cs-plan does). With --row, also held by a
    # constraint row instead (the usual way with scipy's milp, which has one objective), timed on
    # its own; the faster of the two counts.
    t = time.perf_counter()
    weight = 10
    while True:
        second = milp(weight * agent_slots + headcount, constraints=[LinearConstraint(A, lower, upper)], integrality=integrality,
                      bounds=bounds, options={'mip_rel_gap': 0, 'mip_abs_gap': 0.999})
        if agent_slots @ second.x <= optimum + 0.5 or weight >= 1e7:
            break
        weight *= 10
    second_seconds = time.perf_counter() - t
    timings = {'weighted_seconds': second_seconds}
    if '--row' in sys.argv:
        t = time.perf_counter()
        keep = LinearConstraint(agent_slots.reshape(1, -1), -np.inf, optimum + 0.5)
        row = milp(headcount, constraints=[LinearConstraint(A, lower, upper), keep], integrality=integrality, bounds=bounds,
                   options={'mip_rel_gap': 0})
        timings['row_seconds'] = time.perf_counter() - t
        timings['people_row'] = round(headcount @ row.x)
        if timings['row_seconds'] < second_seconds:
            second, second_seconds = row, timings['row_seconds']
    seconds = time.perf_counter() - started
    print(json.dumps({
        'agent_slots': optimum, 'people': round(headcount @ second.x), 'seconds': stage1 + second_seconds,
        'stage1_seconds': stage1, **timings, 'status': [first.status, second.status], 'columns': n, 'rows': 3 * T,
    }))


if __name__ == '__main__':
    main()
