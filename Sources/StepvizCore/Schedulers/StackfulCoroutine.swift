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

    /// The saved stack pointers, in raw memory so that a switch in the
    /// middle of a call is no exclusive access to a Swift property:
    /// `[0]` the coroutine's while it is suspended, `[1]` its resumer's
    /// while it runs.
    private let contexts: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    private var stack: (base: UnsafeMutableRawPointer, length: Int)?
    private var body: (() -> Void)?
    /// Whether it runs now (resumed, not suspended or finished).
    public private(set) var isRunning = false
    /// Whether its body has returned.
    public private(set) var isFinished = false

    /// A coroutine that will run `body` on its first ``resume()``.
    ///
    /// - Complexity: O(1); the stack is mapped on the first resume.
    public init(_ body: @escaping () -> Void) {
        self.body = body
        contexts = .allocate(capacity: 2)
        contexts.initialize(repeating: nil, count: 2)
    }

    deinit {
        // A suspended body never resumed again leaks what its stack holds;
        // the schedulers cancel every coroutine before they let it go.
        if let stack { stepviz_stack_unmap(stack.base, stack.length) }
        contexts.deallocate()
    }

    /// Runs the body until it suspends or returns. Traps when it runs or
    /// has finished already.
    ///
    /// - Complexity: O(1) besides the body's work until its next suspend.
    @inline(__always)
    public func resume() {
        precondition(!isRunning && !isFinished, "StackfulCoroutine resumed while running or finished")
        if stack == nil { start() }
        isRunning = true
        stepviz_context_switch(contexts + 1, contexts[0]!)
    }

    /// Called by the body: gives control back to the one that resumed it,
    /// until the next ``resume()``.
    ///
    /// - Complexity: O(1)
    @inline(__always)
    public func suspend() {
        precondition(isRunning, "StackfulCoroutine suspended while not running")
        isRunning = false
        stepviz_context_switch(contexts, contexts[1]!)
    }

    /// Maps the stack and prepares its first frame.
    @inline(never)
    private func start() {
        var length = 0
        guard let base = stepviz_stack_map(Self.stackSize, &length) else {
            preconditionFailure("StackfulCoroutine: mmap of a \(Self.stackSize)-byte stack failed")
        }
        stack = (base, length)
        contexts[0] = stepviz_context_make(
            base + length, _stackfulCoroutineEntry,
            Unmanaged.passUnretained(self).toOpaque())
    }

    /// Runs the body on the coroutine's stack and returns where the final
    /// switch goes; a function of its own, so every Swift value it holds
    /// is released before that switch (which never returns).
    @inline(never)
    fileprivate static func runBody(_ raw: UnsafeMutableRawPointer) -> UnsafeMutablePointer<UnsafeMutableRawPointer?> {
        let coroutine = Unmanaged<StackfulCoroutine>.fromOpaque(raw).takeUnretainedValue()
        let body = coroutine.body.take()!
        body()
        coroutine.isRunning = false
        coroutine.isFinished = true
        return coroutine.contexts
    }
}

/// The first frame of every coroutine stack: run the body, then switch
/// back to the resumer for good (the stack is unmapped with the coroutine).
private let _stackfulCoroutineEntry: @convention(c) (UnsafeMutableRawPointer?) -> Void = { raw in
    let contexts = StackfulCoroutine.runBody(raw!)
    stepviz_context_switch(contexts, contexts[1]!)
}
