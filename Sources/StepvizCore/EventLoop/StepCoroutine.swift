/// A coroutine written as a state machine: a closure that gets the state
/// (0 on the first resume) as `inout`, the value sent in and the loop, and
/// returns where it suspends next. The state number is the coroutine's
/// program counter, the lines after each `await` in the Python version.
///
///     // async def say_after(delay, what): await asyncio.sleep(delay); print(what)
///     StepCoroutine(name: "say_after(1, 'hello')") { state, _, loop in
///         switch state {
///         case 0: state = 1; return .sleep(1, on: loop)
///         default: loop.print("hello"); return .returned(.none)
///         }
///     }
///
/// A failure sent in (a cancellation, a socket error) is re-raised unless
/// the closure is built with `handlesFailures: true`.
///
/// - Complexity: O(1) per resume besides the closure.
public final class StepCoroutine: LoopCoroutine {
    public let name: String
    /// The program counter: 0 before the first resume.
    public private(set) var state = 0
    @usableFromInline
    internal let _body: (inout Int, Result<LoopValue, LoopError>, EventLoop) -> CoroutineSuspension
    @usableFromInline
    internal let _handlesFailures: Bool

    /// A coroutine named `name` whose resumes run `body`; with `handlesFailures` the body also gets the failures sent in, else they are re-raised.
    public init(
        name: String, handlesFailures: Bool = false,
        _ body: @escaping (inout Int, Result<LoopValue, LoopError>, EventLoop) -> CoroutineSuspension
    ) {
        self.name = name
        self._body = body
        self._handlesFailures = handlesFailures
    }

    public func resume(_ sent: Result<LoopValue, LoopError>, on loop: EventLoop) -> CoroutineSuspension {
        if !_handlesFailures, case .failure(let error) = sent { return .raised(error) }
        return _body(&state, sent, loop)
    }
}
