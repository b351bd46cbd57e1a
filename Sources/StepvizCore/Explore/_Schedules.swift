/// The order in which reports prefer schedules: shorter first, then
/// lexicographically (so every search reports the same one).
///
///     _Schedules.shorter([1, 2], than: [1, 1, 1])    // true
internal enum _Schedules {
    /// - Complexity: O(*n*)
    static func shorter(_ a: [Int], than b: [Int]) -> Bool {
        a.count != b.count ? a.count < b.count : a.lexicographicallyPrecedes(b)
    }
}
