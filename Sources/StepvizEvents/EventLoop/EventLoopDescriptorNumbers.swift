/// The numbers a fresh process would give the loop's descriptors: 0–2 are
/// the standard streams, 3 the epoll instance, and each new socket takes the
/// lowest number free (as the kernel does), so the same run names the same
/// descriptors whatever else the process has open (a dashboard, a
/// recording file, a test runner).
///
///     var numbers = EventLoopDescriptorNumbers()
///     numbers.open(17)    // 4
///     numbers.open(23)    // 5
///     numbers.close(17)   // 4 is free again
///
/// - Complexity: O(*n*) per open for *n* open sockets.
public struct EventLoopDescriptorNumbers: Sendable {
    /// The number of the epoll instance.
    public static let selector: Int32 = 3
    private var numbers: [Int32: Int32] = [:]

    public init() {}

    /// Numbers a descriptor just opened.
    public mutating func open(_ fd: Int32) -> Int32 {
        let taken = Set(numbers.values)
        var number = Self.selector + 1
        while taken.contains(number) { number += 1 }
        numbers[fd] = number
        return number
    }

    /// The number of an open descriptor (`fd` itself when it is not one of
    /// the loop's, such as -1 for a socket that never opened).
    public func number(_ fd: Int32) -> Int32 { numbers[fd] ?? fd }

    /// Frees a descriptor's number; returns it.
    public mutating func close(_ fd: Int32) -> Int32 {
        defer { numbers[fd] = nil }
        return number(fd)
    }
}
