/// The notes' generators as coroutines: the task demo (countdown, countup)
/// and the actor demo (printer, counter), with the texts the Python prints.
///
///     scheduler.spawn("countdown 3", CoroutineDemos.countdown(3))
///     actors.spawn("printer", CoroutineDemos.printer)
public enum CoroutineDemos {
    /// "T-minus n" for n down to 1, yielding after each, then "Blastoff!".
    public static func countdown(_ start: Int) -> CoroutineBody {
        { task in
            var n = start
            while n > 0 {
                task.output("T-minus \(n)")
                try await task.yield()
                n -= 1
            }
            task.output("Blastoff!")
        }
    }

    /// "Counting up x" for x from 0 below `limit`, yielding after each.
    public static func countup(_ limit: Int) -> CoroutineBody {
        { task in
            var x = 0
            while x < limit {
                task.output("Counting up \(x)")
                try await task.yield()
                x += 1
            }
        }
    }

    /// An actor that prints "Got: N" for every message, forever.
    public static let printer: CoroutineBody = { actor in
        while true {
            let message = try await actor.receive()
            actor.output("Got: \(message.map(String.init) ?? "None")")
        }
    }

    /// An actor that, given n, sends n to "printer" and n - 1 to itself
    /// ("counter"), and ends when given 0.
    public static let counter: CoroutineBody = { actor in
        while true {
            guard let n = try await actor.receive() else { continue }
            if n == 0 { break }
            actor.send("printer", n)
            actor.send("counter", n - 1)
        }
    }
}
