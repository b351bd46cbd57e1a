import Foundation

/// Readings of a running program taken at fixed wall-clock offsets on a
/// thread of their own, each stamped with when it was really taken. Waiting
/// on the test pool (Task.sleep) is not enough: Swift Testing runs the
/// other tests' blocking polls on the same few threads, and a timer resumed
/// late once turned "at 30 s and at 90 s" into two readings a few
/// milliseconds apart.
enum WallClockReadings {
    struct Reading: Sendable {
        /// Seconds after `take` was called.
        var seconds: Double
        var kilobytes: Int
        var step: Int
    }

    /// Calls `read` at each of `offsets` (seconds from now, increasing) and
    /// returns what it read, in order, with the time of each reading.
    static func take(
        at offsets: [Double],
        _ read: @escaping @Sendable () throws -> (kilobytes: Int, step: Int)
    ) async throws -> [Reading] {
        let started = Date()
        return try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                do {
                    var readings: [Reading] = []
                    for offset in offsets {
                        let left = offset - Date().timeIntervalSince(started)
                        if left > 0 { Thread.sleep(forTimeInterval: left) }
                        let (kilobytes, step) = try read()
                        readings.append(Reading(seconds: Date().timeIntervalSince(started), kilobytes: kilobytes, step: step))
                    }
                    continuation.resume(returning: readings)
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }
}

/// Hands a value the test owns to the reading thread; the test awaits that
/// thread, so the two never use it at once.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
