import Foundation
import StepvizEvents
import StepvizRender

/// `render.<panel>.200x60` and `render.dashboard.200x60` (ns to render one
/// frame of a screen into a Canvas) and `record.heap` (frames per second of `stepviz record
/// heap` with its defaults: demo seed 1, 12 operations, speed 3, 80x24,
/// written to a file). Nothing else renders these screens, so there is no
/// baseline: the figures are absolute.
enum RenderBench {
    static func rows(_ config: BenchConfig) -> [BenchRow] {
        renderRows(config) + [recordRow(config), recordSVGRow(config)]
    }

    /// One frame of each panel's watch screen, and of the dashboard, at 200x60.
    static func renderRows(_ config: BenchConfig) -> [BenchRow] {
        PanelCatalog.standard.names.map { name in
            let prepared = try! PanelCatalog.standard.prepare(panel: name, options: EventRunOptions(seed: 1))
            return renderRow(
                config, name: "render.\(name).200x60",
                PlaybackScreen(playback: prepared.playback(endless: true, paused: true), capabilities: .full))
        } + [
            renderRow(
                config, name: "render.dashboard.200x60",
                PlaybackScreen(dashboard: PanelCatalog.standard.demos(seed: 1, paused: true, endless: true), capabilities: .full))
        ]
    }

    /// ns to render one frame of `app` into a Canvas at 200x60, over frames
    /// at successive steps (mid-animation too), so the figure is not one
    /// lucky screen.
    static func renderRow<App: TerminalApp>(_ config: BenchConfig, name: String, _ start: App) -> BenchRow {
        var app = start
        var screens: [App] = []
        for _ in 0..<config.renderFrames {
            screens.append(app)
            _ = app.update(.key(.right))
            _ = app.update(.tick(milliseconds: 50))
        }
        let nsPerFrame = SideBySide.runAlone(rounds: config.rounds) {
            var checksum = 0
            let elapsed = BenchClock.measure {
                for screen in screens {
                    let canvas = screen.view(width: 200, height: 60)
                    checksum &+= canvas.cells.count
                }
            }
            blackHole(checksum)
            return elapsed / Double(screens.count)
        }
        return BenchRow(
            name: name, nsPerOp: nsPerFrame,
            extras: [("frames_per_second", 1e9 / nsPerFrame)],
            note: "ns per frame; no alternative to run against")
    }

    /// The terminal output of the recording's frames (untimed): diffed as
    /// `Recorder` writes it (a full paint at each operation), and with every
    /// frame painted in full, so the diffing's effect is a number.
    static func outputBytes(_ prepared: PreparedPanel) -> (diffed: Int, full: Int, frames: Int) {
        struct Counter: FrameBackend {
            var diffing = AnsiFrameEncoder(), painting = AnsiFrameEncoder()
            var diffed = 0, full = 0, frames = 0
            var size: (width: Int, height: Int) { (80, 24) }
            mutating func draw(_ frame: Canvas, marks: [String], atMilliseconds time: Int) {
                diffed += diffing.encode(frame, fullRepaint: !marks.isEmpty).utf8.count
                full += painting.encode(frame, fullRepaint: true).utf8.count
                frames += 1
            }
            func finish(atMilliseconds time: Int) {}
        }
        var app = PlaybackScreen(playback: prepared.playback(), capabilities: .full)
        var counter = Counter()
        _ = try? Recorder.record(&app, to: &counter)
        return (counter.diffed, counter.full, counter.frames)
    }

    static func recordRow(_ config: BenchConfig) -> BenchRow {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("stepviz-bench-\(getpid()).cast").path
        defer { unlink(path) }
        // The demo's first operations, given as --ops so --quick can run fewer.
        var demo = HeapDemoScript(seed: 1)
        let prepared = heap(ops: (0..<config.recordOperations).map { _ in demo.next().description }.joined(separator: "; "))
        var frames = 0
        let nsPerFrame = SideBySide.runAlone(rounds: config.rounds) {
            var recorded = 0
            let elapsed = BenchClock.measure {
                var app = PlaybackScreen(playback: prepared.playback(), capabilities: .full)
                var cast = AsciicastRecording(writer: try! AsciicastWriter(path: path, width: 80, height: 24, title: "stepviz heap"))
                recorded = try! Recorder.record(&app, to: &cast)
            }
            frames = recorded
            blackHole(recorded)
            return elapsed / Double(recorded)
        }
        let bytes = outputBytes(prepared)
        return BenchRow(
            name: "record.heap", nsPerOp: nsPerFrame,
            extras: [
                ("frames_per_second", 1e9 / nsPerFrame), ("frames", Double(frames)),
                ("bytes_per_frame", Double(bytes.diffed) / Double(bytes.frames)),
                ("full_repaint_bytes_per_frame", Double(bytes.full) / Double(bytes.frames)),
            ],
            note: "ns per frame recorded; no alternative to run against")
    }

    /// `record.heap.svg`: the same recording as `record.heap`, written as an
    /// animated SVG (the film strip of distinct screens).
    static func recordSVGRow(_ config: BenchConfig) -> BenchRow {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("stepviz-bench-\(getpid()).svg").path
        defer { unlink(path) }
        var demo = HeapDemoScript(seed: 1)
        let prepared = heap(ops: (0..<config.recordOperations).map { _ in demo.next().description }.joined(separator: "; "))
        var frames = 0
        let nsPerFrame = SideBySide.runAlone(rounds: config.rounds) {
            var recorded = 0
            let elapsed = BenchClock.measure {
                var app = PlaybackScreen(playback: prepared.playback(), capabilities: .full)
                var svg = try! SVGFileRecording(path: path, width: 80, height: 24, title: "stepviz heap")
                recorded = try! Recorder.record(&app, to: &svg)
            }
            frames = recorded
            blackHole(recorded)
            return elapsed / Double(recorded)
        }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return BenchRow(
            name: "record.heap.svg", nsPerOp: nsPerFrame,
            extras: [
                ("frames_per_second", 1e9 / nsPerFrame), ("frames", Double(frames)),
                ("bytes_per_frame", Double(bytes) / Double(Swift.max(1, frames))), ("bytes", Double(bytes)),
            ],
            note: "ns per frame recorded as SVG; beside record.heap")
    }

    /// The heap panel through the catalog, as `stepviz record heap` builds it.
    static func heap(ops: String?) -> PreparedPanel {
        try! PanelCatalog.standard.prepare(panel: "heap", options: EventRunOptions(ops: ops, seed: 1))
    }
}
