import StepvizCore
import StepvizEvents
import StepvizRender

/// Threading runs of the real library for the panel's tests, and models
/// folded from their steps.
enum ThreadingRuns {
    static func session(_ options: EventRunOptions) throws -> ThreadingSession {
        let session = ThreadingSession(scene: try ThreadingPanelScene(options: options))
        session.run()
        return session
    }

    /// The model after the first step for which `stop` holds (all steps when none does).
    static func model(_ session: ThreadingSession, after stop: (ThreadingPanelModel) -> Bool = { _ in false }) -> ThreadingPanelModel {
        var model = ThreadingPanelModel()
        for step in session.steps {
            model.apply(step)
            if stop(model) { return model }
        }
        return model
    }

    /// The shortest stolen wakeup explore finds (11 steps): T2 raises
    /// IndexError after T3 took the item T1's notify woke it for.
    static let stolenSchedule = [2, 1, 2, 1, 1, 1, 3, 2, 3, 3, 2]

    /// stolen-wakeup at the IndexError.
    static func stolen() throws -> ThreadingPanelModel {
        let session = try Self.session(EventRunOptions().with(\.scene, "stolen-wakeup").with(\.schedule, stolenSchedule))
        return model(session) { $0.lastError != nil }
    }

    /// producer-consumer (3 threads, maxsize 1): the producer put 1 and
    /// waits on not_full for room for 2; T2 took the mutex to get, and T3
    /// waits for it.
    static func producerWaits() throws -> ThreadingPanelModel {
        let schedule = [1, 1, 1, 1, 1, 1, 1, 2, 3]
        return model(
            try Self.session(EventRunOptions().with(\.scene, "producer-consumer").with(\.schedule, schedule).with(\.scheduleOnly, true)))
    }

    /// lost-wakeup, the notifier first: stuck at the end.
    static func lost() throws -> ThreadingPanelModel {
        model(try Self.session(EventRunOptions().with(\.scene, "lost-wakeup").with(\.schedule, [2, 2, 2, 2, 2])))
    }

    /// reentrant over an RLock, the count at 2.
    static func reentrantTwice() throws -> ThreadingPanelModel {
        let session = try Self.session(EventRunOptions().with(\.scene, "reentrant").with(\.threads, 2))
        return model(session) { $0.replay.state.locks.first?.count == 2 }
    }
}
