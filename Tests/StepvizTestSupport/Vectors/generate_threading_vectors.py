#!/usr/bin/env python3
"""Transcripts of the threading scenes run by CPython's OWN threading.Condition
and queue.Queue code (Lib/threading.py, Lib/queue.py), one step at a time
under a forced schedule, for ThreadingCPythonVectorTests.

Run: python3 generate_threading_vectors.py > threading_vectors.json

How the schedule is forced. Each scene thread is a real thread
(_thread.start_new_thread); a token scheduler lets exactly one of them run
at a time: a thread runs from one gate point to its next, then hands the
turn to the next thread of the schedule (the forced prefix, then a seeded
random.Random choice among the runnable threads) and sleeps on a raw
_thread lock of its own. The objects that CPython's code is given are ours
only where the real ones would block or mutate shared state:

- GatedLock stands for the Lock that Condition(lock) and Queue.__init__
  (threading.Lock(), patched only while the queue is built) get: held or
  free, and a blocked acquire waits in line; a release hands the lock to
  the first in line (stepviz's fair hand-over: CPython's lock promises no
  order, and first-in-line is one of the orders it allows).
- threading._allocate_lock is patched to hand Condition.wait a
  GatedWaiterLock when called from a scene thread inside Condition.wait: its
  second acquire() blocks the thread until notify() releases it, exactly the
  CPython design; everywhere else the real allocator answers.
- GatedDeque is a collections.deque subclass (Queue._init is overridden the
  way queue.LifoQueue does it) whose append and popleft are gate points;
  the deque's own code does the work, IndexError and all.
- Queue.unfinished_tasks is a property on our Queue subclass, so each
  assignment CPython's put and task_done make is a gate point.

Everything else is CPython's unmodified code: Condition.__init__, wait (its
_is_owned fallback through acquire(False), waiter allocation, _waiters
deque, _release_save and _acquire_restore fallbacks), wait_for, notify,
notify_all (which is notify(len(self._waiters))), Queue.put, get, task_done
and join. GatedCondition subclasses threading.Condition only to make wait()
and notify() gate points and to record what they did; it calls the
inherited methods.

The gate points are GatedThreadingRun's (each is one `turn` there): a
lock's acquire() and release() when the scene or Queue calls them (`with`),
Condition.wait() on entry (queue the waiter, release the lock, block),
the re-acquire once a notified waiter is given the turn, Condition.notify()
(notify_all too), each deque append/popleft, each shared-variable
assignment, and a thread's end. The lock calls CPython's Condition makes
inside wait and notify (_is_owned's acquire(False), _release_save,
_acquire_restore) are part of those steps, not steps of their own, as in
stepviz. A lock acquire that must wait ends its step blocked; the release
that hands it over completes it, so the woken thread's next turn is its next
operation (the same in stepviz).

The reentrant scene's RLock is CPython's Python RLock, threading._PyRLock
(GatedRLock subclasses it; its _block is a GatedBlock): owner, count and
the block lock are CPython's code; its acquire and release are the gate
points. (threading.RLock is the C version of the same logic; its lock
cannot be replaced.)

What cannot be compared. CPython's Lock has no owner: a thread asking for a
plain lock it holds blocks for ever, so the --plain-lock reentrant scene has
no CPython transcript past that request (stepviz reports a deadlock of one
and backs the thread off). Here the request ends its step blocked, the other
threads go on until every one waits, and the run ends stuck; the Swift test
compares up to and including that first self-wait. A stuck run
(every live thread waits on a condition) would block CPython for ever too:
here the scheduler sees no runnable thread, records "stuck" in the last
step, as stepviz does, and unwinds the threads.

Each case: the scene, its configuration, the schedule actually run (one
thread per step), and per step the thread, its events (one string each, the
vocabulary of ThreadingCPythonVectorTests) and the state after it: locks
(holder, line), conditions (CPython's own _waiters, by thread), deques,
variables, and who runs, waits or has ended.
"""
import _thread
import collections
import json
import queue
import random
import sys
import threading


class RunStopped(BaseException):
    """The run ended stuck: a waiting thread unwinds, unreported."""


def fmt(items):
    return '[' + ','.join(str(i) for i in items) + ']'


