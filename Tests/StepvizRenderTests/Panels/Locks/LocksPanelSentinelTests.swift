import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// The locks panel writes only inside its rectangle, and draws something,
/// at every size from its minimum to 200x60, for several models.
@Suite struct LocksPanelSentinelTests {
    static func models() throws -> [(String, LocksPanelModel)] {
        let naive = try LocksRuns.session("naive", seed: 3)
        let philosophers = try LocksRuns.session("philosophers", seed: 8)
        return [
            ("empty", LocksPanelModel()),
            ("naive setup", LocksRuns.model(naive, endOfOperation: 0)),
            ("naive deadlock", LocksRuns.model(naive, through: LocksRuns.isDeadlock)),
            ("violation", LocksRuns.model(try LocksRuns.session("violation", seed: 1), through: LocksRuns.isViolation)),
            ("philosophers deadlock", LocksRuns.model(philosophers, through: LocksRuns.isDeadlock)),
            ("12 philosophers", LocksRuns.model(try LocksRuns.session("philosophers", seed: 4, threads: 12), endOfOperation: 40)),
            ("12 philosophers ended", LocksRuns.model(try LocksRuns.session("philosophers", seed: 6, threads: 12, ordered: true))),
        ]
    }

    @Test func everySize() throws {
        let (minWidth, minHeight) = LocksPanel.minimumSize
        for (_, model) in try Self.models() {
            for width in stride(from: minWidth, through: 200, by: 7) {
                for height in stride(from: minHeight, through: 60, by: 4) {
                    SentinelCheck.check(LocksPanel.self, model, width: width, height: height)
                    SentinelCheck.check(LocksPanel.self, model, animation: 0.5, width: width, height: height, glyphs: .ascii)
                }
            }
            SentinelCheck.check(LocksPanel.self, model, width: 200, height: 60)
        }
    }

    /// With ASCII glyphs no frame holds a character outside ASCII.
    @Test func asciiFramesAreAscii() throws {
        for (name, model) in try Self.models() {
            for (width, height) in [(60, 16), (80, 22), (133, 41), (200, 60)] {
                let frame = LocksRuns.frame(model, width: width, height: height, glyphs: .ascii)
                #expect(frame.cells.allSatisfy { $0.character.isASCII }, "\(name) at \(width)x\(height)")
            }
        }
    }
}
