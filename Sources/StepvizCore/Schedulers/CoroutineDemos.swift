/// The notes' generators as coroutines: the task demo (countdown, countup)
/// and the actor demo (printer, counter), with the texts the Python prints.
///
///     scheduler.spawn("countdown 3", CoroutineDemos.countdown(3))
///     actors.spawn("printer", CoroutineDemos.printer)
public enum CoroutineDemos {
    /// "T-minus n" for n down to 1, yielding after each, then "Blastoff!".
    /// Overflow-safe for every `start`: n only decreases while positive.
    public static func countdown(_ start: Int) -> CoroutineBody {
        { task in
            var n = start
            while n > 0 {
                task.output("T-minus \(n)")
                try task.yield()
                n -= 1
            }
            task.output("Blastoff!")
        }
    }

    /// "Counting up x" for x from 0 below `limit`, yielding after each.
    /// Overflow-safe for every `limit`: x + 1 runs only while x < limit.
    public static func countup(_ limit: Int) -> CoroutineBody {
        { task in
            var x = 0
            while x < limit {
                task.output("Counting up \(x)")
                try task.yield()
                x += 1
            }
        }
    }

    /// An actor that prints "Got: N" for every message, forever.
    /// (A computed property: a body is not `Sendable`, so no global holds one.)
    public static var printer: CoroutineBody {
        { actor in
            while true {
                let message = try actor.receive()
                actor.output("Got: \(message.map(String.init) ?? "None")")
            }
        }
    }

    /// An actor that, given n, sends n to "printer" and n - 1 to itself
    /// ("counter"), and ends when given 0.
    ///
    /// Python's integers never overflow; `Int.min - 1` would trap. So when
    /// n - 1 does not fit, the counter sends n to the printer and ends, as
    /// if it had reached 0: a hostile message stops the demo, never the
    /// process.
    public static var counter: CoroutineBody {
        { actor in
            while true {
                guard let n = try actor.receive() else { continue }
                if n == 0 { break }
                actor.send("printer", n)
                let (next, overflow) = n.subtractingReportingOverflow(1)
                if overflow { break }
                actor.send("counter", next)
            }
        }
    }
}
