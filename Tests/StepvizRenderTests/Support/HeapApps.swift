import StepvizEvents
import StepvizRender

/// Heap watch screens as the tests use them: given operations, paused.
enum HeapApps {
    static let referenceOps = "heapify 3 10 1000 -99 4 100; pop; push 7"

    static func paused(
        _ ops: String = referenceOps, capabilities: DisplayCapabilities = .full, speed: Double = 3
    ) throws -> WatchApp<HeapScene, HeapPanel> {
        let operations = try OperationScript.parse(ops, as: HeapOperation.self)
        return WatchApp(seed: 1, speed: speed, paused: true, capabilities: capabilities) { _ in
            HeapScene(operations: operations)
        }
    }

    static func demo(seed: UInt64, limit: Int? = nil, paused: Bool = false) -> WatchApp<HeapScene, HeapPanel> {
        WatchApp(seed: seed, speed: 3, paused: paused, capabilities: .full) { seed in
            HeapScene(demoSeed: seed, limit: limit)
        }
    }
}

extension WatchApp {
    /// Sends the same key `count` times.
    mutating func press(_ key: Key, times count: Int = 1) {
        for _ in 0..<count { _ = update(.key(key)) }
    }

    /// Lets every animation finish.
    mutating func settle() {
        var guardCount = 0
        while player.animationElapsed != nil, guardCount < 1000 {
            _ = update(.tick(milliseconds: 50))
            guardCount += 1
        }
    }
}
