import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// A scene panel opens after its setup (issue 16, item 7): the first frame
/// of a locks or scheduler run shows the threads, locks or queue it starts
/// with, not an empty box. The opening is exactly where the first turn
/// begins, for every scene over many seeds.
@Suite("A scene opens after its setup, where the first turn begins")
struct SceneOpeningTests {
    /// Checks the rule on one source: the steps before the opening belong
    /// to operations that are not turns, and the step at it to the first.
    func checkOpening<Source: SchedulableSource & StepSource>(_ source: Source, _ what: String) {
        let opening = source.openingPosition
        #expect(opening > 0, "\(what): opens at step 0")
        guard opening < source.steps.endIndex else {
            Issue.record("\(what): the run has no turn after its setup")
            return
        }
        let firstTurnOp = source.steps[opening].op
        #expect(source.picks(through: firstTurnOp).count == 1, "\(what): the step at the opening is not the first turn's")
        let lastSetupOp = source.steps[opening - 1].op
        #expect(
            lastSetupOp < firstTurnOp && source.picks(through: lastSetupOp).isEmpty,
            "\(what): a turn happens before the opening")
    }

    @Test("locks: every scene, 2 to 5 threads, ordered or not", arguments: ["ordered", "naive", "violation", "philosophers"])
    func locks(scene: String) throws {
        for seed in UInt64(1)...12 {
            for threads in 2...5 where scene == "philosophers" || threads == 2 {
                let options = EventRunOptions(seed: seed).with(\.scene, scene).with(\.threads, scene == "philosophers" ? threads : nil)
                checkOpening(SceneStepSource<LocksSession>(scene: try LocksScene(options: options)), "\(scene) seed \(seed)")
            }
        }
    }

    @Test("scheduler: tasks and actors, demo and given operations")
    func scheduler() throws {
        for seed in UInt64(1)...12 {
            for kind in ["tasks", "actors"] {
                let scene = try SchedulerScene(options: EventRunOptions(seed: seed).with(\.scene, kind))
                checkOpening(SceneStepSource<SchedulerSession>(scene: scene), "\(kind) seed \(seed)")
            }
        }
        let given = try SchedulerScene(kind: .tasks, ops: "countdown 2; countup 1")
        checkOpening(SceneStepSource<SchedulerSession>(scene: given), "countdown 2; countup 1")
    }

    @Test("the endless demo opens after its first scene's setup, and sources without scenes at 0")
    func demoAndOperations() {
        checkOpening(SceneStepSource<LocksSession>(demoSeed: 5, limit: 3), "locks demo")
        // The endless demo runs a scene when the player first needs one.
        var endless = SceneStepSource<SchedulerSession>(demoSeed: 5)
        #expect(endless.openingPosition == 0)
        _ = endless.runNextDemoOperation()
        checkOpening(endless, "endless scheduler demo")
        let heap = OperationStepSource<HeapSession, HeapDemoScript>(setup: HeapSetup(), demoSeed: 5)
        #expect(heap.openingPosition == 0)
    }

    @Test("a saved stream replays from the same opening as the live run, for every panel in the catalog")
    func replayOpensWhereTheRunDid() throws {
        for entry in PanelCatalog.standard.entries {
            for seed in UInt64(1)...4 {
                let live = try entry.prepare(EventRunOptions(seed: seed))
                let bytes = Array(try EventStreamCapture.bytes(of: live))
                let replayed = try PanelCatalog.standard.replay(bytes)
                let playback = live.playback(paused: true)
                let opening = playback.player.position
                #expect(replayed.playback(paused: true).player.position == opening, "\(entry.name) seed \(seed)")
                #expect((opening > 0) == playback.runsThreads, "\(entry.name) seed \(seed) opens at \(opening)")
            }
        }
    }
}
