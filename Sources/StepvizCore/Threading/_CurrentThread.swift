#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The id of the gated thread running on this OS thread, so the Python
/// primitives read as Python does (`q.put(item)`, `cond.wait()`: the
/// caller is the current thread) instead of taking a thread argument.
internal enum _CurrentThread {
    private static let _key: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key, nil)
        precondition(status == 0, "pthread_key_create failed (\(status))")
        return key
    }()

    /// This OS thread's gated id (from 1), or nil outside a gated run.
    static var id: Int? {
        guard let raw = pthread_getspecific(_key) else { return nil }
        return Int(bitPattern: raw)
    }

    /// Marks this OS thread as gated thread `id`, or clears it (nil).
    static func set(_ id: Int?) {
        pthread_setspecific(_key, id.flatMap { UnsafeRawPointer(bitPattern: $0) })
    }
}
