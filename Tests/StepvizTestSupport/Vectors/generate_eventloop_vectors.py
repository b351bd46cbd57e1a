#!/usr/bin/env python3
"""Traces of asyncio programs run by CPython's real event loop on a virtual
clock, for the EventLoop tests (Tests/StepvizCoreTests/EventLoop/).

The loop is asyncio.BaseEventLoop itself (its _run_once, call_soon,
call_later, heapq of TimerHandles, Task and Future), with only time made
virtual: time() returns a counter, as in asyncio's test_utils.TestLoop, and
the selector's select(timeout) adds timeout to it instead of sleeping (what
StepvizCore's LoopClock.virtual does). A select(None) (asyncio would block for ever: nothing ready, no
timer) ends the run as "idle", where StepvizCore's virtual loop returns
.idle.

Cases:
- "demo": the notes' programs (say, the same two say_afters as tasks,
  display_date) printing what EventLoopDemos prints, the loop's time
  standing in for the wall clock (repr of the float, as
  EventLoop.formatSeconds writes it).
- "program": seeded random programs of call_soon / call_later (delays from
  a small set with repeats, so deadlines are often equal), callbacks that
  schedule more, cancel() of handles and tasks, tasks whose steps sleep,
  await earlier tasks or schedule callbacks; run until idle or until one
  task is done (run_until_complete).
- "equal-deadlines": many timers with one deadline, set in label order;
  the order they fire in is heapq's, not the order they were set in.
- "rebuild": more than 100 timers with most cancelled, so _run_once
  rebuilds the heap (heapify) instead of popping the cancelled ones.

Each trace entry is [iteration (1-based _run_once count), loop.time(), label].
Deterministic: fixed seeds, random.Random(seed).
Run: python3 generate_eventloop_vectors.py > eventloop_vectors.json
"""
import asyncio
import json
import random
import sys
from asyncio import base_events

DELAYS = [0, 0.5, 1, 1, 2]


class Idle(Exception):
    """select(None): asyncio would block for ever."""


class VirtualSelector:
    """What BaseEventLoop asks of a selector, with no file descriptors."""

    def __init__(self, loop):
        self.loop = loop

    def select(self, timeout):
        if timeout is None:
            raise Idle()
        if timeout:
            self.loop._time += timeout
        return []

    def close(self):
        pass


