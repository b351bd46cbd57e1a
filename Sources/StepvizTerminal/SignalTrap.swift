import CNcurses
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The signal that asked the loop to end (0: none). The handler only stores
/// it (async-signal-safe); the loop notices it and restores the terminal.
let pendingStopSignal = Atomic<Int32>(0)

/// Whether a curses screen is open, so a crash handler knows to restore it.
let cursesScreenIsOpen = Atomic<Bool>(false)

/// The actions that were in place before ours, indexed by signal number, so
/// a crash is passed on to them (Swift's backtracer) after the terminal is
/// restored. Written only while installing, before any handler can run.
nonisolated(unsafe) let previousSignalActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

/// Signals that end a session politely: the loop restores the terminal and
/// the CLI exits with 128 + the signal number.
let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

/// Signals of a crash: restore the terminal, then let the crash go on.
let crashSignals: [Int32] = [SIGILL, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]

private let stopSignalHandler: @convention(c) (Int32) -> Void = { signal in
    pendingStopSignal.store(signal, ordering: .sequentiallyConsistent)
}

private let crashSignalHandler: @convention(c) (Int32) -> Void = { signal in
    if cursesScreenIsOpen.exchange(false, ordering: .sequentiallyConsistent) {
        endwin()
    }
    // Hand the signal to whoever had it before (the backtracer, or the
    // default action); it is blocked until this handler returns.
    _ = stepviz_restore_signal_action(signal, previousSignalActions + Int(signal))
    raise(signal)
}

/// Installs and removes the session's signal handlers. Installed before
/// newterm, so ncurses (which only takes signals left at their default)
/// leaves SIGINT and SIGTERM to us but still handles SIGWINCH and SIGTSTP.
enum SignalTrap {
    static func install() {
        pendingStopSignal.store(0, ordering: .sequentiallyConsistent)
        for signal in stopSignals {
            _ = stepviz_set_signal_handler(signal, stopSignalHandler, 0, previousSignalActions + Int(signal))
        }
        for signal in crashSignals {
            _ = stepviz_set_signal_handler(
                signal, crashSignalHandler, 1,
                previousSignalActions + Int(signal))
        }
    }

    static func remove() {
        for signal in stopSignals + crashSignals {
            _ = stepviz_restore_signal_action(signal, previousSignalActions + Int(signal))
        }
    }

    /// The stop signal received since `install`, if any.
    static var pendingSignal: Int32? {
        let signal = pendingStopSignal.load(ordering: .sequentiallyConsistent)
        return signal == 0 ? nil : signal
    }
}
