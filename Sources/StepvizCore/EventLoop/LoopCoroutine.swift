/// A coroutine as a ``LoopTask`` drives it: resumed with a value (Python's
/// `coro.send(value)`, or `coro.throw(error)` for a failure), it runs to its
/// next suspension and says what it waits for.
///
/// Any mechanism that can stop a computation half way and continue it later
/// satisfies this: the hand-written state machines of ``StepCoroutine``
/// today, or a stackful coroutine (issue 20) whose `resume` switches to its
/// stack with `sent` and whose body, calling `await(future)`, switches back
/// returning `.awaiting(future)`; when the body returns, `resume` returns
/// `.returned(value)`. The task never sees which one it drives.
///
///     final class Countdown: LoopCoroutine {
///         var n = 3
///         let name = "countdown"
///         func resume(_ sent: Result<LoopValue, LoopError>, on loop: EventLoop) -> CoroutineSuspension {
///             guard n > 0 else { return .returned(.none) }
///             n -= 1
///             return .sleep(1, on: loop)
///         }
///     }
public protocol LoopCoroutine: AnyObject {
    /// What the panel calls it ("say_after(1, 'hello')").
    var name: String { get }

    /// Runs from the last suspension to the next one. The first call gets
    /// `.success(.none)` (Python's `send(None)`); later calls get the outcome
    /// of what it awaited.
    func resume(_ sent: Result<LoopValue, LoopError>, on loop: EventLoop) -> CoroutineSuspension
}

/// Where a coroutine stopped (what `coro.send` yielded, or how it ended).
public enum CoroutineSuspension {
    /// Waits for a future (asyncio's `await future`); a future already done
    /// does not suspend, its outcome is sent straight back.
    case awaiting(LoopFuture)
    /// `await other_coroutine()`: the other runs inside the same task, as
    /// `yield from` does, and its return value is sent back here.
    case awaitingCoroutine(any LoopCoroutine)
    /// A bare `yield` (what `asyncio.sleep(0)` does): the task steps again
    /// in the next iteration.
    case yield
    /// The coroutine returned (Python's StopIteration with its value).
    case returned(LoopValue)
    /// The coroutine raised.
    case raised(LoopError)

    /// `await asyncio.sleep(delay)`: a bare yield for a delay of 0 or less,
    /// else a future that a timer completes.
    ///
    /// - Complexity: O(log *n*) for *n* timers.
    public static func sleep(_ delay: Double, on loop: EventLoop) -> CoroutineSuspension {
        delay <= 0 ? .yield : .awaiting(loop.sleepFuture(delay))
    }
}
