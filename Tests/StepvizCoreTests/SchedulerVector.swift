import Foundation
import StepvizCore
import Testing

/// The CPython transcripts of the notes' schedulers
/// (Vectors/generate_scheduler_vectors.py).
struct SchedulerVectors: Decodable, Sendable {
    struct TaskCase: Decodable, Sendable {
        /// ["countdown", 3] or ["countup", 4], in spawn order.
        var tasks: [[TaskArgument]]
        /// [task index, text] in print order.
        var output: [[TaskArgument]]
        var steps: Int
    }

    struct ActorCase: Decodable, Sendable {
        /// ["counter", 3]: sent from outside before the run.
        var sends: [[TaskArgument]]
        var output: [String]
        var dropped: Int
        var steps: Int
    }

    /// A JSON array element that is a string or an integer.
    enum TaskArgument: Decodable, Sendable {
        case text(String)
        case number(Int)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
        }

        var text: String { if case .text(let text) = self { text } else { "" } }
        var number: Int { if case .number(let number) = self { number } else { -1 } }
    }

    var tasks: [TaskCase]
    var actors: [ActorCase]

    static func load() throws -> SchedulerVectors {
        let url = try #require(Bundle.module.url(forResource: "scheduler_vectors", withExtension: "json", subdirectory: "Vectors"))
        return try JSONDecoder().decode(SchedulerVectors.self, from: Data(contentsOf: url))
    }
}

/// Collects a scheduler's events (they arrive from the coroutines' tasks).
final class SchedulerEventLog: Sendable {
    private let events = Mutex<[SchedulerEvent]>([])

    var observer: @Sendable (SchedulerEvent) -> Void { { event in self.events.withLock { $0.append(event) } } }
    var all: [SchedulerEvent] { events.withLock { $0 } }

    /// The output lines as (task id, text).
    var output: [(Int, String)] {
        all.compactMap { if case .output(let task, let text) = $0 { (task, text) } else { nil } }
    }
}

import Synchronization