class Run:
    def __init__(self, threads, prefix, seed):
        self.n = threads
        self.prefix = list(prefix)
        self.rng = random.Random(seed)
        self.status = {t: 'runnable' for t in range(1, threads + 1)}
        self.end_kind = {}
        self.go = {}
        for t in self.status:
            self.go[t] = _thread.allocate_lock()
            self.go[t].acquire()
        self.used = {t: False for t in self.status}
        self.ids = {}
        self.ctx = {t: {'cond': None, 'internal': False, 'reacquiring': None} for t in self.status}
        self.waits = {}
        self.steps = []
        self.over = False
        self.stuck = False
        self.locks, self.conditions, self.deques, self.variables = [], [], [], {}
        self.finished = _thread.allocate_lock()
        self.finished.acquire()
        self.alive = threads
        self.guard = _thread.allocate_lock()

    # The scheduler

    def me(self):
        return self.ids.get(_thread.get_ident())

    def emit(self, event):
        self.steps[-1]['events'].append(event)

    def begin_op(self):
        me = self.me()
        if self.over:
            raise RunStopped()
        if self.used[me]:
            self.end_step()
            self.wait_turn(me)
        self.used[me] = True
        self.steps.append({'thread': me, 'events': []})
        return me

    def wait_turn(self, me):
        self.go[me].acquire()
        if self.over:
            raise RunStopped()
        self.used[me] = False

    def block(self, me):
        self.status[me] = 'blocked'
        self.end_step()
        self.wait_turn(me)

    def end_step(self):
        runnable = sorted(t for t, s in self.status.items() if s == 'runnable')
        alive = [t for t, s in self.status.items() if s != 'ended']
        if not runnable and alive:
            self.emit('stuck')
            self.stuck = True
        self.steps[-1]['state'] = self.state()
        if not runnable:
            self.over = True
            for t in alive:
                self.go[t].release()
            return
        k = len(self.steps)
        if k < len(self.prefix):
            chosen = self.prefix[k]
            if chosen not in runnable:
                raise SystemExit('schedule %s: step %d names thread %d, runnable %s' % (self.prefix, k + 1, chosen, runnable))
        else:
            chosen = self.rng.choice(runnable)
        self.go[chosen].release()

    def start(self, body):
        def main(t):
            self.ids[_thread.get_ident()] = t
            try:
                self.go[t].acquire()
                reason = None
                try:
                    body(t)
                except RunStopped:
                    return
                except Exception as error:
                    reason = '%s: %s' % (type(error).__name__, error)
                try:
                    self.begin_op()
                except RunStopped:
                    return
                self.emit('aborted %d %s' % (t, reason) if reason else 'finished %d' % t)
                self.status[t] = 'ended'
                self.end_kind[t] = 'aborted' if reason else 'finished'
                self.end_step()
            finally:
                with self.guard:
                    self.alive -= 1
                    if self.alive == 0:
                        self.finished.release()

        for t in range(1, self.n + 1):
            _thread.start_new_thread(main, (t,))
        while len(self.ids) < self.n:
            pass
        first = self.prefix[0] if self.prefix else self.rng.choice(sorted(self.status))
        self.go[first].release()
        self.finished.acquire()

    def state(self):
        return {
            'locks': {lock.name: [lock.holder, list(lock.line)] for lock in self.locks},
            'conditions': {c.name: [w.owner for w in c._waiters] for c in self.conditions},
            'deques': {d.name: [repr(x) for x in d] for d in self.deques},
            'variables': dict(self.variables),
            'running': sorted(t for t, s in self.status.items() if s == 'runnable'),
            'blocked': sorted(t for t, s in self.status.items() if s == 'blocked'),
            'finished': sorted(t for t, k in self.end_kind.items() if k == 'finished'),
            'aborted': sorted(t for t, k in self.end_kind.items() if k == 'aborted'),
        }

    def assign(self, name, value):
        me = self.begin_op()
        self.variables[name] = repr(value)
        self.emit('assign %d %s %r' % (me, name, value))


RUN = None  # the run whose threads are scheduled now


