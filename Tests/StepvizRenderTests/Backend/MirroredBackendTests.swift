import Foundation
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

@Suite struct MirroredBackendTests {
    static func heapDemo() throws -> PlaybackScreen {
        try PanelScreens.make("heap", EventRunOptions(seed: 1), paused: false, speed: 8)
    }

    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("stepviz-mirror-\(UUID().uuidString).cast").path
    }

    @Test("each backend of a mirrored pair gets the frames, marks and times it gets alone")
    func sameFramesAsAlone() throws {
        var alone = try Self.heapDemo()
        var log = FrameLog(width: 80, height: 24)
        let aloneFrames = try Recorder.record(&alone, to: &log)

        let path = Self.temporaryPath()
        let mirroredPath = Self.temporaryPath()
        defer {
            unlink(path)
            unlink(mirroredPath)
        }
        var castAlone = try Self.heapDemo()
        var cast = AsciicastRecording(writer: try AsciicastWriter(path: path, width: 80, height: 24, title: "stepviz heap"))
        try Recorder.record(&castAlone, to: &cast)

        var mirroredApp = try Self.heapDemo()
        var both = MirroredBackend(
            primary: AsciicastRecording(writer: try AsciicastWriter(path: mirroredPath, width: 80, height: 24, title: "stepviz heap")),
            mirror: FrameLog(width: 80, height: 24))
        let mirroredFrames = try Recorder.record(&mirroredApp, to: &both)

        #expect(mirroredFrames == aloneFrames)
        #expect(FrameLog.firstDifference(both.mirror.drawn, log.drawn) == nil)
        #expect(both.mirror.finishedAt == log.finishedAt && log.finishedAt != nil)
        #expect(log.drawn.contains { !$0.marks.isEmpty }, "the demo's operations are marked")
        #expect(both.mirrorFailure == nil)
        let aloneBytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(aloneBytes.count > 1000)
        #expect(try Data(contentsOf: URL(fileURLWithPath: mirroredPath)) == aloneBytes)
    }

    @Test("frames are drawn at the primary's size, whatever the mirror's")
    func primarySizeRules() throws {
        var app = try Self.heapDemo()
        var both = MirroredBackend(primary: FrameLog(width: 90, height: 26), mirror: FrameLog(width: 10, height: 5))
        try Recorder.record(&app, duration: 200, to: &both)
        #expect(both.mirror.drawn.count == 5)
        #expect(both.mirror.drawn.allSatisfy { $0.frame.width == 90 && $0.frame.height == 26 })
    }

    @Test("a failing mirror is kept, gets no more frames, and the primary goes on to the end")
    func mirrorFailureDoesNotStopThePrimary() throws {
        var alone = try Self.heapDemo()
        var log = FrameLog(width: 80, height: 24)
        try Recorder.record(&alone, to: &log)

        var app = try Self.heapDemo()
        var both = MirroredBackend(primary: FrameLog(width: 80, height: 24), mirror: FrameLog(width: 80, height: 24, failsAt: 3))
        try Recorder.record(&app, to: &both)
        #expect(FrameLog.firstDifference(both.primary.drawn, log.drawn) == nil)
        #expect(FrameLog.firstDifference(both.mirror.drawn, Array(log.drawn.prefix(3))) == nil)
        #expect(both.mirrorFailure?.description == "disk full")
        #expect(both.mirror.finishedAt != nil, "the mirror is still finished (its file closed)")
    }

    @Test("a failing primary ends the run")
    func primaryFailureThrows() throws {
        var app = try Self.heapDemo()
        var both = MirroredBackend(primary: FrameLog(width: 80, height: 24, failsAt: 2), mirror: FrameLog(width: 80, height: 24))
        #expect(throws: RecordingError.self) { try Recorder.record(&app, to: &both) }
        #expect(both.mirror.drawn.count == 2)
    }
}
