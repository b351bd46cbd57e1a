import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

@Suite struct DequePanelTests {
    /// Models that stress the layout: empty, mid-run on a bounded deque,
    /// many blocks with wide values, a freed block's outline, a walk.
    static func models() throws -> [(name: String, model: DequePanelModel, animation: Double?)] {
        let many = "extend " + (1000...1090).map(String.init).joined(separator: " ") + "; rotate -30; index 45"
        var demo = DequeDemoScript(seed: 9)
        let demoOps = (0..<25).map { _ in demo.next().description }.joined(separator: "; ")
        return [
            ("empty", DequePanelModel(), nil),
            ("example", try DequeModels.model(DequeModels.exampleOps, maxlen: 3), nil),
            ("mid-extend", try DequeModels.model(DequeModels.exampleOps, maxlen: 3, steps: 9), nil),
            ("mid-animation", try DequeModels.model(DequeModels.exampleOps, maxlen: 3, steps: 8), 0.5),
            ("many", try DequeModels.model(many), nil),
            ("many-rotating", try DequeModels.model(many) { if case .deque(.rotationStep) = $0 { true } else { false } }!, 0.3),
            (
                "freed", try DequeModels.model("extend 1 2 3 4 5 6 7 8; pop") { if case .deque(.blockFreed) = $0 { true } else { false } }!,
                nil
            ),
            ("demo", try DequeModels.model(demoOps), nil),
            ("huge values", try DequeModels.model("extend 123456789 -987654321 5; appendleft 4000000000"), 0.5),
        ]
    }

    /// Nothing is drawn outside the panel's rectangle, and something inside,
    /// at every size from the minimum to 200x60.
    @Test func drawsOnlyInsideItsAreaAtEverySize() throws {
        let minimum = DequePanel.minimumSize
        for (_, model, animation) in try Self.models() {
            for width in stride(from: minimum.width, through: 200, by: 7) {
                for height in stride(from: minimum.height, through: 60, by: 4) {
                    SentinelCheck.check(DequePanel.self, model, animation: animation, width: width, height: height)
                    SentinelCheck.check(DequePanel.self, model, animation: animation, width: width, height: height, glyphs: .ascii)
                }
            }
        }
    }

    /// The ASCII frame has no other character, and every highlight keeps an
    /// attribute once colour is dropped, at every size.
    @Test func asciiAndMonochromeHoldEverywhere() throws {
        for (name, model, animation) in try Self.models() {
            for (width, height) in [(60, 16), (80, 22), (133, 40), (200, 58)] {
                let ascii = DequeModels.frame(model, width: width, height: height, animation: animation, glyphs: .ascii)
                #expect(ascii.cells.allSatisfy { $0.character.isASCII }, "\(name) at \(width)x\(height)")
                let frame = DequeModels.frame(model, width: width, height: height, animation: animation)
                for cell in frame.cells where cell.style.foreground != nil && cell.style != Theme.border {
                    let style = cell.style
                    #expect(
                        style.bold || style.reverse || style.underline || style.dim,
                        "\(name) at \(width)x\(height): '\(cell.character)' is told apart by colour alone")
                }
            }
        }
    }

    /// A wider terminal shows more blocks; the hidden ones are counted.
    @Test func widerShowsMoreBlocks() throws {
        let model = try DequeModels.model("extend " + (1...80).map(String.init).joined(separator: " "))
        #expect(model.layout.blocks.count == 11)
        func hiddenCount(_ width: Int) -> Int {
            let text = DequeModels.frame(model, width: width, height: 22).text
            return text.split(separator: "\n").compactMap { line -> Int? in
                guard let range = line.range(of: "blocks hidden") else { return nil }
                return Int(line[..<range.lowerBound].split(separator: " ").last ?? "")
            }.reduce(0, +)
        }
        #expect(hiddenCount(80) == 9)
        #expect(hiddenCount(200) == 5)
        // The right end, where extend worked, is in view.
        #expect(DequeModels.frame(model, width: 80, height: 22).text.contains("80"))
    }

    /// Every pseudocode line fits the code box, whose height fits the tallest listing.
    @Test func listingsFitTheCodeBox() throws {
        let operations = try OperationScript.parse(
            "append 1; appendleft 1; pop; popleft; extend 1; extendleft 1; rotate 1; clear; index 0",
            as: DequeOperation.self)
        for operation in operations {
            let listing = DequePseudocode.listing(for: operation)
            #expect(!listing.isEmpty && listing.allSatisfy { $0.count <= 38 }, "\(operation)")
        }
    }

    /// Every step of a demo run with a line in its listing points inside it.
    @Test func everyStepPointsAtALineOfItsListing() {
        let session = DequeSession(maxlen: 4)
        var demo = DequeDemoScript(seed: 3)
        for _ in 0..<60 { session.apply(demo.next()) }
        session.apply(.pop)
        for step in session.steps {
            let operation = session.operations[step.op]
            let line = DequePseudocode.line(for: step.event, in: operation)
            if case .state = step.event {
                #expect(line == nil)
            } else {
                #expect(line.map { $0 < DequePseudocode.listing(for: operation).count } == true, "\(step.event) in \(operation)")
            }
        }
    }
}
