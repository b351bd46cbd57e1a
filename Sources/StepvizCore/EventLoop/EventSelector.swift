/// Python's `selectors` API: register file descriptors with an interest and
/// a piece of data, then `select(timeout)` for the ones that are ready.
///
///     let selector = try DefaultSelector<String>()
///     try selector.register(listener.fd, events: .read, data: "accept")
///     for (key, mask) in try selector.select(timeout: 0) { print(key.data, mask) }
///
/// Determinism: the kernel reports ready descriptors in the order it noticed
/// them (epoll's ready list), which depends on timing between processes, and
/// Python passes that order on. Every selector here instead returns the ready
/// keys sorted by registration order (``SelectorKey/serial``), which depends
/// only on the program; fd numbers would do as well in a fresh process but
/// not where other code opens and closes descriptors concurrently (tests).
///
/// As in Python, a flag other than in/out (hang-up, error) counts as both
/// read and write, masked by the key's interest.
public protocol EventSelector<Payload>: AnyObject {
    /// What each registration carries (Python's `data`, the loop's callbacks).
    associatedtype Payload

    /// Starts watching `fd`; returns its key.
    ///
    /// - Complexity: O(1) amortized plus one system call.
    @discardableResult
    func register(_ fd: Int32, events: SelectorEvents, data: Payload) throws(SelectorError) -> SelectorKey<Payload>

    /// Changes the interest and data of a registered fd (keeps its serial).
    ///
    /// - Complexity: O(1) plus one system call.
    @discardableResult
    func modify(_ fd: Int32, events: SelectorEvents, data: Payload) throws(SelectorError) -> SelectorKey<Payload>

    /// Stops watching `fd`; returns the key it had.
    ///
    /// - Complexity: O(1) plus one system call.
    @discardableResult
    func unregister(_ fd: Int32) throws(SelectorError) -> SelectorKey<Payload>

    /// Waits up to `timeout` seconds (nil: until something is ready; 0 or
    /// less: just polls) and returns the ready keys with what is ready on
    /// each, in registration order. An interrupted wait returns no keys.
    ///
    /// - Complexity: O(*r* log *r*) for *r* ready keys plus one system call
    ///   (epoll); O(*n*) for *n* registered (poll).
    func select(timeout: Double?) throws(SelectorError) -> [(key: SelectorKey<Payload>, events: SelectorEvents)]

    /// The key of `fd`, or nil when it is not registered.
    ///
    /// - Complexity: O(1)
    func key(for fd: Int32) -> SelectorKey<Payload>?

    /// Every registration, in registration order.
    ///
    /// - Complexity: O(*n* log *n*)
    var keys: [SelectorKey<Payload>] { get }

    /// "epoll" or "poll", for the panel.
    var kernelInterface: String { get }

    /// Releases the kernel object (the epoll fd); registrations are dropped.
    ///
    /// - Complexity: O(*n*)
    func close()
}

#if os(Linux)
/// epoll on Linux, as Python's `selectors.DefaultSelector`.
public typealias DefaultSelector<Payload> = EpollSelector<Payload>
#else
/// poll elsewhere (Python would pick kqueue on macOS).
public typealias DefaultSelector<Payload> = PollSelector<Payload>
#endif
