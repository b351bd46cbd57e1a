import StepvizCore
import StepvizEvents

/// The Python each threading scene runs, as the panel lists it (the
/// scene's bodies, and for producer-consumer `Lib/queue.py`'s methods),
/// and which line a step of the library ran.
enum ThreadingPseudocode {
    /// The listing's title.
    static func title(for kind: ThreadingScene.Kind) -> String {
        kind == .producerConsumer ? "code (and Lib/queue.py)" : "code"
    }

    /// The listing of a scene.
    static func listing(for header: ThreadingSceneHeader) -> [String] {
        switch ThreadingScene.Kind(rawValue: header.scene) {
        case .producerConsumer?:
            let items = (header.threads - 1) * 2
            return [
                "def producer():                  # T1",
                "    for item in range(1, \(items + 1)): q.put(item)",
                "    q.join()",
                "def consumer():                  # T2...",
                "    for _ in range(2): q.get(); q.task_done()",
                "def put(self, item):",
                "    with self.not_full:",
                "        while self._qsize() >= \(header.maxsize): self.not_full.wait()",
                "        self._put(item); self.unfinished_tasks += 1",
                "        self.not_empty.notify()",
                "def get(self):",
                "    with self.not_empty:",
                "        while not self._qsize(): self.not_empty.wait()",
                "        item = self._get(); self.not_full.notify()",
                "def task_done(self):",
                "    with self.all_tasks_done:",
                "        self.unfinished_tasks -= 1 (at 0: notify_all())",
                "def join(self):",
                "    with self.all_tasks_done:",
                "        while self.unfinished_tasks: self.all_tasks_done.wait()",
            ]
        case .stolenWakeup?:
            return [
                "def producer():                  # T1",
                "    for item in range(1, \(header.threads)):",
                "        with not_empty:",
                "            items.append(item)",
                "            not_empty.notify()",
                "def consumer():                  # T2...",
                "    with not_empty:",
                header.fixed ? "        while not items:" : "        if not items:      # if, not while",
                "            not_empty.wait()",
                "        items.popleft()",
            ]
        case .lostWakeup?:
            return [
                "def waiter():                    # T1...",
                "    with changed:",
                header.fixed ? "        changed.wait_for(lambda: ready)" : "        changed.wait()     # no check",
                "def notifier():                  # T\(header.threads)",
                "    with changed:",
                "        ready = True",
                "        changed.notify_all()",
            ]
        case .reentrant?, nil:
            return [
                header.plainLock ? "lock = threading.Lock()" : "lock = threading.RLock()",
                "def outer():",
                "    with lock:",
                "        inner()",
                "def inner():",
                "    with lock:",
                "        counter += 1",
            ]
        }
    }

    /// The line `event` ran, for a thread in `call` (producer-consumer),
    /// whose role is the scene's first (the producer, the notifier), and
    /// that held `holdsBefore` holds of the reentrant scene's lock before
    /// it; nil when no line says it.
    static func line(
        for event: ThreadingEvent, kind: ThreadingScene.Kind, call: ThreadingCall, leads: Bool, holdsBefore: Int
    ) -> Int? {
        switch kind {
        case .producerConsumer:
            let with: Int
            let wait: Int
            switch call {
            case .body: return nil
            case .put: (with, wait) = (6, 7)
            case .get: (with, wait) = (11, 12)
            case .taskDone: (with, wait) = (15, 16)
            case .join: (with, wait) = (18, 19)
            }
            switch event {
            case .request, .acquired, .wait, .released, .deadlock: return with
            case .conditionWait, .reacquire, .waitReturned: return wait
            case .appended: return 8
            case .assigned: return call == .put ? 8 : 16
            case .notify: return call == .put ? 9 : (call == .get ? 13 : 16)
            case .poppedLeft: return 13
            case .raised: return with + 1
            default: return nil
            }
        case .stolenWakeup:
            switch event {
            case .request, .acquired, .wait, .released, .deadlock: return leads ? 2 : 6
            case .appended: return 3
            case .notify: return 4
            case .conditionWait, .reacquire, .waitReturned: return 8
            case .poppedLeft, .raised: return 9
            default: return nil
            }
        case .lostWakeup:
            switch event {
            case .request, .acquired, .wait, .released, .deadlock: return leads ? 4 : 1
            case .conditionWait, .reacquire, .waitReturned: return 2
            case .assigned: return 5
            case .notify: return 6
            default: return nil
            }
        case .reentrant:
            switch event {
            case .request, .wait, .deadlock: return holdsBefore == 0 ? 2 : 5
            case .acquired(_, _, let count): return count <= 1 && holdsBefore == 0 ? 2 : 5
            case .released(_, _, let count): return count == 0 ? 2 : 5
            case .assigned: return 6
            default: return nil
            }
        }
    }
}
