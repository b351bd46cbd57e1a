#!/usr/bin/env python3
"""Generates the deque and LRU test vectors from CPython itself.

    python3 Tests/StepvizCoreTests/Vectors/generate_deque_lru_vectors.py

writes deque_vectors.json, lru_vectors.json and lru_traces.json next to this
script. The Swift tests replay every case on BlockDeque / LRUCache and
compare after every operation. Same Python version, same bytes.

- deque: random scripts of append, appendleft, pop, popleft, extend,
  extendleft, rotate (any n, either sign, large), clear and indexing
  (negative indices included) on collections.deque, unbounded and with
  maxlen 0..6; after each op the items, the result and the error text.
- lru: put/get scripts on the OrderedDict LRU recipe (get moves a hit to
  the most-recent end; put inserts or updates and moves to the end; over
  capacity the least recent is evicted) with Zipf-distributed keys.
- lru traces: get-or-put traces run both through the recipe and through
  functools.lru_cache; the script asserts the counters agree before writing.
"""
import json
import os
import random
import sys
from collections import OrderedDict, deque
from functools import lru_cache

HERE = os.path.dirname(os.path.abspath(__file__))
DEQUE_CASES = 120
LRU_CASES = 120
TRACE_CASES = 120


def value(rng):
    return rng.randint(-99, 999)


def deque_case(seed):
    rng = random.Random(seed)
    maxlen = None if seed % 3 == 0 else rng.randint(0, 6) if seed % 3 == 1 else rng.randint(7, 40)
    d = deque(maxlen=maxlen)
    ops, after = [], []
    for _ in range(rng.randint(20, 70)):
        roll = rng.random()
        grow = 0.65 if len(d) < 25 else 0.35
        if roll < grow * 0.3:
            op = ["append", value(rng)]
        elif roll < grow * 0.55:
            op = ["appendleft", value(rng)]
        elif roll < grow * 0.8:
            op = ["extend"] + [value(rng) for _ in range(rng.randint(0, 12))]
        elif roll < grow:
            op = ["extendleft"] + [value(rng) for _ in range(rng.randint(0, 12))]
        elif roll < grow + (1 - grow) * 0.25:
            op = ["pop"]
        elif roll < grow + (1 - grow) * 0.5:
            op = ["popleft"]
        elif roll < grow + (1 - grow) * 0.78:
            n = rng.choice([rng.randint(-3, 3), rng.randint(-40, 40), rng.randint(-10**6, 10**6)])
            op = ["rotate", n]
        elif roll < grow + (1 - grow) * 0.97:
            op = ["index", rng.randint(-len(d) - 2, len(d) + 1)]
        else:
            op = ["clear"]
        result, error = None, None
        try:
            name, args = op[0], op[1:]
            if name == "append":
                d.append(args[0])
            elif name == "appendleft":
                d.appendleft(args[0])
            elif name == "extend":
                d.extend(args)
            elif name == "extendleft":
                d.extendleft(args)
            elif name == "pop":
                result = d.pop()
            elif name == "popleft":
                result = d.popleft()
            elif name == "rotate":
                d.rotate(args[0])
            elif name == "index":
                result = d[args[0]]
            elif name == "clear":
                d.clear()
        except IndexError as exc:
            error = str(exc)
        ops.append(op)
        after.append({"items": list(d), "result": result, "error": error})
    return {"seed": seed, "maxlen": maxlen, "ops": ops, "after": after}


class LRU(OrderedDict):
    """The study notes' recipe, with put also making an updated key the most
    recent, and the lru_cache counters."""

    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
        self.hits = self.misses = 0
        self.evicted = []

    def get(self, key):
        if key in self:
            self.hits += 1
            self.move_to_end(key)
            return self[key]
        self.misses += 1
        return None

    def put(self, key, val):
        if key in self:
            self.move_to_end(key)
        self[key] = val
        if len(self) > self.capacity:
            oldest = next(iter(self))
            del self[oldest]
            self.evicted.append(oldest)


def zipf_key(rng, keys):
    weights = [1 / k for k in range(1, keys + 1)]
    return rng.choices(range(1, keys + 1), weights)[0]


def lru_case(seed):
    rng = random.Random(10_000 + seed)
    capacity = 0 if seed % 20 == 0 else rng.randint(1, 6)
    keys = rng.randint(2, 12)
    cache = LRU(capacity)
    ops, after = [], []
    for _ in range(rng.randint(20, 60)):
        key = zipf_key(rng, keys)
        if rng.random() < 0.55:
            op = ["get", key]
            result = cache.get(key)
        else:
            op = ["put", key, value(rng)]
            cache.put(key, op[2])
            result = None
        ops.append(op)
        after.append({"result": result, "entries": [[k, v] for k, v in cache.items()],
                      "hits": cache.hits, "misses": cache.misses, "evictions": len(cache.evicted)})
    return {"seed": seed, "capacity": capacity, "ops": ops, "after": after}


def trace_case(seed):
    rng = random.Random(20_000 + seed)
    capacity = rng.randint(1, 8)
    keys = [zipf_key(rng, rng.randint(2, 20)) for _ in range(rng.randint(5, 80))]
    recipe = LRU(capacity)
    for key in keys:
        if recipe.get(key) is None:
            recipe.put(key, key * 10)

    @lru_cache(maxsize=capacity)
    def cached(key):
        return key * 10

    for key in keys:
        cached(key)
    info = cached.cache_info()
    assert (info.hits, info.misses, info.currsize) == (recipe.hits, recipe.misses, len(recipe)), seed
    return {"seed": seed, "capacity": capacity, "keys": keys, "hits": info.hits, "misses": info.misses,
            "currsize": info.currsize, "evicted": recipe.evicted, "order": list(recipe)}


def write(name, cases):
    payload = {"generator": "generate_deque_lru_vectors.py",
               "python": "%d.%d" % sys.version_info[:2], "cases": cases}
    with open(os.path.join(HERE, name), "w") as out:
        json.dump(payload, out, separators=(",", ":"))
        out.write("\n")


if __name__ == "__main__":
    write("deque_vectors.json", [deque_case(seed) for seed in range(DEQUE_CASES)])
    write("lru_vectors.json", [lru_case(seed) for seed in range(LRU_CASES)])
    write("lru_traces.json", [trace_case(seed) for seed in range(TRACE_CASES)])
