import Foundation
import StepvizTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `watch --record F.cast`: the session as driven in tmux, written as an
/// asciicast v2 file that stays readable however the session ends.
@Suite("watch --record in tmux")
struct LiveRecordTests {
    /// asciinema 2.4.0 (pip) on PATH: .ci/run installs it.
    static let asciinema: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { "\($0)/asciinema" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The path the recording goes to: a fresh name in the temporary
    /// folder (the program creates it), removed afterwards.
    static func recordingPath() -> String {
        "\(NSTemporaryDirectory())/stepviz-e2e-live-\(getpid())-\(UUID().uuidString.prefix(8)).cast"
    }

    static func checkCommon(_ cast: Asciicast, width: Int, height: Int) {
        #expect(cast.header["version"] as? Int == 2)
        #expect(
            cast.header["width"] as? Int == width && cast.header["height"] as? Int == height,
            "header size \(String(describing: cast.header["width"]))x\(String(describing: cast.header["height"]))")
        #expect(cast.timesNeverDecrease)
        #expect(cast.events.contains { $0.code == "o" })
        // The last output gives the terminal back: attributes reset, the
        // cursor shown (and the alternate screen left, if it was entered).
        let last = cast.lastOutput ?? ""
        #expect(last.contains("\u{1B}[0m") && last.contains("\u{1B}[?25h"), "last output \(last.debugDescription)")
        if cast.events.contains(where: { $0.data.contains("\u{1B}[?1049h") }) {
            #expect(last.contains("\u{1B}[?1049l"))
        }
    }

    @Test("step, run an operation at the prompt, quit: a valid cast with a marker per operation")
    func driveAndQuit() throws {
        let path = Self.recordingPath()
        defer { unlink(path) }
        let tmux = try TmuxSession(
            command: [StepvizBinary.path, "watch", "heap", "--paused", "--record", path],
            width: 90, height: 26)
        defer { tmux.close() }
        try tmux.waitForScreen("step 0", Screen.isPaused(at: 0))
        for position in 1...3 {
            try tmux.sendKeys("Right")
            try tmux.waitForScreen("step \(position)", Screen.isPaused(at: position))
        }
        try tmux.sendKeys(":")
        try tmux.waitForScreen("the prompt") { Screen.statusRow($0).hasPrefix(":") }
        try tmux.type("push 5")
        try tmux.sendKeys("Enter")
        // "▸ push 5" is the log's line for the operation, never the prompt's.
        try tmux.waitForScreen("push 5 run") { $0.contains("▸ push 5") && !Screen.statusRow($0).hasPrefix(":") }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)

        let cast = try Asciicast(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        Self.checkCommon(cast, width: 90, height: 26)
        let markers = cast.markers
        #expect(markers.first?.hasPrefix("op 1: heapify ") == true, "\(markers)")
        #expect(markers.last?.hasSuffix(": push 5") == true, "\(markers)")
        let numbers = markers.compactMap { $0.firstMatch(of: #/^op (\d+): /#).flatMap { Int($0.1) } }
        #expect(numbers.count == markers.count, "every marker is 'op N: …': \(markers)")
        #expect(zip(numbers, numbers.dropFirst()).allSatisfy { $0 < $1 }, "one marker per operation: \(markers)")

        if let asciinema = Self.asciinema {
            let played = try ProcessRunner.run(asciinema, ["cat", path])
            #expect(played.status == 0, "asciinema cat: \(played.standardError)")
            #expect(played.standardOutputText.contains("stepviz"))
        }
    }

    @Test(
        "with STEPVIZ_REQUIRE_ASCIINEMA (set by .ci/run) asciinema is on PATH, so the playback checks run",
        .enabled(if: ProcessInfo.processInfo.environment["STEPVIZ_REQUIRE_ASCIINEMA"] != nil))
    func asciinemaIsThere() {
        #expect(Self.asciinema != nil, "asciinema not on PATH: pip install asciinema==2.4.0")
    }

    @Test("SIGTERM mid-session: the file still parses line by line and ends giving the terminal back")
    func terminated() throws {
        let path = Self.recordingPath()
        defer { unlink(path) }
        let tmux = try TmuxSession(command: [StepvizBinary.path, "watch", "heap", "--paused", "--record", path])
        defer { tmux.close() }
        try tmux.waitForScreen("step 0", Screen.isPaused(at: 0))
        for position in 1...2 {
            try tmux.sendKeys("Right")
            try tmux.waitForScreen("step \(position)", Screen.isPaused(at: position))
        }
        #expect(kill(try tmux.programID(), SIGTERM) == 0)
        #expect(try tmux.waitForExit() == 143)
        #expect(try tmux.format("#{alternate_on}") == "0")

        let cast = try Asciicast(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        Self.checkCommon(cast, width: 80, height: 24)
        #expect(cast.markers.first?.hasPrefix("op 1: heapify ") == true)
        if let asciinema = Self.asciinema {
            #expect(try ProcessRunner.run(asciinema, ["cat", path]).status == 0)
        }
    }

    @Test("an unwritable --record path: exit 2, one line naming it, the terminal untouched")
    func unwritable() throws {
        let errors = try TemporaryFile()
        let tmux = try TmuxSession(
            command: [StepvizBinary.path, "watch", "heap", "--paused", "--record", "/nonexistent/x.cast"],
            standardErrorPath: errors.path)
        defer { tmux.close() }
        #expect(try tmux.waitForExit() == 2)
        let message = String(decoding: try errors.contents(), as: UTF8.self)
        #expect(message.split(separator: "\n").count == 1, "\(message)")
        #expect(message.contains("/nonexistent/x.cast"), "\(message)")
        #expect(!message.contains("\u{1B}"))
        #expect(try tmux.format("#{alternate_on}") == "0")
    }
}
