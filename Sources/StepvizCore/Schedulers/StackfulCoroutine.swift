import CStepvizContext

/// A body that runs on a stack of its own and can stop in the middle
/// (``suspend()``) and go on later (``resume()``), as a Python generator
/// does at `yield`: the schedulers' coroutines.
///
/// A switch saves the callee-saved registers and the stack pointer and
/// loads another's (CStepvizContext's assembly, a few dozen instructions,
/// no system call). The stack is mapped on the first resume, with a guard
/// page below it, so a body that never starts costs no mapping, and one
/// that overflows faults instead of writing over other memory.
///
///     var coroutine: StackfulCoroutine!
///     coroutine = StackfulCoroutine { print("a"); coroutine.suspend(); print("b") }
///     coroutine.resume()    // a
///     coroutine.resume()    // b; coroutine.isFinished
///
/// Not thread-safe, and not `Sendable`: one thread resumes it, and a body
/// must not suspend while an exclusive access (an `inout`, a `modify`) is
/// in progress on its stack.
///
/// - Complexity: O(1) per resume and suspend besides the body's work.
public final class StackfulCoroutine {
    /// Usable stack per coroutine: the pages are touched only as used.
    public static let stackSize = 256 * 1024

    /// What a switch reads and writes, in raw memory: a switch happens in
    /// the middle of a call, which must not be an exclusive access to a
    /// Swift property, and raw memory also spares every resume and suspend
    /// the run-time exclusivity checks a class property costs (they were
    /// most of the switch's time).
    private struct Context {
        /// The coroutine's stack pointer while it is suspended.
        var coroutine: UnsafeMutableRawPointer?
        /// Its resumer's while it runs.
        var caller: UnsafeMutableRawPointer?
        var isRunning = false
        var isFinished = false
        var stackBase: UnsafeMutableRawPointer?
        var stackLength = 0
    }

    private let context: UnsafeMutablePointer<Context>
    private var body: (() -> Void)?

    /// Whether it runs now (resumed, not suspended or finished).
    @inline(__always)
    public var isRunning: Bool { context.pointee.isRunning }
    /// Whether its body has returned.
    @inline(__always)
    public var isFinished: Bool { context.pointee.isFinished }

    /// A coroutine that will run `body` on its first ``resume()``.
    ///
    /// - Complexity: O(1); the stack is mapped on the first resume.
    public init(_ body: @escaping () -> Void) {
        self.body = body
        context = .allocate(capacity: 1)
        context.initialize(to: Context())
    }

    deinit {
        // A suspended body never resumed again leaks what its stack holds;
        // the schedulers cancel every coroutine before they let it go.
        if let base = context.pointee.stackBase { stepviz_stack_unmap(base, context.pointee.stackLength) }
        context.deallocate()
    }

    /// Runs the body until it suspends or returns. Traps when it runs or
    /// has finished already.
    ///
    /// - Complexity: O(1) besides the body's work until its next suspend.
    @inline(__always)
    public func resume() {
        let context = self.context
        precondition(
            !context.pointee.isRunning && !context.pointee.isFinished,
            "StackfulCoroutine resumed while running or finished")
        if context.pointee.coroutine == nil { start() }
        context.pointee.isRunning = true
        stepviz_context_switch(&context.pointee.caller, context.pointee.coroutine.unsafelyUnwrapped)
    }

    /// Called by the body: gives control back to the one that resumed it,
    /// until the next ``resume()``.
    ///
    /// - Complexity: O(1)
    @inline(__always)
    public func suspend() {
        let context = self.context
        precondition(context.pointee.isRunning, "StackfulCoroutine suspended while not running")
        context.pointee.isRunning = false
        stepviz_context_switch(&context.pointee.coroutine, context.pointee.caller.unsafelyUnwrapped)
    }

    /// Maps the stack and prepares its first frame.
    @inline(never)
    private func start() {
        var length = 0
        guard let base = stepviz_stack_map(Self.stackSize, &length) else {
            preconditionFailure("StackfulCoroutine: mmap of a \(Self.stackSize)-byte stack failed")
        }
        context.pointee.stackBase = base
        context.pointee.stackLength = length
        context.pointee.coroutine = stepviz_context_make(
            base + length, _stackfulCoroutineEntry,
            Unmanaged.passUnretained(self).toOpaque())
    }

    /// Runs the body on the coroutine's stack and returns where the final
    /// switch goes; a function of its own, so every Swift value it holds
    /// is released before that switch (which never returns).
    @inline(never)
    fileprivate static func runBody(_ raw: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
        let coroutine = Unmanaged<StackfulCoroutine>.fromOpaque(raw).takeUnretainedValue()
        let body = coroutine.body.take()!
        body()
        coroutine.context.pointee.isRunning = false
        coroutine.context.pointee.isFinished = true
        return UnsafeMutableRawPointer(coroutine.context)
    }

    /// The final switch of a finished body, back to its resumer for good.
    fileprivate static func finish(_ raw: UnsafeMutableRawPointer) -> Never {
        let context = raw.assumingMemoryBound(to: Context.self)
        stepviz_context_switch(&context.pointee.coroutine, context.pointee.caller.unsafelyUnwrapped)
        preconditionFailure("a finished StackfulCoroutine was resumed")
    }
}

/// The first frame of every coroutine stack: run the body, then switch
/// back to the resumer for good (the stack is unmapped with the coroutine).
private let _stackfulCoroutineEntry: @convention(c) (UnsafeMutableRawPointer?) -> Void = { raw in
    StackfulCoroutine.finish(StackfulCoroutine.runBody(raw.unsafelyUnwrapped))
}