class GatedLock:
    """A plain lock: held or free, blocked acquirers in line, handed over in order."""

    def __init__(self, name=None):
        self.name = name
        self.holder = None
        self.line = []
        RUN.locks.append(self)

    def acquire(self, blocking=True, timeout=-1):
        run = RUN
        me = run.me()
        ctx = run.ctx[me]
        if ctx['internal'] and not blocking:
            # Condition._is_owned's probe: CPython's fallback for a lock without _is_owned.
            if self.holder is None:
                self.holder = me
                return True
            return False
        if ctx['internal']:
            # Condition._acquire_restore, inside the re-acquire step (its `reacquire` event is out already).
            if run.over:
                raise RunStopped()
            cond = ctx['cond']
            if self.holder is None:
                self.holder = me
                run.emit('acquired %d %s 1' % (me, self.name))
                run.emit('returned %d %s' % (me, cond.name))
                return True
            run.emit('wait %d %s %d' % (me, self.name, self.holder))
            ctx['reacquiring'] = cond
            self.line.append(me)
            run.waits[me] = ('reacquire', self.name, cond.name)
            run.block(me)
            return True
        me = run.begin_op()
        run.emit('request %d %s' % (me, self.name))
        if self.holder is None:
            self.holder = me
            run.emit('acquired %d %s 1' % (me, self.name))
            return True
        # A holder asking again waits for itself for ever (CPython's Lock has no owner).
        run.emit('wait %d %s %d' % (me, self.name, self.holder))
        self.line.append(me)
        run.waits[me] = ('lock', self.name)
        run.block(me)
        return True

    def release(self):
        run = RUN
        me = run.me()
        ctx = run.ctx[me]
        if ctx['internal']:
            cond = ctx['cond']
            if cond is not None and self.holder is not None and any(w.owner == me for w in cond._waiters):
                # Condition._release_save inside wait(): its waiter is in CPython's _waiters now.
                run.emit('condwait %d %s %s %s' % (me, cond.name, self.name, fmt(w.owner for w in cond._waiters)))
            self.release_one(me)
            return
        if run.over:
            return
        me = run.begin_op()
        if self.holder is None:
            run.emit('raise %d RuntimeError: release unlocked lock' % me)
            raise RuntimeError('release unlocked lock')
        self.release_one(me)

    def release_one(self, me):
        run = RUN
        run.emit('released %d %s 0' % (me, self.name))
        self.holder = None
        if self.line:
            nxt = self.line.pop(0)
            self.holder = nxt
            run.emit('acquired %d %s 1' % (nxt, self.name))
            cond = run.ctx[nxt]['reacquiring']
            if cond is not None:
                run.emit('returned %d %s' % (nxt, cond.name))
                run.ctx[nxt]['reacquiring'] = None
            del run.waits[nxt]
            run.status[nxt] = 'runnable'

    def locked(self):
        return self.holder is not None

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class GatedWaiterLock:
    """The lock Condition.wait allocates per waiter: the second acquire blocks until notify releases it."""

    def __init__(self, owner):
        self.owner = owner
        self.held = False

    def acquire(self, blocking=True, timeout=-1):
        run = RUN
        if not self.held:
            self.held = True
            return True
        me = run.me()
        assert me == self.owner and blocking and timeout == -1
        cond = run.ctx[me]['cond']
        run.waits[me] = ('condition', cond.name)
        run.ctx[me]['internal'] = False
        run.block(me)
        # Notified and given the turn: the re-acquire step.
        run.used[me] = True
        run.steps.append({'thread': me, 'events': []})
        run.emit('reacquire %d %s %s' % (me, cond.name, cond._lock.name))
        run.ctx[me]['internal'] = True
        return True

    def release(self):
        run = RUN
        self.held = False
        del run.waits[self.owner]
        run.status[self.owner] = 'runnable'
        run.woken.append(self.owner)


_real_allocate_lock = threading._allocate_lock


def _allocate_lock():
    run = RUN
    me = run.me() if run is not None else None
    if me is not None and run.ctx[me]['internal']:
        return GatedWaiterLock(me)
    return _real_allocate_lock()


threading._allocate_lock = _allocate_lock


class GatedCondition(threading.Condition):
    """threading.Condition itself; wait and notify are gate points and say what they did."""

    def __init__(self, lock, name=None):
        super().__init__(lock)
        self.name = name
        RUN.conditions.append(self)

    def wait(self, timeout=None):
        run = RUN
        run.begin_op()
        ctx = run.ctx[run.me()]
        ctx['cond'], ctx['internal'] = self, True
        try:
            return super().wait(timeout)
        finally:
            ctx['cond'], ctx['internal'] = None, False

    def notify(self, n=1):
        run = RUN
        me = run.begin_op()
        ctx = run.ctx[me]
        ctx['cond'], ctx['internal'] = self, True
        run.woken = []
        try:
            super().notify(n)
        finally:
            ctx['cond'], ctx['internal'] = None, False
        run.emit('notify %d %s %d %s %s' % (me, self.name, n, fmt(run.woken), fmt(w.owner for w in self._waiters)))


