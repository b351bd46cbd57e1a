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

    @Argument(help: ArgumentHelp("\(PanelArguments.helpList)."))
    var panel: String

    @Option(help: "The .cast file to write.")
    var out: String

    @Option(help: "Screen size as COLSxROWS, e.g. 100x30.")
    var size: String = "80x24"

    @OptionGroup var scenario: ScenarioOptions
    @OptionGroup var screen: ScreenOptions

    func run() throws {
        let prepared = try PanelArguments.prepare(panel, scenario)
        let speed = try screen.validatedSpeed()
        let (width, height) = try Self.parseSize(size, minimum: prepared.minimumScreen)
        guard out.hasSuffix(".cast") else {
            throw CommandLineError("unknown output format '\(out)' (expected a .cast file)")
        }
        var cast: AsciicastRecording
        do {
            cast = AsciicastRecording(writer: try AsciicastWriter(path: out, width: width, height: height, title: "stepviz \(panel)"))
        } catch {
            throw CommandLineError(error.description)
        }
        var app = PanelScreen(playback: prepared.playback(speed: speed), capabilities: .full)
        do {
            try Recorder.record(&app, width: width, height: height, to: &cast)
        } catch {
            throw CommandLineError(error.description)
        }
    }

    /// `COLSxROWS`, each between the screen's `minimum` and 1000.
    static func parseSize(_ text: String, minimum: PanelSize) throws -> (Int, Int) {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]) else {
            throw CommandLineError("size '\(text)' is not COLSxROWS (e.g. 100x30)")
        }
        guard (minimum.width...1000).contains(width), (minimum.height...1000).contains(height) else {
            throw CommandLineError("size '\(text)' is out of range (\(minimum.width)x\(minimum.height) to 1000x1000)")
        }
        return (width, height)
    }
}
