import Foundation
import StepvizCore

/// A request stream drawn Zipf(s) over keys 0..<keyCount (key k has weight
/// 1 / (k+1)^s) from a ``SeededGenerator``: the usual model of cache traffic,
/// a few hot keys and a long tail.
enum ZipfRequests {
    static func make(count: Int, keyCount: Int, exponent s: Double = 1, seed: UInt64) -> [Int] {
        // Cumulative weights; a request is the first key whose cumulative
        // weight exceeds a uniform draw (binary search).
        var cumulative = [Double](repeating: 0, count: keyCount)
        var total = 0.0
        for key in 0..<keyCount {
            total += 1 / pow(Double(key + 1), s)
            cumulative[key] = total
        }
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let draw = Double(random.next() >> 11) * 0x1p-53 * total
            var low = 0
            var high = keyCount - 1
            while low < high {
                let middle = (low + high) / 2
                if cumulative[middle] > draw { high = middle } else { low = middle + 1 }
            }
            return low
        }
    }

    private static func pow(_ base: Double, _ exponent: Double) -> Double {
        exponent == 1 ? base : Foundation.pow(base, exponent)
    }
}
