import ArgumentParser
import StepvizEvents
import StepvizRender

/// `stepviz record <panel> --out FILE.cast`: plays a panel headlessly on a
/// virtual clock and writes every frame to an asciicast v2 file. Needs no
/// terminal; the same arguments give a byte-identical file.
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record a panel to an asciicast v2 file (no terminal needed)."
    )

    @Argument(help: "heap.")
    var panel: String

    @Option(help: "The .cast file to write.")
    var out: String

    @Option(help: "Screen size as COLSxROWS, e.g. 100x30.")
    var size: String = "80x24"

    @OptionGroup var scenario: ScenarioOptions
    @OptionGroup var screen: ScreenOptions

    func run() throws {
        try PanelScreens.checkHasScreen(panel)
        let (width, height) = try Self.parseSize(size)
        let speed = try screen.validatedSpeed()
        let makeSource = try PanelScreens.heapSource(scenario: scenario, demoLimit: HeapDemoScript.eventRunLength)
        var cast: AsciicastWriter
        do {
            cast = try AsciicastWriter(path: out, width: width, height: height, title: "stepviz \(panel)")
        } catch {
            throw CommandLineError(error.description)
        }
        defer { cast.close() }
        var app = WatchApp<HeapScene, HeapPanel>(
            seed: scenario.seed, speed: speed, paused: false, capabilities: .full, makeSource: makeSource)
        do {
            try Recorder.record(&app, width: width, height: height, to: &cast)
        } catch {
            throw CommandLineError(error.description)
        }
    }

    /// `COLSxROWS`, each between the screen's minimum and 1000.
    static func parseSize(_ text: String) throws -> (Int, Int) {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]) else {
            throw CommandLineError("size '\(text)' is not COLSxROWS (e.g. 100x30)")
        }
        let minimum = WatchApp<HeapScene, HeapPanel>.minimumSize
        guard (minimum.width...1000).contains(width), (minimum.height...1000).contains(height) else {
            throw CommandLineError("size '\(text)' is out of range (\(minimum.width)x\(minimum.height) to 1000x1000)")
        }
        return (width, height)
    }
}