class GatedDeque(collections.deque):
    def __init__(self, name):
        super().__init__()
        self.name = name
        RUN.deques.append(self)

    def append(self, item):
        me = RUN.begin_op()
        super().append(item)
        RUN.emit('append %d %s %r %s' % (me, self.name, item, fmt(repr(x) for x in self)))

    def popleft(self):
        me = RUN.begin_op()
        try:
            item = super().popleft()
        except IndexError as error:
            RUN.emit('raise %d IndexError: %s' % (me, error))
            raise
        RUN.emit('popleft %d %s %r %s' % (me, self.name, item, fmt(repr(x) for x in self)))
        return item


class GatedQueue(queue.Queue):
    """queue.Queue, its deque gated (the LifoQueue way: override _init) and unfinished_tasks a gated variable."""

    def __init__(self, maxsize):
        saved = threading.Lock, threading.Condition
        threading.Lock, threading.Condition = GatedLock, GatedCondition
        try:
            super().__init__(maxsize)
        finally:
            threading.Lock, threading.Condition = saved
        self.mutex.name = 'q.mutex'
        self.not_empty.name = 'q.not_empty'
        self.not_full.name = 'q.not_full'
        self.all_tasks_done.name = 'q.all_tasks_done'

    def _init(self, maxsize):
        self.queue = GatedDeque('q.queue')

    @property
    def unfinished_tasks(self):
        return self._unfinished

    @unfinished_tasks.setter
    def unfinished_tasks(self, value):
        if RUN.me() is not None:
            RUN.assign('q.unfinished_tasks', value)
        else:
            RUN.variables['q.unfinished_tasks'] = repr(value)
        self._unfinished = value


class GatedBlock:
    """The _block of CPython's Python RLock (threading._PyRLock): a plain lock inside its acquire/release."""

    def __init__(self, name):
        self.name = name
        self.holder = None
        self.line = []

    def acquire(self, blocking=True, timeout=-1):
        run = RUN
        me = run.me()
        if self.holder is None:
            self.holder = me
            return True
        run.emit('wait %d %s %d' % (me, self.name, self.holder))
        self.line.append(me)
        run.waits[me] = ('lock', self.name)
        run.block(me)
        return True

    def release(self):
        run = RUN
        me = run.me()
        run.emit('released %d %s 0' % (me, self.name))
        self.holder = None
        if self.line:
            nxt = self.line.pop(0)
            self.holder = nxt
            run.emit('acquired %d %s 1' % (nxt, self.name))
            del run.waits[nxt]
            run.status[nxt] = 'runnable'


class GatedRLock(threading._PyRLock):
    """CPython's own Python RLock (owner, count, a _block lock); acquire and release are gate points.

    CPython's C RLock (threading.RLock) does the same owner/count logic in
    Modules/_threadmodule.c; _PyRLock is the Python version Lib/threading.py
    keeps for it, and the one whose _block can be given.
    """

    def __init__(self, name):
        super().__init__()
        self.name = name
        self._block = GatedBlock(name)
        RUN.locks.append(self)

    @property
    def holder(self):
        return self._block.holder

    @property
    def line(self):
        return self._block.line

    def acquire(self, blocking=True, timeout=-1):
        run = RUN
        me = run.begin_op()
        run.emit('request %d %s' % (me, self.name))
        waits = self._owner != _thread.get_ident() and self._block.holder is not None
        rc = super().acquire(blocking, timeout)
        if not waits:
            # Taken now (or counted up); a hand-over was reported by the release that made it.
            run.emit('acquired %d %s %d' % (me, self.name, self._count))
        return rc

    def __enter__(self):
        # _PyRLock binds __enter__ = acquire at class creation: route it through the gate.
        return self.acquire()

    def release(self):
        run = RUN
        if run.over:
            return
        me = run.begin_op()
        try:
            super().release()
        except RuntimeError as error:
            run.emit('raise %d RuntimeError: %s' % (me, error))
            raise
        if self._count:
            run.emit('released %d %s %d' % (me, self.name, self._count))


# The scenes, as ThreadingScene.Kind documents them.

def producer_consumer(threads, maxsize, items=2):
    q = GatedQueue(maxsize)
    consumers = threads - 1

    def body(t):
        if t == 1:
            for item in range(1, consumers * items + 1):
                q.put(item)
            q.join()
        else:
            for _ in range(items):
                q.get()
                q.task_done()
    return body


