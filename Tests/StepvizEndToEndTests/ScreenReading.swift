import Foundation

/// Reading what stepviz draws and records, shared by the tmux and recording
/// suites: the header's counters, the status row, colour escapes, and
/// asciicast v2 files line by line.
enum Screen {
    /// The first row: " stepviz │ heap │ op 1/4: … ❚❚ paused 3.0 steps/s  step 2/25  seed 1".
    static func header(_ screen: String) -> String {
        String(screen.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
    }

    /// The last non-blank row: the key hints, the `:` prompt or an error.
    static func statusRow(_ screen: String) -> String {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return String(rows.last { !$0.allSatisfy(\.isWhitespace) } ?? "").trimmingCharacters(in: .whitespaces)
    }

    /// The header's "step N/M" as (N, M).
    static func step(_ screen: String) -> (position: Int, total: Int)? {
        guard let match = header(screen).firstMatch(of: /step (\d+)\/(\d+)/),
            let position = Int(match.1), let total = Int(match.2)
        else { return nil }
        return (position, total)
    }

    /// The header's "op N/M" as (N, M) (at step 0 it reads "next: op 1/M").
    static func operation(_ screen: String) -> (index: Int, total: Int)? {
        guard let match = header(screen).firstMatch(of: /op (\d+)\/(\d+)/),
            let index = Int(match.1), let total = Int(match.2)
        else { return nil }
        return (index, total)
    }

    /// Paused, wherever the viewer opened (a scene opens after its setup).
    static func isPausedAnywhere(_ screen: String) -> Bool {
        step(screen) != nil && header(screen).contains("paused")
    }

    /// The step a screen (styled or plain) shows (0 when the header has none).
    static func position(_ screen: String) -> Int { step(TmuxSession.plain(screen))?.position ?? 0 }

    /// At `position`, paused.
    static func isPaused(at position: Int) -> (String) -> Bool {
        { step($0)?.position == position && header($0).contains("paused") }
    }

    /// The SGR parameters in a styled capture that choose a colour: 30-38,
    /// 40-48, 90-97, 100-107 (39 and 49, "the default colour", are not one;
    /// tmux writes them around every run of cells).
    static func colourParameters(_ styled: String) -> [String] {
        var found: [String] = []
        for match in styled.matches(of: /\u{1B}\[([0-9;:]*)m/) {
            let parameters = match.1.split(whereSeparator: { $0 == ";" || $0 == ":" }).compactMap { Int($0) }
            var index = 0
            while index < parameters.count {
                let value = parameters[index]
                switch value {
                case 38, 48:
                    found.append(String(match.1))
                    index = parameters.count
                case 30...37, 40...47, 90...97, 100...107:
                    found.append(String(match.1))
                default:
                    break
                }
                index += 1
            }
        }
        return found
    }
}

extension TmuxSession {
    /// Like waitForScreen, but returns only once the screen has stayed the
    /// same for `quiet` seconds: a step is drawn with a short transition
    /// (about 0.25 s at 3 steps/s, a value moving into its slot), and only
    /// the settled frame belongs to the position.
    @discardableResult
    func waitForSettledScreen(
        _ what: String, quiet: TimeInterval = 0.5, timeout: TimeInterval = 30,
        _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        var since = Date()
        while Date() < deadline {
            let screen = try capture(styled: true)
            if !condition(Self.plain(screen)) {
                last = ""
            } else if screen != last {
                last = screen
                since = Date()
            } else if Date().timeIntervalSince(since) >= quiet {
                return screen
            }
            usleep(20_000)
        }
        throw Timeout(description: "screen never settled on \(what); last screen:\n\(Self.plain((try? capture()) ?? ""))")
    }

    /// Types `text` literally (no key-name lookup: "push 7" is seven keys).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "e2e", "-l", text])
    }

    /// The program's resident set size in kB, from /proc/PID/status.
    func residentKilobytes() throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(try programID())/status", encoding: .utf8)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
            let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        else {
            throw Timeout(description: "no VmRSS in /proc status:\n\(status)")
        }
        return kilobytes
    }
}

/// An asciicast v2 file, parsed strictly: every line must be JSON, the
/// first an object, every other one a [time, code, data] array.
struct Asciicast {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    struct Event {
        var time: Double
        var code: String
        var data: String
    }

    var header: [String: Any]
    var events: [Event]

    init(_ bytes: [UInt8]) throws {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard let first = lines.first, !first.isEmpty,
            let header = try JSONSerialization.jsonObject(with: Data(first)) as? [String: Any]
        else {
            throw Malformed(description: "line 1 is not a JSON object")
        }
        self.header = header
        events = []
        for (number, line) in lines.enumerated().dropFirst() {
            if line.isEmpty && number == lines.count - 1 { break }  // the final newline
            let parsed: Any
            do {
                parsed = try JSONSerialization.jsonObject(with: Data(line))
            } catch {
                throw Malformed(description: "line \(number + 1) is not JSON: \(String(decoding: line.prefix(120), as: UTF8.self))")
            }
            guard let array = parsed as? [Any], array.count == 3,
                let time = (array[0] as? NSNumber)?.doubleValue,
                let code = array[1] as? String, let data = array[2] as? String
            else {
                throw Malformed(description: "line \(number + 1) is not [time, code, data]")
            }
            events.append(Event(time: time, code: code, data: data))
        }
    }

    var markers: [String] { events.filter { $0.code == "m" }.map(\.data) }
    var timesNeverDecrease: Bool { zip(events, events.dropFirst()).allSatisfy { $0.time <= $1.time } }
    var lastOutput: String? { events.last { $0.code == "o" }?.data }
}
