import Foundation
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// `record --keys`: the words become keys, pressed one word per interval
/// of virtual time from a paused start, and the recording lasts until the
/// last word has played out.
@Suite struct KeyScriptTests {
    @Test func wordsBecomeKeys() throws {
        let script = try KeyScript(parsing: "s 1 space left :pick 2")
        // ":pick" is a word of its own; "2" the next one.
        #expect(
            script.words == [
                [.character("s")], [.character("1")], [.character(" ")], [.left],
                ":pick".map { Key.character($0) } + [.enter], [.character("2")],
            ])
        #expect(throws: OperationParseError("'xy' is not a key (one character, space, left, right, enter, tab, esc, or :line)")) {
            try KeyScript(parsing: "s xy")
        }
    }

    /// Records the naive locks scene driven by `keys`, returning its markers.
    func markers(_ keys: String) throws -> [String] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stepviz-\(UUID().uuidString).cast").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var app = try PanelScreens.make("locks", EventRunOptions().with(\.scene, "naive"), paused: true, speed: 6)
        var cast = AsciicastRecording(writer: try AsciicastWriter(path: path, width: 80, height: 24, title: "t"))
        try Recorder.record(&app, keys: try KeyScript(parsing: keys), to: &cast)
        return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").filter { $0.contains(#""m""#) }.map(String.init)
    }

    @Test func eachWordIsPressedOneIntervalAfterTheLast() throws {
        let marks = try markers("s 1 2 2 1")
        // The scene's setup is on screen from the first frame, marked there.
        #expect(
            marks
                == [
                    #"[0.000, "m", "op 1: scene naive, 2 threads"]"#,
                    #"[1.200, "m", "you schedule --schedule (none yet)"]"#,
                    #"[2.400, "m", "you schedule --schedule 1"]"#,
                    #"[3.600, "m", "you schedule --schedule 1,2"]"#,
                    #"[4.800, "m", "you schedule --schedule 1,2,2"]"#,
                    #"[6.000, "m", "you schedule --schedule 1,2,2,1"]"#,
                ].map { $0 })
    }
}
