import Foundation
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// The seam's proof (issue 16): a catalog with one more panel, defined only
/// in this test target (``TallyPanel``), and every consumer of the catalog
/// — the command line, `events`, the stream reader, the dashboard and the
/// recorder — shows it, with no Sources file naming it.
@Suite("One more panel is its own types plus one catalog entry")
struct ExtraPanelTests {
    let catalog = PanelCatalog.standard.adding(TallyPanel.catalogEntry)
    /// The standard panels, as errors list them.
    static let standardNames = PanelCatalog.standard.names.joined(separator: ", ")

    @Test("The command line reads its name and its own option, and refuses that option elsewhere")
    func commandLine() throws {
        let line = try PanelCommandLine(["--step", "2", "tally"], catalog: catalog, base: EventRunOptions(seed: 4))
        #expect(line.entry?.name == "tally")
        #expect(line.options.integer(.step) == 2)
        #expect(line.options.seed == 4)
        #expect(throws: OperationParseError("--step is not an option of the heap panel")) {
            try PanelCommandLine(["heap", "--step", "2"], catalog: catalog, base: EventRunOptions()).entry!.prepare(
                PanelCommandLine(["heap", "--step", "2"], catalog: catalog, base: EventRunOptions()).options)
        }
        #expect(throws: OperationParseError("invalid --step '0': at least 1")) {
            try catalog.prepare(panel: "tally", options: EventRunOptions().with(.step, .integer(0)))
        }
        // The standard catalog does not know it, nor its option.
        #expect(throws: OperationParseError("unknown option '--step'")) {
            try PanelCommandLine(["tally", "--step", "2"], catalog: .standard, base: EventRunOptions())
        }
        #expect(throws: OperationParseError("unknown panel 'tally' (expected one of: \(Self.standardNames))")) {
            try PanelCommandLine(["tally"], catalog: .standard, base: EventRunOptions())
        }
        let help = PanelCommandLine.help(catalog.entries)
        #expect(help.contains("tally  ") && help.contains("a running total of the numbers added"))
        #expect(help.contains("--step <n>") && help.contains("tally: what each demo add grows by"))
        #expect(catalog.nameList == "\(Self.standardNames) or tally")
        #expect(!catalog.explorable.contains { $0.name == "tally" })
    }

    @Test("events writes its stream, and the stream reader plays it back; the standard catalog refuses it")
    func streamRoundTrip() throws {
        let run = try catalog.prepare(panel: "tally", options: EventRunOptions(ops: "add 2; add 5; add -1"))
        let bytes = Array(try EventStreamCapture.bytes(of: run))
        let lines = try EventStreamCapture.lines(from: Data(bytes))
        #expect(try EventStreamCapture.checkContract(lines, panel: "tally", operationCount: 3) == 3)
        #expect(lines.compactMap { $0["total"] as? Int } == [2, 7, 6])
        let replayed = try catalog.replay(bytes)
        #expect(replayed.name == "tally")
        #expect(Array(try EventStreamCapture.bytes(of: replayed)) == bytes)
        // A wrong total is named by the tally's own checked fold.
        let forged = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: #""total":7"#, with: #""total":8"#)
        #expect(throws: StreamReadError(line: 5, message: "state: total 8, but the adds make 7")) {
            try catalog.replay(Array(forged.utf8))
        }
        #expect(
            throws: StreamReadError(line: 1, message: "panel 'tally' has no screen (expected one of: \(Self.standardNames))")
        ) {
            try PanelCatalog.standard.replay(bytes)
        }
    }

    @Test("The dashboard lays out every panel, the extra one too, and its focus keys reach it")
    func dashboard() throws {
        var screen = PlaybackScreen(dashboard: catalog.demos(seed: 1, paused: true, endless: true), capabilities: .full)
        #expect(screen.playbacks.map(\.name) == catalog.names)
        let frame = screen.view(width: 240, height: 60)
        for name in catalog.names { #expect(frame.text.contains(name), "\(name) drawn") }
        #expect(frame.text.contains("tally total"))
        let minimum = catalog.largestPanelMinimum
        let layout = DashboardLayout(
            body: Rect(x: 0, y: 1, width: 240, height: 57), focus: 0, minimum: minimum, count: catalog.entries.count)
        #expect(layout.kind == .all && layout.panels.allSatisfy { $0 != nil })
        screen.press(.character(Character("\(catalog.entries.count)")))
        #expect(screen.playback.name == "tally")
        screen.press(.tab)
        #expect(screen.playback.name == "heap")
        // Every panel's seed is derived from the run's seed and its name.
        #expect(Set(catalog.demos(seed: 1, endless: false).map(\.seed)).count == catalog.entries.count)
        #expect(catalog.demos(seed: 1, endless: false).map(\.seed) == catalog.names.map { PanelSeed.derive(1, panel: $0) })
    }

    @Test("The recorder records it, one marker per operation")
    func recorder() throws {
        let run = try catalog.prepare(panel: "tally", options: EventRunOptions(ops: "add 2; add 5"))
        var app = PlaybackScreen(playback: run.playback(speed: 8), capabilities: .full)
        var frames = FrameCollector()
        try Recorder.record(&app, to: &frames)
        #expect(frames.markers == ["op 1: add 2", "op 2: add 5"])
        #expect(frames.last?.text.contains("tally total 7") == true)
    }
}

/// Keeps what the recorder hands a backend.
struct FrameCollector: FrameBackend {
    var size: (width: Int, height: Int) { (60, 12) }
    var markers: [String] = []
    var last: Canvas?
    mutating func draw(_ frame: Canvas, marks: [String], atMilliseconds time: Int) throws(RecordingError) {
        last = frame
        markers += marks
    }
    mutating func finish(atMilliseconds time: Int) throws(RecordingError) {}
}
