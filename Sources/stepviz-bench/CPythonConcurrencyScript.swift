/// The script `CPythonProcess` keeps running beside the benchmark for the
/// scheduler, lock and event-loop rows: the notes' generator TaskScheduler
/// and ActorScheduler, the `acquire(*locks)` recipe, and asyncio's own loop
/// (a `call_soon` chain; a loopback echo through `add_reader` callbacks on
/// non-blocking sockets, what EventLoopBench does on ours), each one timed
/// round per request line, so the rounds alternate with ours as every other
/// row's do. Protocol: a line "tasks N COUNT", "actors K", "acquire2
/// ITERATIONS", "callsoon N" or "echo ROUNDTRIPS" in, a line of ns per
/// operation out ("ok" for "hello").
enum CPythonConcurrencyScript {
    static let source = #"""
        import asyncio, socket, sys, threading, time
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

        def callsoon(n):
            # A real asyncio loop (epoll selector), as ours: each callback
            # queues the next with call_soon; the last one stops the loop.
            loop = asyncio.new_event_loop()
            remaining = n
            def step():
                nonlocal remaining
                remaining -= 1
                if remaining > 0:
                    loop.call_soon(step)
                else:
                    loop.stop()
            try:
                start = time.perf_counter_ns()
                loop.call_soon(step)
                loop.run_forever()
                elapsed = time.perf_counter_ns() - start
            finally:
                loop.close()
            assert remaining == 0
            return elapsed / n

        ECHO_MESSAGE = b"ping 0123456789\n"

        def echo(roundtrips):
            # What EventLoopBench does on ours: one loop, both ends of a
            # loopback TCP connection (TCP_NODELAY, non-blocking), a reader
            # callback on each (loop.add_reader, not Protocols: ours has raw
            # callbacks on raw sockets). The server's recvs and sends back;
            # the client's recvs and, once the whole message is back, sends
            # the next. Set-up and tear-down are not timed.
            loop = asyncio.new_event_loop()
            listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind(("127.0.0.1", 0))
            listener.listen(64)
            client = socket.create_connection(listener.getsockname())
            server, _ = listener.accept()
            for end in (client, server):
                end.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                end.setblocking(False)
            remaining = roundtrips
            pending = len(ECHO_MESSAGE)
            def echo_back():
                try:
                    data = server.recv(64)
                except BlockingIOError:
                    return
                if data:
                    server.send(data)
            def reply():
                nonlocal remaining, pending
                try:
                    data = client.recv(64)
                except BlockingIOError:
                    return
                pending -= len(data)
                if pending > 0:
                    return
                remaining -= 1
                if remaining == 0:
                    loop.stop()
                else:
                    pending = len(ECHO_MESSAGE)
                    client.send(ECHO_MESSAGE)
            loop.add_reader(server.fileno(), echo_back)
            loop.add_reader(client.fileno(), reply)
            try:
                start = time.perf_counter_ns()
                client.send(ECHO_MESSAGE)
                loop.run_forever()
                elapsed = time.perf_counter_ns() - start
            finally:
                loop.remove_reader(server.fileno())
                loop.remove_reader(client.fileno())
                for end in (client, server, listener):
                    end.close()
                loop.close()
            assert remaining == 0
            return elapsed / roundtrips

        for line in sys.stdin:
            words = line.split()
            if not words:
                continue
            if words[0] == "hello":
                print("ok " + sys.version.split()[0], flush=True)
                continue
            arguments = [int(word) for word in words[1:]]
            figure = {
                "tasks": tasks, "actors": actors, "acquire2": acquire2, "callsoon": callsoon, "echo": echo,
            }[words[0]](*arguments)
            print(repr(figure), flush=True)
        """#
}
