import Foundation
import StepvizCore
import Synchronization
import Testing

/// The CPython transcripts of the notes' schedulers
/// (Vectors/generate_scheduler_vectors.py).
package struct SchedulerVectors: Decodable, Sendable {
    package struct TaskCase: Decodable, Sendable {
        /// ["countdown", 3] or ["countup", 4], in spawn order.
        package var tasks: [[TaskArgument]]
        /// [task index, text] in print order.
        package var output: [[TaskArgument]]
        package var steps: Int
    }

    package struct ActorCase: Decodable, Sendable {
        /// ["counter", 3]: sent from outside before the run.
        package var sends: [[TaskArgument]]
        package var output: [String]
        package var dropped: Int
        package var steps: Int
    }

    /// A JSON array element that is a string or an integer.
    package enum TaskArgument: Decodable, Sendable {
        case text(String)
        case number(Int)

        package init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }

        package var text: String { if case .text(let text) = self { text } else { "" } }
        package var number: Int { if case .number(let number) = self { number } else { -1 } }
    }

    package var tasks: [TaskCase]
    package var actors: [ActorCase]

    package static func load() throws -> SchedulerVectors {
        let url = try #require(Bundle.module.url(forResource: "scheduler_vectors", withExtension: "json", subdirectory: "Vectors"))
        return try JSONDecoder().decode(SchedulerVectors.self, from: Data(contentsOf: url))
    }
}

/// Collects a scheduler's events (they arrive from the coroutines' tasks).
package final class SchedulerEventLog: Sendable {
    private let events = Mutex<[SchedulerEvent]>([])

    package init() {}

    package var observer: @Sendable (SchedulerEvent) -> Void { { event in self.events.withLock { $0.append(event) } } }
    package var all: [SchedulerEvent] { events.withLock { $0 } }

    /// The output lines as (task id, text).
    package var output: [(Int, String)] {
        all.compactMap { if case .output(let task, let text) = $0 { (task, text) } else { nil } }
    }
}
