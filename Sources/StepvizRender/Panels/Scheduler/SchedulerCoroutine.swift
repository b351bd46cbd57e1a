import StepvizCore

/// One coroutine (a task, or an actor) as the scheduler panel shows it,
/// known only from its events: its name, where it is in its life, how many
/// turns it had, the last line it printed and the last message it got.
///
/// The events carry no local variables, so ``local`` derives the notes'
/// counter from what the coroutine printed or was sent, and only for the
/// notes' demos, whose code makes the derivation exact.
public struct SchedulerCoroutine: Equatable, Sendable {
    /// Where a coroutine is in its life.
    public enum Status: Equatable, Sendable {
        /// Spawned and not resumed yet (a generator before its first `next`).
        case new
        /// Resumed and not yet at its next yield.
        case running
        /// Parked at a `yield`: back in the queue (task) or waiting for a
        /// message (actor).
        case parked
        /// Its body returned (Python's StopIteration).
        case finished
        /// Resumed with a cancellation at the end of the run.
        case cancelled
        /// Its body threw.
        case failed(String)

        /// Whether the coroutine can still run.
        public var isAlive: Bool {
            switch self {
            case .new, .running, .parked: true
            case .finished, .cancelled, .failed: false
            }
        }
    }

    public let id: Int
    public let name: String
    public internal(set) var status = Status.new
    /// Resumes so far (the priming message of an actor counts).
    public internal(set) var turns = 0
    /// The last line it printed.
    public internal(set) var lastOutput: String?
    /// The last message delivered to it (`.some(nil)` for the priming one).
    public internal(set) var lastMessage: Int??

    public init(id: Int, name: String) {
        self.id = id
        self.name = name
    }

    /// The coroutine's counter as the notes' code holds it at the last event,
    /// e.g. `n = 2`: countdown's `n` is its argument until it prints
    /// "T-minus n"; countup's `x` is the x of its last "Counting up x"; the
    /// actors' `n` / `msg` is the last message they got. nil when the events
    /// do not say (a countup not started, an actor only primed, any other body).
    ///
    /// - Complexity: O(length of the name and the last line).
    public var local: String? {
        guard status.isAlive else { return nil }
        let words = name.split(separator: " ")
        let printed = lastOutput.map { $0.split(separator: " ") } ?? []
        switch words.first {
        case "countdown":
            if printed.count == 2, printed[0] == "T-minus", let n = Int(printed[1]) { return "n = \(n)" }
            if lastOutput == nil, words.count == 2, let n = Int(words[1]) { return "n = \(n)" }
        case "countup":
            if printed.count == 3, printed[0] == "Counting", let x = Int(printed[2]) { return "x = \(x)" }
        case "counter", "printer":
            // `n = yield` / `msg = yield`: assigned by a real message only.
            if case .some(.some(let message)) = lastMessage { return "\(name == "counter" ? "n" : "msg") = \(message)" }
        default:
            break
        }
        return nil
    }
}
