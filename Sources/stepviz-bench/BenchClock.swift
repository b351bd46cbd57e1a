#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Nanoseconds from CLOCK_MONOTONIC: never jumps with the wall clock, and
/// reading it costs ~20 ns, nothing against a measurement of milliseconds.
enum BenchClock {
    @inline(__always)
    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec)
    }

    /// Runs `body` once and returns the elapsed nanoseconds.
    @inline(__always)
    static func measure(_ body: () -> Void) -> Double {
        let start = now()
        body()
        return Double(now() &- start)
    }
}
