#!/usr/bin/env python3
"""Generates the heap test vectors from CPython's heapq.

Each case is a seeded random sequence of heapq operations on one list,
starting empty. After every operation the vector records what heapq returned
(or the message of the IndexError it raised), the whole list in array order,
and how many times heapq called `<` (elements are wrapped so the C heapq's
comparisons can be counted). The Swift tests replay the same operations on
BinaryHeap and HeapSession and demand the same arrays, results, errors and
comparison counts.

Two files, so that both matter: heap_duplicates.json uses tiny value ranges
(duplicates on nearly every level, where tie-breaking shows), heap_wide.json
wide ones, up to the full 64-bit range.

Deterministic: random.Random(seed) only. Rerun after changing it with
    python3 Tests/StepvizCoreTests/Vectors/generate_heap_vectors.py
and commit the script with the regenerated files.
"""

import heapq
import json
import os
import random
import sys

MAX_SIZE = 40


class Counted:
    """An int whose `<` is counted, to see how many comparisons heapq made."""

    calls = 0
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        Counted.calls += 1
        return self.value < other.value


def values(heap):
    return [item.value for item in heap]


def random_case(seed, value_range):
    """One case: operations chosen at random, sizes wandering below a cap."""
    rng = random.Random(seed)
    low, high = value_range(rng)
    cap = rng.choice([0, 1, 2, 3, rng.randint(4, 15), rng.randint(16, MAX_SIZE), MAX_SIZE])
    heap = []
    steps = []
    for _ in range(rng.randint(8, 40)):
        size = len(heap)
        weights = {
            "push": 5 if size < cap else 1,
            "pop": 5 if size > cap else 1 if size > 0 else 2,
            "pushpop": 2,
            "replace": 2,
            # Heapify reaches large sizes quickly; more likely while small.
            "heapify": 3 if size < cap // 2 else 1,
        }
        op = rng.choices(list(weights), weights=list(weights.values()))[0]
        step = {"op": op}
        Counted.calls = 0
        try:
            if op == "push":
                step["arg"] = rng.randint(low, high)
                heapq.heappush(heap, Counted(step["arg"]))
            elif op == "pop":
                step["result"] = heapq.heappop(heap).value
            elif op == "pushpop":
                step["arg"] = rng.randint(low, high)
                step["result"] = heapq.heappushpop(heap, Counted(step["arg"])).value
            elif op == "replace":
                step["arg"] = rng.randint(low, high)
                step["result"] = heapq.heapreplace(heap, Counted(step["arg"])).value
            else:
                step["args"] = [rng.randint(low, high) for _ in range(rng.randint(cap // 2, cap))]
                heap = [Counted(value) for value in step["args"]]
                heapq.heapify(heap)
        except IndexError as error:
            step["error"] = str(error)
        step["items"] = values(heap)
        step["lt"] = Counted.calls
        steps.append(step)
    return {"seed": seed, "range": [low, high], "steps": steps}


def duplicates_range(rng):
    return 0, rng.choice([0, 1, 1, 2, 2, 3, 4, 5, 9])


def wide_range(rng):
    kind = rng.randrange(3)
    if kind == 0:
        return -1000, 1000
    if kind == 1:
        return -10**9, 10**9
    return -2**63, 2**63 - 1


def write(path, cases):
    # One case per line: compact, yet a regenerated file diffs readably.
    with open(path, "w") as out:
        out.write('{"generator":"generate_heap_vectors.py","python":"%s","cases":[\n'
                  % sys.version.split()[0])
        out.write(",\n".join(json.dumps(case, separators=(",", ":")) for case in cases))
        out.write("\n]}\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    write(os.path.join(here, "heap_duplicates.json"),
          [random_case(seed, duplicates_range) for seed in range(0, 240)])
    write(os.path.join(here, "heap_wide.json"),
          [random_case(seed, wide_range) for seed in range(1000, 1060)])


if __name__ == "__main__":
    main()
