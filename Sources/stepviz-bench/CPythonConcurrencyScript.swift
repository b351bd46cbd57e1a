/// The script `CPythonProcess` keeps running beside the benchmark for the
/// scheduler and lock rows: the notes' generator TaskScheduler and
/// ActorScheduler and the `acquire(*locks)` recipe, each one timed round per
/// request line, so the rounds alternate with ours as every other row's do.
/// Protocol: a line "tasks N COUNT", "actors K" or "acquire2 ITERATIONS" in,
/// a line of ns per operation out ("ok" for "hello").
enum CPythonConcurrencyScript {
    static let source = #"""
        import sys, threading, time
        from collections import deque
        from contextlib import contextmanager

        class TaskScheduler:
            """The notes' round-robin scheduler over generators."""
            def __init__(self):
                self._task_queue = deque()
            def new_task(self, task):
                self._task_queue.append(task)
            def run(self):
                while self._task_queue:
                    task = self._task_queue.popleft()
                    try:
                        next(task)
                        self._task_queue.append(task)
                    except StopIteration:
                        pass

        def countdown(n):
            # The notes' countdown without its print (ours outputs nothing either).
            while n > 0:
                yield
                n -= 1

        class ActorScheduler:
            """The notes' actor scheduler: a queue of (actor, message)."""
            def __init__(self):
                self._actors = {}
                self._msg_queue = deque()
            def new_actor(self, name, actor):
                self._msg_queue.append((actor, None))
                self._actors[name] = actor
            def send(self, name, msg):
                actor = self._actors.get(name)
                if actor:
                    self._msg_queue.append((actor, msg))
            def run(self):
                delivered = 0
                while self._msg_queue:
                    actor, msg = self._msg_queue.popleft()
                    delivered += 1
                    try:
                        actor.send(msg)
                    except StopIteration:
                        pass
                return delivered

        def printer():
            while True:
                msg = yield
                text = f"Got: {msg}"  # formatted as ours is, not printed

        def counter(sched):
            while True:
                n = yield
                if n == 0:
                    break
                sched.send('printer', n)
                sched.send('counter', n - 1)

        _local = threading.local()

        @contextmanager
        def acquire(*locks):
            """The notes' recipe: sort by id, refuse out-of-order, release in reverse."""
            locks = sorted(locks, key=lambda x: id(x))
            acquired = getattr(_local, 'acquired', [])
            if acquired and max(id(lock) for lock in acquired) >= id(locks[0]):
                raise RuntimeError('Lock Order Violation')
            acquired.extend(locks)
            _local.acquired = acquired
            try:
                for lock in locks:
                    lock.acquire()
                yield
            finally:
                for lock in reversed(locks):
                    lock.release()
                del acquired[-len(locks):]

        def tasks(n, count):
            start = time.perf_counter_ns()
            sched = TaskScheduler()
            for _ in range(n):
                sched.new_task(countdown(count))
            sched.run()
            return (time.perf_counter_ns() - start) / (n * (count + 1))

        def actors(k):
            start = time.perf_counter_ns()
            sched = ActorScheduler()
            sched.new_actor('printer', printer())
            sched.new_actor('counter', counter(sched))
            sched.send('counter', k)
            delivered = sched.run()
            return (time.perf_counter_ns() - start) / delivered

        def acquire2(iterations):
            a, b = threading.Lock(), threading.Lock()
            total = 0
            start = time.perf_counter_ns()
            for _ in range(iterations):
                with acquire(b, a):
                    total += 1
            elapsed = time.perf_counter_ns() - start
            assert total == iterations
            return elapsed / iterations

        for line in sys.stdin:
            words = line.split()
            if not words:
                continue
            if words[0] == "hello":
                print("ok " + sys.version.split()[0], flush=True)
                continue
            arguments = [int(word) for word in words[1:]]
            figure = {"tasks": tasks, "actors": actors, "acquire2": acquire2}[words[0]](*arguments)
            print(repr(figure), flush=True)
        """#
}
