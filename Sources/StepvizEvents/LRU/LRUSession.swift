import StepvizCore

/// Runs LRU operations on a real ``LRUCache`` and keeps every step it
/// reported (``LibrarySession`` over ``LRULibrary``): `begin`, the
/// library's events, `result` for a hit, then `state`.
///
///     let session = LRUSession(capacity: 2)
///     session.apply(.put(key: 1, value: 10))
///     session.apply(.get(key: 1))
///     session.cache.hits    // 1
public typealias LRUSession = LibrarySession<LRULibrary>

extension LibrarySession where Library == LRULibrary {
    /// The capacity when `--capacity` is not given.
    public static var defaultCapacity: Int { 4 }

    /// A session on an empty cache of `capacity` (not negative).
    public convenience init(capacity: Int = LRUSession.defaultCapacity) {
        self.init(setup: LRUSetup(capacity: capacity))
    }

    /// The real cache the operations ran on.
    public var cache: LRUCache<PythonValue, PythonValue> { library.cache }
}
