import StepvizCore

/// What the LRU benchmark asks of a cache, so one body serves ours and the
/// baseline (a struct and a class alike).
protocol GetOrPutCache {
    mutating func get(_ key: Int) -> Int?
    mutating func put(_ key: Int, _ value: Int)
    var hits: Int { get }
}

extension LRUCache: GetOrPutCache where Key == Int, Value == Int {}
extension LinkedListLRU: GetOrPutCache where Key == Int, Value == Int {}
