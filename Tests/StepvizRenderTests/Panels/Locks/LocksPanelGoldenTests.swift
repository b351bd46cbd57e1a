import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// The locks panel alone at pinned sizes, compared cell by cell with
/// reviewed golden frames: the naive scene at the moment its deadlock is
/// reported (seed 3), the violation as it is raised, the philosophers' table.
@Suite struct LocksPanelGoldenTests {
    static func deadlockModel() throws -> LocksPanelModel {
        LocksRuns.model(try LocksRuns.session("naive", seed: 3), through: LocksRuns.isDeadlock)
    }

    @Test func deadlockReportedAt80x22() throws {
        let model = try Self.deadlockModel()
        let frame = LocksRuns.frame(model, width: 80, height: 22)
        #expect(frame.text.contains("deadlock detected"))
        #expect(frame.text.contains("thread 1 waits for lock y;"))
        try GoldenFrame.check(frame, named: "locks/naive-deadlock-80x22")
    }

    @Test func deadlockReportedMonochrome() throws {
        let frame = LocksRuns.frame(try Self.deadlockModel(), width: 80, height: 22).withoutColor
        try GoldenFrame.check(frame, named: "locks/naive-deadlock-80x22-monochrome")
    }

    @Test func deadlockReportedAscii() throws {
        let frame = LocksRuns.frame(try Self.deadlockModel(), width: 80, height: 22, glyphs: .ascii)
        #expect(frame.cells.allSatisfy { $0.character.isASCII })
        try GoldenFrame.check(frame, named: "locks/naive-deadlock-80x22-ascii")
    }

    @Test func deadlockReportedAt200x58() throws {
        let frame = LocksRuns.frame(try Self.deadlockModel(), width: 200, height: 58)
        #expect(frame.text.contains("thread 2 waits for lock x; blocked by thread 1"))
        try GoldenFrame.check(frame, named: "locks/naive-deadlock-200x58")
    }

    /// Mid-animation the panel draws the settled picture (no step of the
    /// locks moves a value across the screen).
    @Test func midAnimationIsTheSettledFrame() throws {
        let model = try Self.deadlockModel()
        #expect(LocksRuns.frame(model, width: 80, height: 22, animation: 0.5) == LocksRuns.frame(model, width: 80, height: 22))
    }

    @Test func violationAt80x22() throws {
        let model = LocksRuns.model(try LocksRuns.session("violation", seed: 1), through: LocksRuns.isViolation)
        let frame = LocksRuns.frame(model, width: 80, height: 22)
        #expect(frame.text.contains(LockOrderViolation.message))
        #expect(frame.text.contains("holds y (rank 2)") && frame.text.contains("asked for x (rank 1)"))
        try GoldenFrame.check(frame, named: "locks/violation-80x22")
    }

    @Test func orderedMidRunAt80x22() throws {
        let model = LocksRuns.model(try LocksRuns.session("ordered", seed: 2), endOfOperation: 6)
        try GoldenFrame.check(LocksRuns.frame(model, width: 80, height: 22), named: "locks/ordered-80x22")
    }

    /// Five philosophers (seed 8 deadlocks all the way round the table).
    @Test func philosophersDeadlockAt80x22() throws {
        let session = try LocksRuns.session("philosophers", seed: 8)
        let model = LocksRuns.model(session, through: LocksRuns.isDeadlock)
        #expect(model.deadlock?.cycle.count == 5)
        try GoldenFrame.check(LocksRuns.frame(model, width: 80, height: 22), named: "locks/philosophers-deadlock-80x22")
        try GoldenFrame.check(LocksRuns.frame(model, width: 120, height: 36), named: "locks/philosophers-deadlock-120x36")
    }

    @Test func philosophersOrderedAt100x30() throws {
        let model = LocksRuns.model(try LocksRuns.session("philosophers", seed: 8, ordered: true), endOfOperation: 14)
        try GoldenFrame.check(LocksRuns.frame(model, width: 100, height: 30), named: "locks/philosophers-ordered-100x30")
    }
}
