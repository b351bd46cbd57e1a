import Foundation
import Testing

/// The CPython asyncio traces (Vectors/generate_eventloop_vectors.py): the
/// notes' programs and seeded random programs, run by asyncio's own
/// BaseEventLoop on a virtual clock, with what each callback and task step
/// recorded and when.
package struct EventLoopVectors: Decodable, Sendable {
    /// One program and what CPython did with it.
    package struct Case: Decodable, Sendable {
        /// "demo", "program", "equal-deadlines" or "rebuild".
        package var kind: String
        /// "say", "program-17", ...
        package var name: String
        /// What the program does before the loop runs (absent for demos).
        package var setup: [Action]?
        /// The task run_until_complete waits for; nil: run until idle.
        package var main: String?
        /// Every label in the order recorded.
        package var trace: [TraceEntry]
        /// loop.time() when the run ended.
        package var time: Double
        /// _run_once calls that returned.
        package var iterations: Int
        /// _run_once calls that rebuilt the heap without its cancelled
        /// timers (more than 100, over half cancelled); nil for demos.
        package var rebuilds: Int?
        /// "idle" (select(None): asyncio would block for ever) or "complete".
        package var end: String
        /// repr of run_until_complete's result, or "CancelledError()".
        package var outcome: String?
    }

    /// What a callback, a task step or the setup does.
    package struct Action: Decodable, Sendable {
        /// "soon", "later", "cancel" or "task".
        package var op: String
        package var label: String?
        package var delay: Double?
        /// The label `cancel` cancels (when it exists yet).
        package var target: String?
        /// What a callback does after it records its label.
        package var body: [Action]?
        /// A task's steps.
        package var steps: [Step]?
    }

    /// One step of a task: exactly one of sleep, await (a task label), do.
    package struct Step: Decodable, Sendable {
        package var sleep: Double?
        package var await: String?
        package var `do`: [Action]?
    }

    /// `[iteration, time, label]`: the 1-based `_run_once` the entry was
    /// recorded in, the loop's time then, and the label.
    package struct TraceEntry: Decodable, Sendable, Equatable, CustomStringConvertible {
        package var iteration: Int
        package var time: Double
        package var label: String

        package init(iteration: Int, time: Double, label: String) {
            self.iteration = iteration
            self.time = time
            self.label = label
        }

        package init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            iteration = try container.decode(Int.self)
            time = try container.decode(Double.self)
            label = try container.decode(String.self)
        }

        package var description: String { "[\(iteration), \(time), \(label)]" }
    }

    /// The CPython version that made them.
    package var python: String
    package var cases: [Case]

    package static func load() throws -> EventLoopVectors {
        let url = try #require(Bundle.module.url(forResource: "eventloop_vectors", withExtension: "json", subdirectory: "Vectors"))
        return try JSONDecoder().decode(EventLoopVectors.self, from: Data(contentsOf: url))
    }
}
