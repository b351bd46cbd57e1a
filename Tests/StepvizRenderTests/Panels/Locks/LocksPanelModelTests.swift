import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// The locks model, folded from the events of real runs on real threads,
/// equals the library's own state after every turn, for hundreds of seeds
/// of every scene.
@Suite struct LocksPanelModelTests {
    static let seeds: ClosedRange<UInt64> = 1...200

    /// Folds `session` into a model and checks it at every `state` step:
    /// the replayed snapshot, the wait-for edges, each thread's lane cell,
    /// and the deadlock and violation reports against their events.
    static func checkEveryTurn(_ session: LocksSession, context: Comment) {
        var model = LocksPanelModel()
        var turns = 0
        for step in session.steps {
            model.apply(step)
            switch step.event {
            case .begin(_, let thread?):
                turns += 1
                #expect(model.currentThread == thread, context)
            case .lock(.deadlock(let cycle, let report, let victim)):
                #expect(model.deadlock?.cycle == cycle && model.deadlock?.lines == report && model.deadlock?.victim == victim, context)
                // The cycle's edges are the report's lines, in the library's words.
                #expect(model.deadlock?.edges.map(\.description) == report, context)
                #expect(model.isDeadlockCurrent, context)
            case .lock(.violation(let thread, let lock, let held)):
                #expect(model.violation?.thread == thread && model.violation?.lock == lock && model.violation?.held == held, context)
                #expect(model.isViolationCurrent, context)
            case .state(let snapshot):
                #expect(model.state == snapshot, context)
                let edges = snapshot.locks.flatMap { lock in lock.waiters.map { "\($0)-\(lock.name)-\(lock.holder ?? 0)" } }
                #expect(model.waitEdges.map { "\($0.waiter)-\($0.lock)-\($0.holder)" } == edges, context)
                #expect(model.lanes.count == min(turns, LocksPanelModel.laneCapacity), context)
                checkLaneCells(model, snapshot, context: context)
            default:
                break
            }
        }
        #expect(model.state == session.finalState, context)
    }

