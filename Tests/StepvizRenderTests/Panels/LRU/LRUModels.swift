import StepvizCore
import StepvizEvents
import StepvizRender

/// LRU panel models as the tests use them: a real ``LRUSession`` run, its
/// steps folded into the model up to a chosen step.
enum LRUModels {
    /// The example: `get 2` misses because `put 3 30` evicted 2.
    static let exampleOps = "put 1 10; put 2 20; get 1; put 3 30; get 2"

    static func session(_ ops: String, capacity: Int) throws -> LRUSession {
        let session = LRUSession(capacity: capacity)
        for operation in try OperationScript.parse(ops, as: LRUOperation.self) { session.apply(operation) }
        return session
    }

    /// The seeded demo's first `count` operations.
    static func demoSession(seed: UInt64, capacity: Int, count: Int) -> LRUSession {
        let session = LRUSession(capacity: capacity)
        var demo = LRUDemoScript(seed: seed, capacity: capacity)
        for _ in 0..<count { session.apply(demo.next()) }
        return session
    }

    /// A cache of 64 filled past capacity, with hits and misses, ending on
    /// a put that evicts.
    static func fullCacheSession() -> LRUSession {
        let session = LRUSession(capacity: 64)
        for key in 1...90 { session.apply(.put(key: .int(Int64(key)), value: .int(Int64(key * 3)))) }
        for key in stride(from: 6, through: 90, by: 7) { session.apply(.get(key: .int(Int64(key)))) }
        session.apply(.put(key: 95, value: 285))
        return session
    }

    /// The model after the steps up to and including the first for which
    /// `stop` holds (all steps when none does).
    static func model(
        _ session: LRUSession, capacity: Int, through stop: (Step<LRUStepEvent>) -> Bool = { _ in false }
    ) -> LRUPanelModel {
        var model = LRUPanelModel(setup: LRUSetup(capacity: capacity))
        for step in session.steps {
            model.apply(step)
            if stop(step) { break }
        }
        return model
    }

    /// The example after its eviction (`put 3 30` evicts 2:20).
    static func exampleAtEviction() throws -> LRUPanelModel {
        try model(session(exampleOps, capacity: 2), capacity: 2) { step in
            if case .lru(.evict) = step.event { true } else { false }
        }
    }

    /// A canvas of `width`×`height` with the panel alone drawn over all of it.
    static func frame(
        _ model: LRUPanelModel, animation: Double? = nil, width: Int, height: Int,
        glyphs: Glyphs = .unicode
    ) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        LRUPanel.render(model, animation: animation, in: canvas.bounds, on: &canvas, glyphs: glyphs)
        return canvas
    }
}
