#!/usr/bin/env python3
"""Transcripts of the notes' generator schedulers, run by CPython, for
SchedulerCPythonVectorTests (TaskScheduler and ActorScheduler).

The TaskScheduler, countdown, countup, ActorScheduler, printer and counter
are the notes' code (000_9acf4769a31b3c36.txt), with the output recorded
instead of printed, "Counting up" spelled right, and "Got: N" with one space.
Run: python3 generate_scheduler_vectors.py > scheduler_vectors.json
"""
import inspect
import json
import random
from collections import deque

out = []  # (task index, text) in print order


def countdown(index, n):
    while n > 0:
        out.append((index, 'T-minus %d' % n))
        yield
        n -= 1
    out.append((index, 'Blastoff!'))


def countup(index, n):
    x = 0
    while x < n:
        out.append((index, 'Counting up %d' % x))
        yield
        x += 1


class TaskScheduler:
    def __init__(self):
        self._task_queue = deque()
        self.steps = 0

    def new_task(self, task):
        self._task_queue.append(task)

    def run(self):
        while self._task_queue:
            task = self._task_queue.popleft()
            self.steps += 1
            try:
                next(task)
                self._task_queue.append(task)
            except StopIteration:
                pass


class ActorScheduler:
    def __init__(self):
        self._actors = {}
        self._msg_queue = deque()
        self.dropped = 0  # unknown actor when sent, or finished when delivered
        self.steps = 0

    def new_actor(self, name, actor):
        self._msg_queue.append((actor, None))
        self._actors[name] = actor

    def send(self, name, msg):
        actor = self._actors.get(name)
        if actor:
            self._msg_queue.append((actor, msg))
        else:
            self.dropped += 1

    def run(self):
        while self._msg_queue:
            actor, msg = self._msg_queue.popleft()
            self.steps += 1
            if inspect.getgeneratorstate(actor) == inspect.GEN_CLOSED:
                self.dropped += 1  # the notes' StopIteration on a finished actor
            try:
                actor.send(msg)
            except StopIteration:
                pass


def printer():
    while True:
        msg = yield
        out.append(('printer', 'Got: %s' % msg))


def counter(sched):
    while True:
        n = yield
        if n == 0:
            break
        sched.send('printer', n)
        sched.send('counter', n - 1)


def task_case(rng):
    tasks = [[rng.choice(['countdown', 'countup']), rng.randint(0, 6)] for _ in range(rng.randint(1, 5))]
    out.clear()
    scheduler = TaskScheduler()
    for index, (kind, n) in enumerate(tasks):
        scheduler.new_task((countdown if kind == 'countdown' else countup)(index, n))
    scheduler.run()
    return {'tasks': tasks, 'output': [[i, text] for i, text in out], 'steps': scheduler.steps}


def actor_case(rng):
    sends = [[rng.choice(['counter', 'counter', 'printer', 'nobody']), rng.randint(0, 5)] for _ in range(rng.randint(1, 3))]
    out.clear()
    sched = ActorScheduler()
    sched.new_actor('printer', printer())
    sched.new_actor('counter', counter(sched))
    for name, n in sends:
        sched.send(name, n)
    sched.run()
    return {'sends': sends, 'output': [text for _, text in out], 'dropped': sched.dropped, 'steps': sched.steps}


def main():
    rng = random.Random(20261125)
    fixed = [['countdown', 3], ['countdown', 2], ['countup', 4]]
    out.clear()
    scheduler = TaskScheduler()
    for index, (kind, n) in enumerate(fixed):
        scheduler.new_task((countdown if kind == 'countdown' else countup)(index, n))
    scheduler.run()
    tasks = [{'tasks': fixed, 'output': [[i, t] for i, t in out], 'steps': scheduler.steps}]
    tasks += [task_case(rng) for _ in range(200)]
    actors = [actor_case(rng) for _ in range(100)]
    print(json.dumps({'tasks': tasks, 'actors': actors}, indent=None, separators=(',', ':')))


if __name__ == '__main__':
    main()