    /// The newest lane column says what the snapshot says of every thread.
    static func checkLaneCells(_ model: LocksPanelModel, _ snapshot: LockRunSnapshot, context: Comment) {
        guard let column = model.lanes.last, column.op == model.operationIndex else { return }
        for (index, cell) in column.cells.enumerated() {
            let thread = index + 1
            let held = snapshot.locks.filter { $0.holder == thread }.map(\.name)
            switch cell {
            case .idle: #expect(held.isEmpty && snapshot.running.contains(thread), context)
            case .holding(let locks): #expect(locks == held && snapshot.running.contains(thread), context)
            case .waiting(let lock, let holder, let holding):
                #expect(snapshot.blocked.contains(thread) && holding == held, context)
                #expect(
                    snapshot.locks.first { $0.name == lock }.map { $0.waiters.contains(thread) && $0.holder == holder } == true, context)
            case .backingOff(_, let holding): #expect(holding == held && snapshot.running.contains(thread), context)
            case .finished: #expect(snapshot.finished.contains(thread), context)
            case .aborted: #expect(snapshot.aborted.contains(thread), context)
            case .gone: #expect(snapshot.finished.contains(thread) || snapshot.aborted.contains(thread), context)
            }
        }
    }

    @Test(arguments: ["ordered", "naive", "violation"])
    func xyScenesEveryTurn(scene: String) throws {
        for seed in Self.seeds {
            Self.checkEveryTurn(try LocksRuns.session(scene, seed: seed), context: "\(scene) seed \(seed)")
        }
    }

    @Test(arguments: [(2, false), (5, false), (5, true), (12, false), (12, true)])
    func philosophersEveryTurn(threads: Int, ordered: Bool) throws {
        for seed in UInt64(1)...(threads == 5 ? 200 : 60) {
            let session = try LocksRuns.session("philosophers", seed: seed, threads: threads, ordered: ordered)
            Self.checkEveryTurn(session, context: "philosophers \(threads) ordered \(ordered) seed \(seed)")
        }
    }

    /// Ranked acquisition shows in the requests: in the ordered scenes every
    /// thread asks in ascending rank; the violation is the one descent.
    @Test func requestsFollowTheRanks() throws {
        for seed in UInt64(1)...60 {
            var model = LocksPanelModel()
            let ordered = try LocksRuns.session("ordered", seed: seed)
            for step in ordered.steps {
                model.apply(step)
                #expect(model.activities.allSatisfy { $0.isRankOrdered }, "ordered seed \(seed)")
            }
            model = LocksRuns.model(try LocksRuns.session("violation", seed: seed), through: LocksRuns.isViolation)
            let requests = model.activities[0].requests
            #expect(requests.map(\.lock) == ["y", "x"] && !model.activities[0].isRankOrdered, "violation seed \(seed)")
            #expect(model.violation?.rank == 1 && model.violation?.heldRanks == [2], "violation seed \(seed)")
        }
    }

    /// A deadlock's victim is seen releasing what it held and backing off.
    @Test func victimReleasesAndBacksOff() throws {
        let session = try LocksRuns.session("naive", seed: 3)
        let atReport = LocksRuns.model(session, through: LocksRuns.isDeadlock)
        #expect(atReport.deadlock?.victim == 1)
        #expect(atReport.cell(of: 1, at: atReport.operationIndex) == .backingOff(.deadlockVictim, holding: ["x"]))
        let afterTurn = LocksRuns.model(session, endOfOperation: atReport.operationIndex)
        #expect(afterTurn.deadlock?.released == ["x"])
        #expect(afterTurn.cell(of: 1, at: afterTurn.operationIndex) == .backingOff(.deadlockVictim, holding: []))
        let end = LocksRuns.model(session)
        #expect(end.activities[0].ended == .aborted(.deadlockVictim))
        #expect(end.activities[1].ended == .finished)
    }

    /// The screen concatenates runs (the demo cycles scenes, the prompt
    /// reruns): a `scene` event starts afresh, so the second run's model
    /// equals the one folded from that run alone.
    @Test func aNewSceneResetsTheModel() throws {
        let first = try LocksRuns.session("naive", seed: 3)
        let second = try LocksRuns.session("philosophers", seed: 8)
        var model = LocksPanelModel()
        for step in first.steps { model.apply(step) }
        let offset = first.steps.count
        let opOffset = (first.steps.last?.op ?? 0) + 1
        var alone = LocksPanelModel()
        for step in second.steps {
            model.apply(Step(seq: step.seq + offset, op: step.op + opOffset, event: step.event))
            alone.apply(step)
            if case .state(let snapshot) = step.event { #expect(model.state == snapshot) }
        }
        #expect(model.state == alone.state)
        #expect(model.lanes.map(\.cells) == alone.lanes.map(\.cells))
        // Operation numbers differ by the offset; all else is the same.
        #expect(model.activities.map(Self.withoutOperation) == alone.activities.map(Self.withoutOperation))
        #expect(model.scene == alone.scene)
        #expect(model.deadlock?.lines == alone.deadlock?.lines && model.deadlockCount == alone.deadlockCount)
        #expect(model.violation == nil && model.recentEvents.map(\.event) == alone.recentEvents.map(\.event))
    }

    static func withoutOperation(_ activity: LocksThreadActivity) -> String {
        "\(activity.requests) \(String(describing: activity.backOff)) \(String(describing: activity.ended))"
    }

    /// The lanes keep at most their capacity, newest last. No scene runs
    /// that long, so the stream is written out: one thread taking and
    /// releasing x, turn after turn, with the states the library would report.
    @Test func lanesAreBounded() {
        let free = LockRunSnapshot.LockState(name: "x", rank: 1, holder: nil, count: 0, waiters: [])
        var held = free
        held.holder = 1
        held.count = 1
        var events: [(op: Int, event: LocksStepEvent)] = [
            (0, .begin("scene naive, 1 threads", thread: nil)),
            (0, .scene(name: "naive", threads: 1, ordered: false, locks: [free])),
            (0, .state(LockRunSnapshot(locks: [free], running: [1], blocked: [], finished: [], aborted: []))),
        ]
        let turns = LocksPanelModel.laneCapacity + 50
        for op in 1...turns {
            let take = op % 2 == 1
            events.append((op, .begin("thread 1", thread: 1)))
            if take {
                events.append((op, .lock(.request(thread: 1, lock: "x", rank: 1))))
                events.append((op, .lock(.acquired(thread: 1, lock: "x", count: 1))))
            } else {
                events.append((op, .lock(.released(thread: 1, lock: "x", count: 0))))
            }
            events.append((op, .state(LockRunSnapshot(locks: [take ? held : free], running: [1], blocked: [], finished: [], aborted: []))))
        }
        var model = LocksPanelModel()
        for (seq, item) in events.enumerated() { model.apply(Step(seq: seq, op: item.op, event: item.event)) }
        #expect(model.lanes.count == LocksPanelModel.laneCapacity)
        #expect(model.droppedColumns == turns - LocksPanelModel.laneCapacity)
        #expect(model.lanes.last?.op == turns && model.lanes.last?.cells == [.idle])
        #expect(model.lanes.first?.op == turns - LocksPanelModel.laneCapacity + 1)
    }

    @Test func summaries() throws {
        let session = try LocksRuns.session("naive", seed: 3)
        #expect(LocksPanel.summary(LocksPanelModel(), glyphs: .unicode) == "locks")
        #expect(LocksPanel.summary(LocksRuns.model(session, through: LocksRuns.isDeadlock), glyphs: .unicode) == "locks deadlock!")
        #expect(LocksPanel.summary(LocksRuns.model(session, endOfOperation: 1), glyphs: .unicode) == "locks T1 holds x")
        #expect(LocksPanel.summary(LocksRuns.model(session, endOfOperation: 3), glyphs: .unicode) == "locks T2 waits x")
        #expect(LocksPanel.summary(LocksRuns.model(session, endOfOperation: 9), glyphs: .unicode) == "locks T2 holds x y")
        #expect(LocksPanel.summary(LocksRuns.model(session), glyphs: .unicode) == "locks done 1 ok 1 aborted")
        let violation = try LocksRuns.session("violation", seed: 1)
        #expect(LocksPanel.summary(LocksRuns.model(violation, through: LocksRuns.isViolation), glyphs: .unicode) == "locks T1 refused x")
    }
}
