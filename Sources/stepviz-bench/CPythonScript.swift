/// The script CPythonBench runs with python3: the same workloads on the same
/// inputs (read from the files the benchmark wrote, little-endian int64 /
/// uint8), timed with perf_counter_ns, median of the rounds, printed as one
/// JSON object of ns per op (and the LRU's hits, to check it agrees).
enum CPythonScript {
    static let source = #"""
        import heapq, json, statistics, sys, time
        from array import array
        from collections import OrderedDict, deque

        directory, rounds, steady, lru_capacity = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])

        def load(name, code):
            values = array(code)
            with open(f"{directory}/{name}", "rb") as f:
                values.frombytes(f.read())
            if sys.byteorder != "little" and code == "q":
                values.byteswap()
            return values.tolist()

        def median_ns(run, ops):
            run()  # warm-up, as the Swift side
            times = []
            for _ in range(rounds):
                start = time.perf_counter_ns()
                run()
                times.append(time.perf_counter_ns() - start)
            return statistics.median(times) / ops

        heap_input = load("heap.bin", "q")
        def heap_run():
            heap, push, pop, checksum = [], heapq.heappush, heapq.heappop, 0
            for value in heap_input:
                push(heap, value)
            while heap:
                checksum += pop(heap)
            return checksum

        deque_ops = len(load("mix.bin", "B"))
        mix = load("mix.bin", "B")
        def fifo_run():
            d = deque(range(steady)); append, popleft, checksum = d.append, d.popleft, 0
            for value in range(deque_ops // 2):
                append(value)
                checksum += popleft()
            return checksum
        def fifo_left_run():
            d = deque(range(steady)); appendleft, pop, checksum = d.appendleft, d.pop, 0
            for value in range(deque_ops // 2):
                appendleft(value)
                checksum += pop()
            return checksum
        def mix_run():
            d = deque(range(steady)); checksum = 0
            for value, operation in enumerate(mix):
                if operation == 0: d.append(value)
                elif operation == 1: d.appendleft(value)
                elif operation == 2:
                    if d: checksum += d.pop()
                elif d: checksum += d.popleft()
            return checksum

        class LRU:
            """The OrderedDict recipe."""
            def __init__(self, capacity):
                self.capacity, self.cache, self.hits, self.misses = capacity, OrderedDict(), 0, 0
            def get(self, key):
                if key not in self.cache:
                    self.misses += 1
                    return None
                self.hits += 1
                self.cache.move_to_end(key)
                return self.cache[key]
            def put(self, key, value):
                self.cache[key] = value
                self.cache.move_to_end(key)
                if len(self.cache) > self.capacity:
                    self.cache.popitem(last=False)

        requests = load("lru.bin", "q")
        lru_hits = [0]
        def lru_run():
            cache, checksum = LRU(lru_capacity), 0
            for key in requests:
                value = cache.get(key)
                if value is None:
                    cache.put(key, key * 2)
                else:
                    checksum += value
            lru_hits[0] = cache.hits
            return checksum

        result = {
            "heap": median_ns(heap_run, 2 * len(heap_input)),
            "deque.fifo": median_ns(fifo_run, deque_ops // 2 * 2),
            "deque.fifo-left": median_ns(fifo_left_run, deque_ops // 2 * 2),
            "deque.mix": median_ns(mix_run, deque_ops),
            "lru.zipf": median_ns(lru_run, len(requests)),
            "lru_hits": lru_hits[0],
            "python": sys.version.split()[0],
        }
        print(json.dumps(result))
        """#
}
