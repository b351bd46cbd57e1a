import Glibc
import Synchronization

/// Where the slow library's operations stop until the test lets them go:
/// library work that takes as long as the test wants, without sleeping for
/// a guessed time. Passing it also notes the thread it ran on.
final class LibraryGate: Sendable {
    private struct State {
        var armed = false
        var open = false
        var waiting = 0
        var passedAfterOpening = 0
        var timedOut = false
        var threads: [pthread_t] = []
    }
    private let state = Mutex(State())
    /// How long an operation waits before giving up: a loop that ran the
    /// work on its own thread would otherwise never read the key that opens
    /// the gate, and the test would hang instead of failing.
    private let patience: Double

    init(patience seconds: Double = 10) { patience = seconds }

    /// From now on operations wait at the gate until `open`.
    func arm() { state.withLock { $0.armed = true } }
    func open() { state.withLock { $0.open = true } }

    /// Whether an operation is waiting at the closed gate now.
    var hasWaiting: Bool { state.withLock { $0.waiting > 0 } }
    var isOpen: Bool { state.withLock { $0.open } }
    var passedAfterOpening: Int { state.withLock { $0.passedAfterOpening } }
    /// Whether an operation gave up waiting.
    var timedOut: Bool { state.withLock { $0.timedOut } }
    /// The threads that waited at the armed gate.
    var threads: [pthread_t] { state.withLock { $0.threads } }

    /// Called by each library operation: returns at once while unarmed,
    /// else waits for the gate to open (or for the patience to run out).
    func pass() {
        let mustWait = state.withLock { state -> Bool in
            guard state.armed else { return false }
            if state.open {
                state.passedAfterOpening += 1
                return false
            }
            state.waiting += 1
            state.threads.append(pthread_self())
            return true
        }
        guard mustWait else { return }
        var waited = 0.0
        while !isOpen, waited < patience {
            usleep(1_000)
            waited += 0.001
        }
        state.withLock {
            $0.waiting -= 1
            if $0.open { $0.passedAfterOpening += 1 } else { $0.timedOut = true }
        }
    }
}
