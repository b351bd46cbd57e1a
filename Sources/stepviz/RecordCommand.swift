import ArgumentParser
import Foundation
import StepvizEvents
import StepvizRender

/// `stepviz record <panel> --out FILE.cast|FILE.svg`: plays a panel
/// headlessly on a virtual clock and writes every frame to an asciicast v2
/// file or an animated SVG (a still of one frame with `--frame`). Needs no
/// terminal; the same arguments give a byte-identical file.
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record a panel, or the dashboard, to an asciicast v2 file or an SVG (no terminal needed).",
        discussion: "The panel may also be `dashboard` (every panel at once).\n\n" + PanelCommandLine.help(PanelCatalog.standard.entries)
    )

    @Option(help: "Record a saved event stream (from `stepviz events`, or - for standard input) instead of a panel's run.")
    var events: String?

    static let dashboard = "dashboard"

    @Option(help: "The file to write: .cast (asciicast v2) or .svg (animated, or a still with --frame).")
    var out: String

    @Option(help: "With an .svg --out: write one frame as a still picture (N counts from 0, or last).")
    var frame: String?

    @Option(parsing: .unconditional, help: "Record only the first this many seconds (virtual time; default: until the run ends).")
    var duration: Double?

    @Option(
        help: ArgumentHelp(
            "Keys to press, one word every 1.2 s, starting paused: a character, space, left, right, enter, tab, esc, or :line (typed at the prompt).",
            valueName: "words"))
    var keys: String?

    @Option(help: "Screen size as COLSxROWS, e.g. 100x30.")
    var size: String = "80x24"

    @Flag(help: "Draw lines in ASCII (the look of a terminal without UTF-8). NO_COLOR set gives the monochrome look.")
    var ascii = false

    @OptionGroup var scenario: ScenarioOptions
    @OptionGroup var screen: ScreenOptions

    func run() throws {
        // Everything is checked before the library runs or the file is opened.
        let speed = try screen.validatedSpeed()
        let milliseconds = try validatedDuration()
        // With keys the keys drive the screen: it starts paused (space plays).
        let script = try keys.map(Self.parseKeys)
        let paused = script != nil
        let line = try scenario.read(alsoAccepting: [Self.dashboard])
        let panel = line.panelName
        if let events {
            guard panel == nil else {
                throw CommandLineError("give a panel or --events, not both ('\(panel!)' and --events \(events))")
            }
            if let option = line.options.given.first {
                throw CommandLineError("--\(option.name) does not apply to a saved stream (its operations are in it)")
            }
            let prepared = try SavedStreamInput.prepare(events)
            let (width, height) = try Self.parseSize(size, minimum: prepared.minimumScreen)
            let format = try RecordingFormat(out: out, frame: frame)
            var app = PlaybackScreen(playback: prepared.playback(speed: speed, paused: paused), capabilities: capabilities)
            try format.record(
                &app, to: out, width: width, height: height, duration: milliseconds, keys: script, title: "stepviz \(prepared.name)")
            return
        }
        guard let panel else {
            throw CommandLineError("record what? give a panel (\(PanelCatalog.standard.nameList)), dashboard, or --events FILE")
        }
        if panel == Self.dashboard {
            // Every panel plays its demo: the panels' own options have no place here.
            if let option = line.options.given.first {
                throw CommandLineError("--\(option.name) is not an option of the dashboard")
            }
            let minimum = PlaybackScreen.minimumDashboard(panelMinimum: PanelCatalog.standard.largestPanelMinimum)
            let (width, height) = try Self.parseSize(size, minimum: minimum)
            let format = try RecordingFormat(out: out, frame: frame)
            var app = PlaybackScreen(
                dashboard: PanelCatalog.standard.demos(seed: scenario.seed, speed: speed, paused: paused, endless: false),
                capabilities: capabilities)
            try format.record(&app, to: out, width: width, height: height, duration: milliseconds, keys: script, title: "stepviz dashboard")
            return
        }
        let prepared = try ScenarioOptions.prepare(line)
        let (width, height) = try Self.parseSize(size, minimum: prepared.minimumScreen)
        let format = try RecordingFormat(out: out, frame: frame)
        var app = PlaybackScreen(playback: prepared.playback(speed: speed, paused: paused), capabilities: capabilities)
        try format.record(&app, to: out, width: width, height: height, duration: milliseconds, keys: script, title: "stepviz \(panel)")
    }

    /// `--keys`, its words checked.
    static func parseKeys(_ text: String) throws(CommandLineError) -> KeyScript {
        do {
            return try KeyScript(parsing: text)
        } catch {
            throw CommandLineError(error.message)
        }
    }

    /// `--duration` in virtual milliseconds: 0.1 s to a day.
    func validatedDuration() throws -> Int? {
        guard let duration else { return nil }
        guard duration.isFinite, (0.1...86_400).contains(duration) else {
            throw CommandLineError("duration '\(duration.formatted)' is out of range (0.1 to 86400 seconds)")
        }
        return Int((duration * 1000).rounded())
    }

    /// Colour unless NO_COLOR is set and non-empty (no-color.org), as on a
    /// live terminal; Unicode unless `--ascii`.
    var capabilities: DisplayCapabilities {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return DisplayCapabilities(color: !noColor, unicode: !ascii)
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
