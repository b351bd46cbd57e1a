import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// The LRU panel writes only inside its rectangle, and draws something
/// there, at every size from its minimum to 200x60.
@Suite struct LRUPanelSentinelTests {
    static func models() throws -> [(name: String, model: LRUPanelModel, animation: Double?)] {
        let example = try LRUModels.session(LRUModels.exampleOps, capacity: 2)
        let zero = try LRUModels.session("put 1 10; get 1; put 2 20", capacity: 0)
        let moving = try LRUModels.session("put 1 10; put 2 20; put 3 30; get 1", capacity: 4)
        return [
            ("empty", LRUPanelModel(setup: LRUSetup(capacity: 4)), nil),
            ("empty capacity 0", LRUPanelModel(setup: LRUSetup(capacity: 0)), nil),
            ("example mid-run", LRUModels.model(example, capacity: 2) { $0.seq == 9 }, nil),
            ("example evicting", try LRUModels.exampleAtEviction(), nil),
            ("evicting in flight", try LRUModels.exampleAtEviction(), 0.5),
            ("capacity 0", LRUModels.model(zero, capacity: 0), nil),
            (
                "hit moving",
                LRUModels.model(moving, capacity: 4) { step in
                    if case .lru(.moveToMostRecent) = step.event { true } else { false }
                }, 0.5
            ),
            ("demo", LRUModels.model(LRUModels.demoSession(seed: 9, capacity: 7, count: 80), capacity: 7), nil),
            ("full of 64", LRUModels.model(LRUModels.fullCacheSession(), capacity: 64), nil),
            ("full of 64 in flight", LRUModels.model(LRUModels.fullCacheSession(), capacity: 64), 0.3),
        ]
    }

    @Test func rendersOnlyInsideItsRectangleAtEverySize() throws {
        let minimum = LRUPanel.minimumSize
        for (_, model, animation) in try Self.models() {
            for width in stride(from: minimum.width, through: 200, by: 7) {
                for height in stride(from: minimum.height, through: 60, by: 4) {
                    SentinelCheck.check(LRUPanel.self, model, animation: animation, width: width, height: height)
                }
            }
            SentinelCheck.check(LRUPanel.self, model, animation: animation, width: 200, height: 60, glyphs: .ascii)
        }
    }

    /// In ASCII, no frame has a character outside ASCII.
    @Test func asciiFramesAreAscii() throws {
        for (name, model, animation) in try Self.models() {
            let frame = LRUModels.frame(model, animation: animation, width: 90, height: 26, glyphs: .ascii)
            #expect(frame.cells.allSatisfy { $0.character.isASCII }, "\(name)")
        }
    }
}
