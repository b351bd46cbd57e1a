import StepvizCore
import Synchronization

/// Runs a GatedThreadingRun and keeps its events and snapshots, in order.
final class ThreadingRunRecording: Sendable {
    let events = Mutex<[ThreadingEvent]>([])
    let snapshots = Mutex<[ThreadingSnapshot]>([])

    var allEvents: [ThreadingEvent] { events.withLock { $0 } }
    var allSnapshots: [ThreadingSnapshot] { snapshots.withLock { $0 } }

    /// A run of `threads` threads recorded here; make its primitives, then call `run`.
    func makeRun(seed: UInt64, threads: Int, schedule: [Int]? = nil) -> GatedThreadingRun {
        GatedThreadingRun(
            seed: seed, threads: threads, schedule: schedule.map { TurnSchedule(threads: $0) },
            observer: { event in self.events.withLock { $0.append(event) } },
            snapshotObserver: { snapshot in self.snapshots.withLock { $0.append(snapshot) } })
    }

    /// Runs `scene` with `seed` (and a schedule's first steps); the recording and the final state.
    static func run(_ scene: ThreadingScene, seed: UInt64, schedule: [Int]? = nil) -> (ThreadingRunRecording, ThreadingSnapshot) {
        let recording = ThreadingRunRecording()
        let (run, body) = scene.makeRun(
            seed: seed, schedule: schedule.map { TurnSchedule(threads: $0) },
            observer: { event in recording.events.withLock { $0.append(event) } },
            snapshotObserver: { snapshot in recording.snapshots.withLock { $0.append(snapshot) } })
        return (recording, run.run(body))
    }

    /// The events of each step (from its `turn`), in order.
    var steps: [[ThreadingEvent]] {
        var steps: [[ThreadingEvent]] = []
        for event in allEvents {
            if case .turn = event { steps.append([event]) } else if !steps.isEmpty { steps[steps.count - 1].append(event) }
        }
        return steps
    }
}

extension ThreadingEvent {
    var isTurn: Bool { if case .turn = self { true } else { false } }
    var raisedError: PythonError? { if case .raised(_, let error) = self { error } else { nil } }
    var stuckReport: [String]? { if case .stuck(let report) = self { report } else { nil } }
}