def stolen_wakeup(threads, fixed):
    mutex = GatedLock('mutex')
    not_empty = GatedCondition(mutex, 'not_empty')
    items = GatedDeque('items')

    def body(t):
        if t == 1:
            for item in range(1, threads):
                with not_empty:
                    items.append(item)
                    not_empty.notify()
        else:
            with not_empty:
                if fixed:
                    while not items:
                        not_empty.wait()
                elif not items:
                    not_empty.wait()
                items.popleft()
    return body


def lost_wakeup(threads, fixed):
    changed = GatedCondition(GatedLock('mutex'), 'changed')
    RUN.variables['ready'] = 'False'

    def body(t):
        with changed:
            if t == threads:
                RUN.assign('ready', True)
                changed.notify_all()
            elif fixed:
                changed.wait_for(lambda: RUN.variables['ready'] == 'True')
            else:
                changed.wait()
    return body


def reentrant(threads, plain_lock):
    lock = GatedLock('lock') if plain_lock else GatedRLock('lock')
    RUN.variables['counter'] = '0'
    counter = [0]

    def body(t):
        def inner():
            with lock:
                counter[0] += 1
                RUN.assign('counter', counter[0])

        def outer():
            with lock:
                inner()
        outer()
    return body


def run_case(scene, threads, prefix, seed, **options):
    global RUN
    RUN = Run(threads, prefix, seed)
    body = {'producer-consumer': producer_consumer, 'stolen-wakeup': stolen_wakeup, 'lost-wakeup': lost_wakeup,
            'reentrant': reentrant}[scene](
        threads, **options)
    RUN.start(body)
    run, RUN = RUN, None
    case = {'scene': scene, 'threads': threads, 'maxsize': options.get('maxsize', 1), 'fixed': options.get('fixed', False),
            'plainLock': options.get('plain_lock', False),
            'prefix': list(prefix), 'seed': seed, 'schedule': [s['thread'] for s in run.steps], 'stuck': run.stuck,
            'steps': [[s['thread'], s['events'], s['state']] for s in run.steps]}
    return case


def main():
    cases = []
    forced = [
        # The stolen wakeup (ThreadingSceneTests): 2 waits, 1 puts item 1 and notifies 2, 3 takes it, 2 pops an empty deque.
        ('stolen-wakeup', 3, [2, 2, 1, 1, 1, 1, 3, 3, 3, 2, 2], {'fixed': False}),
        ('stolen-wakeup', 3, [2, 2, 1, 1, 1, 1, 3, 3, 3, 2, 2], {'fixed': True}),
        # The lost wakeup: the notifier runs first; the waiter waits after the notify.
        ('lost-wakeup', 2, [2, 2, 2, 2, 2, 1, 1], {'fixed': False}),
        ('lost-wakeup', 2, [2, 2, 2, 2, 2, 1, 1], {'fixed': True}),
        # The producer alone until it waits for room (maxsize 1).
        ('producer-consumer', 2, [1] * 7, {'maxsize': 1}),
        # The shortest failing schedules stepviz's explorer reports (ThreadingExplorationTests): CPython must fail on them too.
        ('stolen-wakeup', 3, [2, 1, 2, 1, 1, 1, 3, 2, 3, 3, 2], {'fixed': False}),
        ('stolen-wakeup', 3, [3, 1, 2, 3, 1, 1, 1, 2, 2, 3, 3], {'fixed': False}),
        ('lost-wakeup', 2, [2, 1, 2, 2, 2, 1, 2], {'fixed': False}),
    ]
    for scene, threads, prefix, options in forced:
        cases.append(run_case(scene, threads, prefix, 1, **options))
    for seed in range(1, 6):
        for threads in (2, 3, 4):
            for fixed in (False, True):
                cases.append(run_case('stolen-wakeup', threads, [], seed, fixed=fixed))
                cases.append(run_case('lost-wakeup', threads, [], seed, fixed=fixed))
        for threads in (2, 3, 4):
            for maxsize in (1, 2, 3):
                if threads < 4 or seed <= 2:
                    cases.append(run_case('producer-consumer', threads, [], seed, maxsize=maxsize))
        for threads in (1, 2, 3):
            for plain_lock in (False, True):
                cases.append(run_case('reentrant', threads, [], seed, plain_lock=plain_lock))
    json.dump({'python': sys.version.split()[0], 'cases': cases}, sys.stdout, separators=(',', ':'))
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
