import StepvizCore
import StepvizTestSupport
import Testing

/// Issue 19, "Fidelity": the threading scenes against CPython's own
/// `threading.Condition` and `queue.Queue` code run under the same
/// schedules (Vectors/generate_threading_vectors.py says how the schedule
/// is forced there and where its gate points are: the same as
/// GatedThreadingRun's turns). Each case's whole schedule is replayed with
/// `--schedule-only`, so the run must also offer the same runnable threads
/// at every step (a thread CPython could run that stepviz could not would
/// stop the replay), and every step's events and state must be CPython's.
///
/// The reentrant scene's RLock is CPython's Python RLock (`_PyRLock`).
/// Compared only up to the deadlock: the `--plain-lock` scene, where
/// CPython's Lock asked again by its holder blocks for ever and stepviz
/// reports a deadlock of one and backs off (the script explains). Not
/// compared: `savedCount` of a condition wait (CPython's `_release_save`
/// for a plain lock saves nothing).
@Suite("Threading scenes against CPython's Condition and queue.Queue, step by step")
struct ThreadingCPythonVectorTests {
    static let vectors = Result { try ThreadingVectors.load() }

    /// An event in the script's words.
    static func words(_ event: ThreadingEvent) -> String? {
        func list<T>(_ items: [T]) -> String { "[" + items.map { "\($0)" }.joined(separator: ",") + "]" }
        switch event {
        case .turn: return nil
        case .request(let t, let lock): return "request \(t) \(lock)"
        case .acquired(let t, let lock, let count): return "acquired \(t) \(lock) \(count)"
        case .wait(let t, let lock, let holder): return "wait \(t) \(lock) \(holder)"
        case .released(let t, let lock, let count): return "released \(t) \(lock) \(count)"
        case .deadlock(let cycle, _, let victim): return "deadlock \(list(cycle)) victim \(victim)"
        case .conditionWait(let t, let condition, let lock, _, let waiters): return "condwait \(t) \(condition) \(lock) \(list(waiters))"
        case .notify(let t, let condition, let n, let woken, let left): return "notify \(t) \(condition) \(n) \(list(woken)) \(list(left))"
        case .reacquire(let t, let condition, let lock): return "reacquire \(t) \(condition) \(lock)"
        case .waitReturned(let t, let condition): return "returned \(t) \(condition)"
        case .appended(let t, let deque, let item, let items): return "append \(t) \(deque) \(item) \(list(items))"
        case .poppedLeft(let t, let deque, let item, let items): return "popleft \(t) \(deque) \(item) \(list(items))"
        case .assigned(let t, let variable, let value): return "assign \(t) \(variable) \(value)"
        case .raised(let t, let error): return "raise \(t) \(error)"
        case .stuck: return "stuck"
        case .aborted(let t, let reason): return "aborted \(t) \(reason)"
        case .finished(let t): return "finished \(t)"
        }
    }

    /// A snapshot in the script's terms.
    static func state(_ s: ThreadingSnapshot) -> ThreadingVectors.State {
        ThreadingVectors.State(
            locks: Dictionary(uniqueKeysWithValues: s.locks.map { ($0.name, .init(holder: $0.holder, line: $0.waiters)) }),
            conditions: Dictionary(uniqueKeysWithValues: s.conditions.map { ($0.name, $0.waiters) }),
            deques: Dictionary(uniqueKeysWithValues: s.deques.map { ($0.name, $0.items) }),
            variables: Dictionary(uniqueKeysWithValues: s.variables.map { ($0.name, $0.value) }),
            running: s.running, blocked: s.blocked, finished: s.finished, aborted: s.aborted)
    }

    static func scene(of vector: ThreadingVectors.Case) throws -> ThreadingScene {
        let kind = try #require(ThreadingScene.Kind(rawValue: vector.scene))
        return try ThreadingScene(
            kind, threads: vector.threads, maxsize: kind.hasMaxsize ? vector.maxsize : nil, fixed: vector.fixed,
            plainLock: vector.plainLock)
    }

    @Test("The vectors are CPython 3.11's and cover every scene, forced and seeded")
    func coverage() throws {
        let vectors = try Self.vectors.get()
        #expect(vectors.python.hasPrefix("3.11"))
        let scenes = Set(vectors.cases.map(\.scene))
        #expect(scenes == Set(ThreadingScene.Kind.allCases.map(\.rawValue)))
        // CPython reached both failures the scenes are about.
        #expect(vectors.cases.contains { $0.steps.contains { $0.events.contains("raise 2 IndexError: pop from an empty deque") } })
        #expect(vectors.cases.contains { $0.stuck && $0.scene == "lost-wakeup" && !$0.fixed })
        #expect(!vectors.cases.contains { $0.fixed && ($0.stuck || $0.steps.contains { $0.events.contains { $0.hasPrefix("raise") } }) })
    }

