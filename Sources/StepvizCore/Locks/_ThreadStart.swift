#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A joinable POSIX thread running a closure (Foundation's `Thread` cannot
/// be joined, and a run must know that none of its threads is left).
@usableFromInline
internal final class _ThreadStart {
    #if canImport(Glibc)
    typealias Handle = pthread_t
    #else
    typealias Handle = pthread_t?
    #endif

    private let body: () -> Void

    private init(_ body: @escaping () -> Void) { self.body = body }

    static func spawn(_ body: @escaping @Sendable () -> Void) -> Handle {
        let start = Unmanaged.passRetained(_ThreadStart(body)).toOpaque()
        #if canImport(Glibc)
        var handle = pthread_t()
        let status = pthread_create(
            &handle, nil,
            { raw in
                Unmanaged<_ThreadStart>.fromOpaque(raw!).takeRetainedValue().body()
                return nil
            }, start)
        #else
        var handle: pthread_t?
        let status = pthread_create(
            &handle, nil,
            { raw in
                Unmanaged<_ThreadStart>.fromOpaque(raw).takeRetainedValue().body()
                return nil
            }, start)
        #endif
        precondition(status == 0, "pthread_create failed (\(status))")
        return handle
    }

    static func join(_ handle: Handle) {
        #if canImport(Glibc)
        let status = pthread_join(handle, nil)
        #else
        let status = pthread_join(handle!, nil)
        #endif
        precondition(status == 0, "pthread_join failed (\(status))")
    }
}
