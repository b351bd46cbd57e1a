import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to completion with posix_spawn and captures its output:
/// the one way every test target starts a process (tmux, the binary,
/// python3, Chromium).
///
/// Foundation.Process is not used on purpose: under `swift test` its child
/// inherits a signal mask that blocks INT, TERM, CHLD and WINCH, which hung
/// tmux and Chromium (which manage children of their own). Here the child
/// gets an empty mask and default dispositions for every signal a program
/// may rely on.
package enum ProcessRunner {
    /// What a finished process left behind.
    package struct Result {
        /// The exit code, or 128 + the signal number when a signal ended it.
        package var status: Int32
        package var standardOutput: [UInt8]
        package var standardError: String

        package var standardOutputText: String { String(decoding: standardOutput, as: UTF8.self) }
        package var standardErrorLines: [Substring] { standardError.split(separator: "\n") }
    }

    package struct SpawnError: Error, CustomStringConvertible {
        package var description: String
    }

    /// Runs `executable` (a path, or a name looked up on PATH) with
    /// `arguments`; stdin reads `input` (empty: /dev/null). `environment`
    /// entries are added to (nil values removed from) this process's own.
    /// `standardOutputPath` sends stdout to that file (e.g. /dev/full)
    /// instead of capturing it.
    package static func run(
        _ executable: String, _ arguments: [String], input: [UInt8] = [],
        environment: [String: String?] = [:], standardOutputPath: String? = nil
    ) throws -> Result {
        let outputFile = try TemporaryFile()
        let errorFile = try TemporaryFile()
        let inputFile = try TemporaryFile(contents: input)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input.isEmpty {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, inputFile.descriptor, 0)
        }
        if let standardOutputPath {
            posix_spawn_file_actions_addopen(&actions, 1, standardOutputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        } else {
            posix_spawn_file_actions_adddup2(&actions, outputFile.descriptor, 1)
        }
        posix_spawn_file_actions_adddup2(&actions, errorFile.descriptor, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGCHLD, SIGWINCH, SIGTSTP] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var variables = ProcessInfo.processInfo.environment
        for (name, value) in environment { variables[name] = value }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }

        var pid = pid_t()
        let spawned =
            executable.contains("/")
            ? posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
            : posix_spawnp(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw SpawnError(description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) == -1 {
            guard errno == EINTR else { throw SpawnError(description: "waitpid failed: errno \(errno)") }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift does not import.
        let signal = waitStatus & 0x7f
        let status = signal == 0 ? (waitStatus >> 8) & 0xff : 128 + signal
        return Result(
            status: status, standardOutput: try outputFile.contents(),
            standardError: String(decoding: try errorFile.contents(), as: UTF8.self))
    }
}
