/// Python's `threading.Semaphore` on gated threads, as `Lib/threading.py`
/// (3.11) builds it: a counter `_value` under `Condition(Lock())`.
/// `acquire()` waits while the counter is 0, then takes one; `release(n)`
/// adds `n` and notifies once per unit.
///
///     let slots = try Semaphore("slots", value: 2, in: run)
///     try slots.acquire()
///     try slots.release()
///
/// - Complexity: a few steps per call besides waiting.
public final class Semaphore: @unchecked Sendable {
    // @unchecked: immutable; its state lives in the run.
    /// Its name on screen and in the events.
    public let name: String
    /// CPython's `_cond`.
    public let condition: Condition
    /// CPython's `_value`.
    public let value: SharedVariable<Int>

    /// `Semaphore(value)`; `ValueError: semaphore initial value must be >= 0`
    /// below 0.
    ///
    /// - Complexity: O(*l* + *c* + *v*)
    public init(_ name: String, value: Int = 1, in run: GatedThreadingRun) throws(PythonError) {
        guard value >= 0 else { throw PythonError("ValueError", "semaphore initial value must be >= 0") }
        self.name = name
        condition = Condition("\(name)._cond", lock: Lock("\(name)._cond._lock", in: run))
        self.value = SharedVariable("\(name)._value", value, in: run)
    }

    /// `acquire()`: `with self._cond: while self._value == 0: self._cond.wait()`,
    /// then `self._value -= 1`.
    ///
    /// - Complexity: three steps besides waiting.
    public func acquire() throws {
        try condition.withLock {
            while value.value == 0 { try condition.wait() }
            try value.set(value.value - 1)
        }
    }

    /// `release(n)`: `ValueError: n must be one or more` below 1; else
    /// `with self._cond: self._value += n; for i in range(n): self._cond.notify()`.
    ///
    /// - Complexity: 3 + *n* steps.
    public func release(_ n: Int = 1) throws {
        guard n >= 1 else { throw PythonError("ValueError", "n must be one or more") }
        try condition.withLock {
            try value.set(value.value + n)
            for _ in 0..<n { try condition.notify() }
        }
    }
}
