import StepvizRender

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The live terminal's loop, apart from curses: keys, resizes and ticks in,
/// frames out at about 30 per second, and the app's library work run off
/// this thread (``BackgroundWork``) so that no frame and no key waits on the
/// library. ``TerminalSession`` runs it over the curses screen; a test runs
/// it over a scripted input and a backend that keeps its frames.
///
///     let loop = LiveLoop()
///     let end = loop.run(&app, input: screen, backend: &backend, start: MonotonicClock.milliseconds())
///
/// - Complexity: per message, the app's `update`; per drawn frame, its
///   `view` and the backend's `draw`.
struct LiveLoop {
    /// Milliseconds on a clock that never goes back.
    var clock: () -> Int = MonotonicClock.milliseconds
    /// A stop signal that arrived since the last look (SIGINT, SIGTERM…).
    var pendingSignal: () -> Int32? = { SignalTrap.pendingSignal }

    /// Runs `app` until it quits or a stop signal arrives; waits for the
    /// library work still running before it returns.
    func run<App: TerminalApp, Input: LiveInput, Backend: FrameBackend>(
        _ app: inout App, input: Input, backend: inout Backend, start: Int
    ) -> TerminalSessionEnd {
        var pacer = FramePacer()
        var size = input.size
        var driver = FrameDriver()
        let background = BackgroundWork()
        defer { background.drain() }
        func perform(_ command: AppCommand) -> Bool {
            if case .run(let works) = command { background.start(works) }
            return command.isQuit
        }
        if perform(app.update(.resize(width: size.width, height: size.height))) { return .quit }
        while true {
            if let signal = pendingSignal() {
                if signal == SIGINT { _ = app.update(.key(.interrupt)) }
                return .signal(signal)
            }
            for done in background.collect() {
                pacer.needsDraw = true
                if perform(app.update(.finished(done))) { return .quit }
            }
            let now = clock()
            if let elapsed = pacer.tick(now: now, wantsTicks: app.wantsTicks) {
                pacer.needsDraw = true
                if perform(app.update(.tick(milliseconds: elapsed))) { return .quit }
            }
            if pacer.draw(now: now) {
                // Only a mirror can fail, and the mirrored backend keeps that.
                try? driver.draw(app, to: &backend, atMilliseconds: now - start)
            }
            guard let read = input.read(timeout: pacer.wait(now: now, wantsTicks: app.wantsTicks || background.isBusy)) else {
                continue
            }
            pacer.needsDraw = true
            let message: AppMessage
            switch read {
            case .key(let key):
                message = .key(key)
            case .resize:
                size = input.size
                input.sizeChanged()
                message = .resize(width: size.width, height: size.height)
            }
            if perform(app.update(message)) { return .quit }
        }
    }
}
