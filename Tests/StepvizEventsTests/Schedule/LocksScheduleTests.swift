import StepvizCore
import StepvizEvents
import StepvizTestSupport
import Testing

/// `--schedule` through the locks scene and session: the schedule is
/// followed step by step, the same schedule gives the same steps, the
/// seed's own run is its own schedule, and a schedule that cannot be
/// followed is refused with the step and the reason.
@Suite("Locks schedules")
struct LocksScheduleTests {
    static func session(_ scene: String, seed: UInt64 = 1, schedule: [Int]?, only: Bool = false, ordered: Bool = false) throws
        -> LocksSession
    {
        let session = LocksSession(
            scene: try LocksScene(
                options: EventRunOptions(seed: seed).with(\.scene, scene).with(\.ordered, ordered).with(\.schedule, schedule).with(
                    \.scheduleOnly, only)))
        session.run()
        return session
    }

    /// The thread of each turn, as the `begin` events name them.
    static func schedule(of session: LocksSession) -> [Int] {
        session.steps.compactMap { if case .begin(_, let thread?) = $0.event { thread } else { nil } }
    }

    @Test func theSeedsRunReplaysFromItsOwnSchedule() throws {
        for scene in ["naive", "ordered", "violation", "philosophers"] {
            for seed: UInt64 in 1...20 {
                let seeded = try Self.session(scene, seed: seed, schedule: nil)
                let replayed = try Self.session(scene, seed: seed &+ 1000, schedule: Self.schedule(of: seeded))
                #expect(replayed.steps == seeded.steps, "\(scene) seed \(seed)")
            }
        }
    }

    @Test func aScheduleIsFollowedThenTheSeedDecides() throws {
        let session = try Self.session("naive", seed: 3, schedule: [2, 2, 1])
        #expect(Self.schedule(of: session).prefix(3) == [2, 2, 1])
        #expect(session.scheduleStop == nil)
        let again = try Self.session("naive", seed: 3, schedule: [2, 2, 1])
        #expect(again.steps == session.steps)
    }

    @Test func scheduleOnlyStopsWithEveryThreadsStanding() throws {
        let session = try Self.session("naive", schedule: [1, 2, 2], only: true)
        #expect(Self.schedule(of: session) == [1, 2, 2])
        let stop = try #require(session.scheduleStop)
        #expect(stop.step == 4 && stop.refused == nil)
        #expect(stop.standings == [.canMove, .waits(lock: "x", holder: 1)])
        #expect(stop.movable == [1])
        #expect(stop.standings[1].shortReason(thread: 2) == "T2 waits for x, held by T1")
        // The last step is a state event: the run stopped between steps.
        if case .state(let state)? = session.steps.last?.event { #expect(state.blocked == [2]) } else { Issue.record("no final state") }
    }

    @Test(
        "a schedule that cannot be followed is refused",
        arguments: [
            ([1, 2, 2, 2], "step 4: thread 2 is blocked waiting for lock x held by thread 1"),
            ([3], "step 1: there is no thread 3 (the run has threads 1 to 2)"),
            ([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], "step 14: thread 1 has finished"),
        ])
    func refused(schedule: [Int], message: String) {
        #expect(throws: OperationParseError(message)) {
            _ = try LocksScene(options: EventRunOptions().with(\.scene, "naive").with(\.schedule, schedule))
        }
    }

    @Test func scheduleOnlyNeedsASchedule() {
        #expect(throws: OperationParseError("--schedule-only needs a --schedule")) {
            _ = try LocksScene(options: EventRunOptions().with(\.scene, "naive").with(\.scheduleOnly, true))
        }
    }

    /// The lead's "you schedule" loop: ask who can move, extend by one, rerun.
    @Test func extendingByOneStepWalksARunToItsEnd() throws {
        var schedule: [Int] = []
        while true {
            let session = try Self.session("philosophers", schedule: schedule, only: true)
            guard let stop = session.scheduleStop else { break }
            schedule.append(try #require(stop.movable.last))
            #expect(schedule.count < 200)
        }
        let full = try Self.session("philosophers", schedule: schedule)
        #expect(Self.schedule(of: full) == schedule)
        #expect(full.finalState?.running.isEmpty == true)
    }
}
