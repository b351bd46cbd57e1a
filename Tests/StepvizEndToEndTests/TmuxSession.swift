import Foundation
import StepvizTestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One program running in a detached tmux server of its own, at a fixed
/// size, driven the way a user would: keys in, screen text out.
///
///     let tmux = try TmuxSession(command: [StepvizBinary.path, "watch", "heap"])
///     defer { tmux.close() }
///     try tmux.sendKeys("l")
///     let screen = try tmux.waitForScreen("step 1") { $0.contains("step 1/") }
///
/// Each session has its own `-L` socket, so tests running in parallel never
/// share a server. The pane stays after the program exits (remain-on-exit),
/// so its exit status can be read.
final class TmuxSession {
    struct Timeout: Error, CustomStringConvertible {
        var description: String
    }

    private static let paneTarget = "e2e"
    /// Bounded polling: tries × interval ≈ 20 s before a wait gives up.
    private static let pollTries = 1000
    private static let pollInterval: useconds_t = 20_000

    let socket: String
    private let configuration: TemporaryFile
    /// Where the wrapper leaves the program's exit status. tmux 3.3's own
    /// #{pane_dead_status} is sometimes never filled in (about one run in
    /// ten here, even for `sh -c 'exit 3'`), so it cannot be relied on.
    private let statusPath: String
    private var closed = false

    /// Starts `command` (argv) in a `width`×`height` pane with
    /// LANG=C.UTF-8 and TERM=tmux-256color, plus `environment`; its stderr
    /// goes to `standardErrorPath` when given (a program that exits at once
    /// can lose its output to tmux's first resize of the pane).
    ///
    /// The command runs under a small sh wrapper that records its exit
    /// status. The wrapper ignores SIGINT and SIGQUIT so that Ctrl-C reaches
    /// only the program (which installs its own handlers either way).
    init(
        command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
        standardErrorPath: String? = nil
    ) throws {
        socket = "stepviz-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        statusPath = "\(NSTemporaryDirectory())/\(socket).status"
        configuration = try TemporaryFile(
            contents: Array(
                """
                set -g remain-on-exit on
                set -g status off
                set -g default-terminal tmux-256color

                """.utf8), suffix: ".conf")
        var arguments = ["new-session", "-d", "-s", Self.paneTarget, "-x", "\(width)", "-y", "\(height)"]
        // Swift's backtracer must not wait at a prompt on a crash.
        let defaults = ["LANG": "C.UTF-8", "SWIFT_BACKTRACE": "interactive=no"]
        for (name, value) in defaults.merging(environment, uniquingKeysWith: { $1 }).sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(name)=\(value)"]
        }
        let wrapper = """
            trap '' INT QUIT; status=$1; errors=$2; shift 2
            if [ -n "$errors" ]; then "$@" 2>"$errors"; else "$@"; fi
            echo "$?" > "$status.tmp" && mv "$status.tmp" "$status"
            """
        try tmux(arguments + ["sh", "-c", wrapper, "sh", statusPath, standardErrorPath ?? ""] + command)
    }

    deinit { close() }

    /// Runs a tmux command against this session's server.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> ProcessRunner.Result {
        // The server inherits this environment: keep it free of the
        // caller's colour and nesting settings.
        let result = try ProcessRunner.run(
            "tmux", ["-L", socket, "-f", configuration.path] + arguments,
            environment: ["LANG": "C.UTF-8", "TMUX": nil, "NO_COLOR": nil])
        guard result.status == 0 else {
            throw Timeout(description: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.standardError)")
        }
        return result
    }

    /// Sends keys by tmux name ("l", "Right", "Escape", "C-c", "?").
    func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", Self.paneTarget] + keys)
    }

    /// The visible screen as text, one line per row; `styled` keeps the
    /// colours and attributes as escape sequences.
    func capture(styled: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", Self.paneTarget] + (styled ? ["-e"] : [])).standardOutputText
    }

    /// A tmux format evaluated for the pane, e.g. "#{alternate_on}".
    func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", Self.paneTarget, format])
            .standardOutputText.trimmingCharacters(in: .newlines)
    }

    /// Polls until `condition` holds for two captures in a row that are
    /// identical (a frame fully drawn, not caught mid-write), and returns
    /// that styled capture. Throws after a bounded number of tries.
    @discardableResult
    func waitForScreen(_ what: String, _ condition: (String) -> Bool) throws -> String {
        var previous: String?
        var last = ""
        for _ in 0..<Self.pollTries {
            last = try capture(styled: true)
            if condition(Self.plain(last)) {
                if last == previous { return last }
                previous = last
                continue
            }
            previous = nil
            usleep(Self.pollInterval)
        }
        throw Timeout(description: "screen never showed \(what); last screen:\n\(Self.plain(last))")
    }

    /// Polls until the program has exited; returns its exit status (128 + n
    /// when signal n ended it).
    func waitForExit() throws -> Int32 {
        for _ in 0..<Self.pollTries {
            if let text = try? String(contentsOfFile: statusPath, encoding: .utf8),
                let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                return status
            }
            usleep(Self.pollInterval)
        }
        let pane = (try? format("pid #{pane_pid} dead #{pane_dead} alternate #{alternate_on}")) ?? ""
        throw Timeout(description: "the program never exited (\(pane)); last screen:\n\((try? capture()) ?? "")")
    }

    /// The process id of the program (the wrapper's only child).
    func programID() throws -> pid_t {
        let wrapper = try format("#{pane_pid}")
        let children = try String(contentsOfFile: "/proc/\(wrapper)/task/\(wrapper)/children", encoding: .utf8)
        guard let pid = children.split(separator: " ").first.flatMap({ pid_t($0) }) else {
            throw Timeout(description: "the wrapper \(wrapper) has no child")
        }
        return pid
    }

    func close() {
        guard !closed else { return }
        closed = true
        // tmux 3.3 leaves its socket file behind after kill-server.
        let socketPath = try? format("#{socket_path}")
        _ = try? tmux(["kill-server"])
        if let socketPath, !socketPath.isEmpty { unlink(socketPath) }
        unlink(statusPath)
    }

    /// A styled capture with its escape sequences removed.
    static func plain(_ styled: String) -> String {
        styled.replacing(/\u{1B}\[[0-9;:]*[A-Za-z]/, with: "")
    }
}