    @Test("Every CPython case, replayed: the same runnable threads, events and state after every step")
    func sameStepsAsCPython() throws {
        let vectors = try Self.vectors.get()
        var compared = 0
        for vector in vectors.cases {
            let scene = try Self.scene(of: vector)
            let name =
                "\(vector.scene) threads \(vector.threads) maxsize \(vector.maxsize) fixed \(vector.fixed) plain lock \(vector.plainLock) seed \(vector.seed) schedule \(TurnSchedule(threads: vector.schedule).commandLine)"
            // A plain lock asked for by its holder: CPython blocks for ever there, stepviz breaks the deadlock.
            // Compare up to that request's wait.
            let selfWait = vector.steps.firstIndex { step in
                step.events.contains { $0 == "wait \(step.thread) lock \(step.thread)" }
            }
            #expect((selfWait != nil) == vector.plainLock, "\(name)")
            let length = selfWait.map { $0 + 1 } ?? vector.steps.count
            let recording = ThreadingRunRecording()
            let (run, body) = scene.makeRun(
                seed: 1, schedule: TurnSchedule(threads: Array(vector.schedule.prefix(length)), stopsAtEnd: true),
                observer: { event in recording.events.withLock { $0.append(event) } },
                snapshotObserver: { snapshot in recording.snapshots.withLock { $0.append(snapshot) } })
            let end = run.run(body)
            if let stop = run.scheduleStop, stop.refused != nil || selfWait == nil {
                Issue.record("\(name): stepviz stopped where CPython went on: \(stop.message)")
                continue
            }
            let steps = recording.steps
            let snapshots = recording.allSnapshots
            #expect(steps.count == length, "\(name): \(steps.count) steps, CPython \(length)")
            if selfWait == nil { #expect((end.stuck != nil) == vector.stuck, "\(name)") }
            for (index, (step, expected)) in zip(steps, vector.steps.prefix(length)).enumerated() {
                let here = "\(name) step \(index + 1)"
                #expect(step.first == .turn(thread: expected.thread), "\(here)")
                var events = step.compactMap(Self.words)
                var expectedEvents = expected.events
                if index == selfWait {
                    // Up to the wait for itself; after it stepviz reports the deadlock, CPython just blocks.
                    let wait = "wait \(expected.thread) lock \(expected.thread)"
                    events = Array(events.prefix { $0 != wait }) + (events.contains(wait) ? [wait] : [])
                    expectedEvents = Array(expectedEvents.prefix { $0 != wait }) + [wait]
                    #expect(
                        step.contains { if case .deadlock([expected.thread], _, expected.thread) = $0 { true } else { false } }, "\(here)")
                }
                if events != expectedEvents {
                    Issue.record("\(here): events\n  stepviz \(events)\n  CPython \(expectedEvents)")
                    break
                }
                if index == selfWait { break }
                let state = Self.state(snapshots[index])
                if state != expected.state {
                    Issue.record("\(here): state\n  stepviz \(state)\n  CPython \(expected.state)")
                    break
                }
            }
            compared += 1
        }
        #expect(compared == vectors.cases.count)
    }

    @Test("CPython fails on the shortest schedules stepviz's explorer finds, at their last step")
    func cpythonFailsOnTheExplorersSchedules() throws {
        let vectors = try Self.vectors.get()
        for (scene, schedule, failure) in [
            ("stolen-wakeup", [2, 1, 2, 1, 1, 1, 3, 2, 3, 3, 2], "raise 2 IndexError: pop from an empty deque"),
            ("stolen-wakeup", [3, 1, 2, 3, 1, 1, 1, 2, 2, 3, 3], "raise 3 IndexError: pop from an empty deque"),
            ("lost-wakeup", [2, 1, 2, 2, 2, 1, 2], "stuck"),
        ] {
            let vector = try #require(vectors.cases.first { $0.scene == scene && $0.prefix == schedule })
            #expect(vector.steps[schedule.count - 1].events.last == failure, "\(scene) \(schedule)")
            #expect(!vector.steps.prefix(schedule.count - 1).contains { $0.events.contains(failure) }, "\(scene) \(schedule)")
        }
    }

    @Test("The stolen wakeup in CPython: the forced schedule's IndexError comes at step 11, after thread 3 popped item 1")
    func cpythonStolenWakeup() throws {
        let vectors = try Self.vectors.get()
        let forced = try #require(vectors.cases.first { $0.scene == "stolen-wakeup" && !$0.fixed && !$0.prefix.isEmpty })
        #expect(forced.prefix == [2, 2, 1, 1, 1, 1, 3, 3, 3, 2, 2])
        #expect(forced.steps[7].events == ["popleft 3 items 1 []"])
        #expect(forced.steps[10].events == ["raise 2 IndexError: pop from an empty deque"])
    }
}
