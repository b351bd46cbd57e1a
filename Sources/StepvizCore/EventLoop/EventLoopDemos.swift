/// The study notes' asyncio programs (seed §2.3.1.5) as coroutines for an
/// ``EventLoop``: `say_after`, `say`, the same two `say_after`s started as
/// tasks, and `display_date`. Each prints with ``EventLoop/print(_:)``, so
/// the output carries the loop's (virtual) time.
///
///     let loop = try EventLoop()
///     loop.runUntilComplete(EventLoopDemos.say())
///     // started at 0.0, hello at t=1, world at t=3, finished at 3.0
///
/// - Complexity: O(1) per resume.
public enum EventLoopDemos {
    /// `async def say_after(delay, what): await asyncio.sleep(delay); print(what)`.
    ///
    ///     loop.createTask(EventLoopDemos.sayAfter(1, "hello"))    // prints hello at t=1
    public static func sayAfter(_ delay: Double, _ what: String) -> StepCoroutine {
        StepCoroutine(name: "say_after(\(number(delay)), \(LoopValue.text(what)))") { state, _, loop in
            switch state {
            case 0:
                state = 1
                return .sleep(delay, on: loop)
            default:
                loop.print(what)
                return .returned(.none)
            }
        }
    }

    /// The notes' `say()`: awaits `say_after(1, "hello")`, then
    /// `say_after(2, "world")`, one after the other (hello at t=1, world at
    /// t=3), printing the loop's time where the notes print the clock's.
    ///
    ///     loop.runUntilComplete(EventLoopDemos.say())
    public static func say() -> StepCoroutine {
        StepCoroutine(name: "say()") { state, _, loop in
            switch state {
            case 0:
                loop.print("started at \(EventLoop.formatSeconds(loop.time()))")
                state = 1
                return .awaitingCoroutine(sayAfter(1, "hello"))
            case 1:
                state = 2
                return .awaitingCoroutine(sayAfter(2, "world"))
            default:
                loop.print("finished at \(EventLoop.formatSeconds(loop.time()))")
                return .returned(.none)
            }
        }
    }

    /// asyncio's tutorial `main()` with tasks: both `say_after`s start as
    /// tasks at once, so world arrives at t=2, not 3.
    ///
    ///     loop.runUntilComplete(EventLoopDemos.sayConcurrently())
    public static func sayConcurrently() -> StepCoroutine {
        var tasks: [LoopTask] = []
        return StepCoroutine(name: "main()") { state, _, loop in
            switch state {
            case 0:
                tasks = [loop.createTask(sayAfter(1, "hello")), loop.createTask(sayAfter(2, "world"))]
                loop.print("started at \(EventLoop.formatSeconds(loop.time()))")
                state = 1
                return .awaiting(tasks[0])
            case 1:
                state = 2
                return .awaiting(tasks[1])
            default:
                loop.print("finished at \(EventLoop.formatSeconds(loop.time()))")
                return .returned(.none)
            }
        }
    }

    /// The notes' `display_date(loop)`: prints the time once a second for
    /// `duration` seconds (5 in the notes: 0.0 to 4.0), the loop's time
    /// standing in for `datetime.now()`.
    ///
    ///     loop.runUntilComplete(EventLoopDemos.displayDate())
    public static func displayDate(duration: Double = 5) -> StepCoroutine {
        var endTime = 0.0
        return StepCoroutine(name: "display_date(loop)") { state, _, loop in
            if state == 0 {
                endTime = loop.time() + duration
                state = 1
            }
            loop.print(EventLoop.formatSeconds(loop.time()))
            if loop.time() + 1.0 >= endTime { return .returned(.none) }
            return .sleep(1, on: loop)
        }
    }

    /// A delay as Python would write the literal: `1`, `0.5`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
