import StepvizCore
import StepvizRender
import Testing

@testable import StepvizTerminal

@Suite("CanvasDiff")
struct CanvasDiffTests {
    /// A canvas of a few characters and styles, so neighbours often match.
    private static func randomCanvas(width: Int, height: Int, using rng: inout SeededGenerator) -> Canvas {
        let characters: [Character] = [" ", "a", "─", "│", "7"]
        let styles = [Style.plain, Style(bold: true), Style(foreground: .red, reverse: true), Style(underline: true)]
        var canvas = Canvas(width: width, height: height)
        for y in 0..<height {
            for x in 0..<width {
                canvas[x, y] = Cell(characters.randomElement(using: &rng)!, style: styles.randomElement(using: &rng)!)
            }
        }
        return canvas
    }

    /// A copy of `canvas` with about a `share` of its cells replaced.
    private static func mutate(_ canvas: Canvas, share: Double, using rng: inout SeededGenerator) -> Canvas {
        let other = randomCanvas(width: canvas.width, height: canvas.height, using: &rng)
        var result = canvas
        for y in 0..<canvas.height {
            for x in 0..<canvas.width where Double.random(in: 0..<1, using: &rng) < share {
                result[x, y] = other[x, y]
            }
        }
        return result
    }

    private static func apply(_ runs: [CanvasRun], to canvas: Canvas) -> Canvas {
        var result = canvas
        for run in runs {
            for (offset, character) in run.characters.enumerated() {
                result[run.x + offset, run.y] = Cell(character, style: run.style)
            }
        }
        return result
    }

    @Test("applying the runs to the previous frame gives the next, touching only changed cells", arguments: 0..<200)
    func runsReproduceTheNextFrame(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let width = Int.random(in: 1...12, using: &rng)
        let height = Int.random(in: 1...6, using: &rng)
        let previous = Self.randomCanvas(width: width, height: height, using: &rng)
        let next = Self.mutate(previous, share: [0, 0.1, 0.5, 1][Int(seed % 4)], using: &rng)
        let runs = CanvasDiff.runs(from: previous, to: next)

        #expect(Self.apply(runs, to: previous) == next)
        var drawn = 0
        for run in runs {
            #expect(!run.characters.isEmpty)
            #expect(run.x + run.characters.count <= width)
            for offset in run.characters.indices {
                #expect(previous[run.x + offset, run.y] != next[run.x + offset, run.y])
                #expect(next[run.x + offset, run.y].style == run.style)
            }
            drawn += run.characters.count
        }
        let changed = zip(previous.cells, next.cells).filter { $0 != $1 }.count
        #expect(drawn == changed)
        // Runs are maximal: two runs that touch on a row differ in style.
        for (left, right) in zip(runs, runs.dropFirst()) where left.y == right.y && left.x + left.characters.count == right.x {
            #expect(left.style != right.style)
        }
    }

    @Test("with no previous frame, or one of another size, every cell is drawn", arguments: 0..<50)
    func fullRedraw(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let next = Self.randomCanvas(width: 9, height: 4, using: &rng)
        let resized = Self.randomCanvas(width: 8, height: 4, using: &rng)
        for previous in [nil, resized] {
            let runs = CanvasDiff.runs(from: previous, to: next)
            #expect(Self.apply(runs, to: Canvas(width: 9, height: 4, fill: Cell("#"))) == next)
            #expect(runs.reduce(0) { $0 + $1.characters.count } == 36)
        }
    }

    @Test("an unchanged frame needs no drawing")
    func unchanged() {
        var canvas = Canvas(width: 10, height: 3)
        canvas.write("heap", x: 1, y: 1, style: Style(bold: true))
        #expect(CanvasDiff.runs(from: canvas, to: canvas).isEmpty)
    }

    @Test("one changed word is one run")
    func oneWord() {
        var before = Canvas(width: 10, height: 2)
        before.write("[3] 10", x: 0, y: 1)
        var after = before
        after.write("99", x: 4, y: 1, style: Style(reverse: true))
        #expect(CanvasDiff.runs(from: before, to: after) == [CanvasRun(x: 4, y: 1, style: Style(reverse: true), characters: ["9", "9"])])
    }

    @Test("without a UTF-8 locale non-ASCII characters become '?'")
    func asciiFallback() {
        let run = CanvasRun(x: 0, y: 0, style: .plain, characters: ["a", "─", "7", "é"])
        #expect(run.wideCharacters(asciiOnly: true).map { UInt32(bitPattern: $0) } == [97, 63, 55, 63])
        #expect(run.wideCharacters(asciiOnly: false).map { UInt32(bitPattern: $0) } == [97, 0x2500, 55, 0xE9])
    }
}
