import Foundation
import Testing

/// CPython's own `threading.Condition` and `queue.Queue` run under forced
/// schedules (Vectors/generate_threading_vectors.py): per case the scene,
/// the schedule run and, per step, the thread, its events (one string
/// each) and the state after it.
package struct ThreadingVectors: Decodable, Sendable {
    /// The state after a step, as the script reads it from CPython's objects.
    package struct State: Decodable, Sendable, Equatable, CustomStringConvertible {
        /// Per lock: `[holder or null, [threads in line]]`.
        package var locks: [String: LockState]
        /// Per condition: CPython's `_waiters`, by thread.
        package var conditions: [String: [Int]]
        /// Per deque: its items' reprs, left to right.
        package var deques: [String: [String]]
        /// Per shared variable: its repr.
        package var variables: [String: String]
        package var running: [Int]
        package var blocked: [Int]
        package var finished: [Int]
        package var aborted: [Int]

        package init(
            locks: [String: LockState], conditions: [String: [Int]], deques: [String: [String]], variables: [String: String],
            running: [Int], blocked: [Int], finished: [Int], aborted: [Int]
        ) {
            self.locks = locks
            self.conditions = conditions
            self.deques = deques
            self.variables = variables
            self.running = running
            self.blocked = blocked
            self.finished = finished
            self.aborted = aborted
        }

        package var description: String {
            "locks \(locks.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }), conditions \(conditions.sorted { $0.key < $1.key }), deques \(deques.sorted { $0.key < $1.key }), variables \(variables.sorted { $0.key < $1.key }), running \(running), blocked \(blocked), finished \(finished), aborted \(aborted)"
        }
    }

    /// `[holder or null, [line]]`.
    package struct LockState: Decodable, Sendable, Equatable, CustomStringConvertible {
        package var holder: Int?
        package var line: [Int]

        package init(holder: Int?, line: [Int]) {
            self.holder = holder
            self.line = line
        }

        package init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            holder = try container.decodeNil() ? nil : try container.decode(Int.self)
            line = try container.decode([Int].self)
        }

        package var description: String { "holder \(holder.map(String.init) ?? "none"), line \(line)" }
    }

    /// `[thread, [events], state]`.
    package struct Step: Decodable, Sendable {
        package var thread: Int
        package var events: [String]
        package var state: State

        package init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            thread = try container.decode(Int.self)
            events = try container.decode([String].self)
            state = try container.decode(State.self)
        }
    }

    package struct Case: Decodable, Sendable {
        /// A `ThreadingScene.Kind` raw value.
        package var scene: String
        package var threads: Int
        package var maxsize: Int
        package var fixed: Bool
        /// The reentrant scene over a plain Lock.
        package var plainLock: Bool
        /// The forced first steps (then the script's seeded choice).
        package var prefix: [Int]
        package var seed: Int
        /// Every step's thread, as run.
        package var schedule: [Int]
        /// Whether the run ended with every live thread waiting.
        package var stuck: Bool
        package var steps: [Step]
    }

    /// The CPython version that made them.
    package var python: String
    package var cases: [Case]

    package static func load() throws -> ThreadingVectors {
        let url = try #require(Bundle.module.url(forResource: "threading_vectors", withExtension: "json", subdirectory: "Vectors"))
        return try JSONDecoder().decode(ThreadingVectors.self, from: Data(contentsOf: url))
    }
}