class VirtualLoop(base_events.BaseEventLoop):
    """asyncio's loop with test_utils.TestLoop's virtual clock."""

    def __init__(self):
        super().__init__()
        self._time = 0.0  # a float, as the monotonic clock is
        self._clock_resolution = 1e-9  # Linux's monotonic resolution, as EventLoop.clockResolution
        self._selector = VirtualSelector(self)
        self.completed = 0  # _run_once calls that returned
        self.rebuilds = 0  # _run_once calls that began by rebuilding the heap
        self.trace = []
        self.errors = []
        self.set_exception_handler(lambda loop, context: self.errors.append(context.get('message')))

    def time(self):
        return self._time

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass

    def _run_once(self):
        scheduled = len(self._scheduled)
        if (scheduled > base_events._MIN_SCHEDULED_TIMER_HANDLES and self._timer_cancelled_count / scheduled
                > base_events._MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            self.rebuilds += 1
        super()._run_once()
        self.completed += 1

    def record(self, label):
        self.trace.append([self.completed + 1, float(self._time), label])


def run(loop, main=None):
    """Runs to idle (main None) or until main is done; returns the end."""
    try:
        if main is None:
            loop.run_forever()
            return {'end': 'stopped'}
        try:
            value = loop.run_until_complete(main)
            return {'end': 'complete', 'outcome': repr(value)}
        except asyncio.CancelledError:
            return {'end': 'complete', 'outcome': 'CancelledError()'}
    except Idle:
        return {'end': 'idle'}


# The notes' programs ------------------------------------------------------

def demo_say(loop):
    async def say_after(delay, what):
        await asyncio.sleep(delay)
        loop.record(what)

    async def say():
        loop.record('started at %r' % loop.time())
        await say_after(1, 'hello')
        await say_after(2, 'world')
        loop.record('finished at %r' % loop.time())

    return say()


def demo_say_concurrently(loop):
    async def say_after(delay, what):
        await asyncio.sleep(delay)
        loop.record(what)

    async def main():
        task1 = asyncio.create_task(say_after(1, 'hello'))
        task2 = asyncio.create_task(say_after(2, 'world'))
        loop.record('started at %r' % loop.time())
        await task1
        await task2
        loop.record('finished at %r' % loop.time())

    return main()


def demo_display_date(loop):
    async def display_date(loop):
        end_time = loop.time() + 5.0
        while True:
            loop.record(repr(loop.time()))
            if (loop.time() + 1.0) >= end_time:
                break
            await asyncio.sleep(1)

    return display_date(loop)


def demos():
    cases = []
    for name, make in [
        ('say', demo_say),
        ('sayConcurrently', demo_say_concurrently),
        ('displayDate', demo_display_date),
    ]:
        loop = VirtualLoop()
        result = run(loop, make(loop))
        assert not loop.errors, loop.errors
        cases.append({'kind': 'demo', 'name': name, 'trace': loop.trace, 'time': float(loop.time()),
                      'iterations': loop.completed, **result})
        loop.close()
    return cases


# Random programs ----------------------------------------------------------
#
# An action (what a callback, a task step or the setup does):
#   {"op": "soon", "label": L, "body": [actions]}           call_soon
#   {"op": "later", "delay": d, "label": L, "body": [...]}   call_later
#   {"op": "cancel", "target": L}    handle.cancel() / task.cancel(), when L exists yet
#   {"op": "task", "label": L, "steps": [steps]}             create_task
# A callback records L, then runs its body. A task records "L:start", then
# for each step k: {"sleep": d} (0: a bare yield), {"await": L2} (a task of
# the setup made before it) or {"do": [actions]}, and records "L:k"; then
# "L:end" and returns L. A CancelledError it gets is recorded as
# "L:cancelled" and raised again.

class Generator:
    def __init__(self, rng):
        self.rng = rng
        self.count = 0
        self.labels = []  # every label so far, for cancel targets
        self.top_tasks = []

    def label(self, prefix):
        self.count += 1
        name = '%s%d' % (prefix, self.count)
        self.labels.append(name)
        return name

    def action(self, depth):
        rng = self.rng
        roll = rng.random()
        if roll < 0.30:
            return {'op': 'soon', 'label': self.label('c'), 'body': self.body(depth)}
        if roll < 0.68:
            return {'op': 'later', 'delay': rng.choice(DELAYS), 'label': self.label('c'), 'body': self.body(depth)}
        if roll < 0.90 and self.labels:
            return {'op': 'cancel', 'target': rng.choice(self.labels)}
        if depth <= 1:
            return self.task(depth, top=False)
        return {'op': 'soon', 'label': self.label('c'), 'body': []}

    def body(self, depth):
        if depth >= 2 or self.rng.random() < 0.55:
            return []
        return [self.action(depth + 1) for _ in range(self.rng.randint(1, 2))]

    def task(self, depth, top):
        rng = self.rng
        label = self.label('t')
        earlier = list(self.top_tasks)
        steps = []
        for _ in range(rng.randint(1, 4)):
            roll = rng.random()
            if roll < 0.5:
                steps.append({'sleep': rng.choice(DELAYS)})
            elif roll < 0.7 and earlier:
                steps.append({'await': rng.choice(earlier)})
            else:
                steps.append({'do': [self.action(depth + 1) for _ in range(rng.randint(1, 2))]})
        if top:
            self.top_tasks.append(label)
        return {'op': 'task', 'label': label, 'steps': steps}


def random_program(seed):
    rng = random.Random(seed)
    gen = Generator(rng)
    setup = []
    for _ in range(rng.randint(3, 10)):
        if rng.random() < 0.22:
            setup.append(gen.task(0, top=True))
        else:
            setup.append(gen.action(0))
    main = None
    if gen.top_tasks and rng.random() < 0.35:
        main = rng.choice(gen.top_tasks)
    return setup, main


def equal_deadlines_program(seed):
    """Timers at one deadline (delay 1), a few others around them."""
    rng = random.Random(seed)
    gen = Generator(rng)
    setup = []
    for _ in range(rng.randint(4, 12)):
        delay = 1 if rng.random() < 0.7 else rng.choice([0.5, 2])
        setup.append({'op': 'later', 'delay': delay, 'label': gen.label('c'), 'body': []})
    return setup, None


def rebuild_program(seed):
    """More than 100 timers, most cancelled before the run starts."""
    rng = random.Random(seed)
    gen = Generator(rng)
    setup = []
    timers = []
    for _ in range(rng.randint(105, 160)):
        label = gen.label('c')
        timers.append(label)
        body = []
        if rng.random() < 0.1:
            body = [{'op': 'later', 'delay': rng.choice(DELAYS), 'label': gen.label('c'), 'body': []}]
        setup.append({'op': 'later', 'delay': rng.choice(DELAYS), 'label': label, 'body': body})
    for target in rng.sample(timers, int(len(timers) * rng.uniform(0.55, 0.8))):
        setup.append({'op': 'cancel', 'target': target})
    return setup, None


class Interpreter:
    def __init__(self, loop):
        self.loop = loop
        self.handles = {}  # label -> Handle, TimerHandle or Task

    def run_actions(self, actions):
        for action in actions:
            op = action['op']
            if op == 'soon':
                self.handles[action['label']] = self.loop.call_soon(self.callback, action)
            elif op == 'later':
                self.handles[action['label']] = self.loop.call_later(action['delay'], self.callback, action)
            elif op == 'cancel':
                target = self.handles.get(action['target'])
                if target is not None:
                    target.cancel()
            else:
                self.handles[action['label']] = self.loop.create_task(self.coroutine(action))

    def callback(self, action):
        self.loop.record(action['label'])
        self.run_actions(action['body'])

    async def coroutine(self, action):
        label = action['label']
        self.loop.record(label + ':start')
        try:
            for k, step in enumerate(action['steps']):
                if 'sleep' in step:
                    await asyncio.sleep(step['sleep'])
                elif 'await' in step:
                    await self.handles[step['await']]
                else:
                    self.run_actions(step['do'])
                self.loop.record('%s:%d' % (label, k))
        except asyncio.CancelledError:
            self.loop.record(label + ':cancelled')
            raise
        self.loop.record(label + ':end')
        return label


def run_program(kind, name, setup, main):
    loop = VirtualLoop()
    interpreter = Interpreter(loop)
    interpreter.run_actions(setup)
    result = run(loop, interpreter.handles[main] if main else None)
    errors = [e for e in loop.errors if not (e or '').startswith('Task was destroyed')]
    assert not errors, (name, errors)
    case = {'kind': kind, 'name': name, 'setup': setup, 'main': main, 'trace': loop.trace,
            'time': float(loop.time()), 'iterations': loop.completed, 'rebuilds': loop.rebuilds, **result}
    # Pending tasks of an idle run: close their coroutines without a warning.
    for handle in interpreter.handles.values():
        if isinstance(handle, asyncio.Task) and not handle.done():
            handle._log_destroy_pending = False
    loop.close()
    return case


def main():
    cases = demos()
    for seed in range(200):
        cases.append(run_program('program', 'program-%d' % seed, *random_program(seed)))
    for seed in range(40):
        cases.append(run_program('equal-deadlines', 'equal-deadlines-%d' % seed, *equal_deadlines_program(1000 + seed)))
    for seed in range(12):
        cases.append(run_program('rebuild', 'rebuild-%d' % seed, *rebuild_program(2000 + seed)))
    json.dump({'python': sys.version.split()[0], 'delays': DELAYS, 'cases': cases}, sys.stdout, separators=(',', ':'))
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
