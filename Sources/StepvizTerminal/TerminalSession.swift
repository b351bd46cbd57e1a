import CNcurses
import StepvizRender

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The live ncurses screen that drives a `TerminalApp`: keys, resizes and
/// ticks in, changed cells out, and the terminal always given back.
///
///     let session = try TerminalSession()        // checks; screen untouched
///     var app = PlaybackScreen(playback: prepared.playback(speed: 3, paused: false),
///                              capabilities: session.capabilities)
///     let end = try session.run(&app)            // until q, Ctrl-C or SIGTERM
///     if end.exitStatus != 0 { exit(end.exitStatus) }
///
/// The screen is a ``FrameBackend`` fed by a ``FrameDriver``, as a
/// headless recording is; `run(_:mirroringTo:)` puts a second backend (the
/// `--record` asciicast) on the same driver.
///
/// Creating the session only checks the terminal (stdin and stdout are
/// terminals, TERM can address the cursor) and reads the locale; nothing is
/// written until `run`. Keep every use on one thread: curses is not
/// thread-safe.
public final class TerminalSession {
    /// What the screen can show; render the app with it.
    public let capabilities: DisplayCapabilities
    private let term: String

    /// Checks the terminal and decides colour and line drawing.
    /// - Throws: `TerminalSessionError` (one line, for exit status 2) when
    ///   stdin or stdout is not a terminal, or TERM is unset, unknown or
    ///   cannot address the cursor.
    public init() throws(TerminalSessionError) {
        let term = getenv("TERM").map { String(cString: $0) }
        let colors = try TerminalProbe.check(
            inputIsTerminal: isatty(0) == 1,
            outputIsTerminal: isatty(1) == 1,
            term: term)
        setlocale(LC_ALL, "")
        self.term = term ?? ""
        capabilities = TerminalProbe.capabilities(
            colors: colors,
            noColor: getenv("NO_COLOR").map { String(cString: $0) },
            codesetIsUTF8: stepviz_codeset_is_utf8() != 0)
    }

    /// Opens the screen and runs `app` until it quits or a stop signal
    /// (SIGINT, SIGTERM, SIGHUP, SIGQUIT) arrives; the terminal is restored
    /// before this returns, and on a crash signal before the crash goes on.
    /// The app first gets its size as `.resize`, then keys, resizes and,
    /// while `wantsTicks`, ticks carrying the elapsed monotonic milliseconds.
    /// Ctrl-C is also sent to the app as `.key(.interrupt)` before the loop
    /// ends. Frames are capped at about 30 per second and drawn only after a
    /// message; while the app wants no ticks the loop sleeps in the wait for
    /// a key.
    ///
    /// - Returns: how it ended; `exitStatus` is 0, or 128 + the signal.
    /// - Throws: `TerminalSessionError` when the screen cannot be opened.
    /// - Complexity: per drawn frame, the app's `view` plus O(width × height)
    ///   to find the changed cells; only those are sent to the terminal.
    public func run<App: TerminalApp>(_ app: inout App) throws(TerminalSessionError) -> TerminalSessionEnd {
        try session(&app) { $0 }.end
    }

    /// `run(_:)` with every frame shown also drawn on `mirror` (a recording)
    /// at the real elapsed time, and finished however the session ends. A
    /// mirror that fails gets no more frames; the session goes on and the
    /// failure is returned with how it ended.
    public func run<App: TerminalApp, Mirror: FrameBackend>(
        _ app: inout App, mirroringTo mirror: Mirror
    ) throws(TerminalSessionError) -> (end: TerminalSessionEnd, mirrorFailure: RecordingError?) {
        let (end, backend) = try session(&app) { MirroredBackend(primary: $0, mirror: mirror) }
        return (end, backend.mirrorFailure)
    }

    /// Opens the screen, runs the loop on the backend made over it, and
    /// finishes that backend (the screen closed) on the way out.
    private func session<App: TerminalApp, Backend: FrameBackend>(
        _ app: inout App, backend makeBackend: (CursesScreen) -> Backend
    ) throws(TerminalSessionError) -> (end: TerminalSessionEnd, backend: Backend) {
        SignalTrap.install()
        defer { SignalTrap.remove() }
        let screen = try CursesScreen(term: term, capabilities: capabilities)
        defer { screen.close() }
        let start = MonotonicClock.milliseconds()
        var backend = makeBackend(screen)
        let end = LiveLoop().run(&app, input: screen, backend: &backend, start: start)
        // The screen cannot fail to close; a mirror's failure stays in the backend.
        try? backend.finish(atMilliseconds: MonotonicClock.milliseconds() - start)
        return (end, backend)
    }
}
