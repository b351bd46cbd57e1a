import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// The LRU panel alone at pinned sizes (80x22 is the body of an 80x24
/// screen), compared cell by cell with reviewed golden frames.
@Suite struct LRUPanelGoldenTests {
    /// `put 3 30` at capacity 2 has just evicted 2:20, the least recent.
    @Test func evictionAt80x22() throws {
        let frame = LRUModels.frame(try LRUModels.exampleAtEviction(), width: 80, height: 22)
        #expect(frame.text.contains("[2:20] ✗ evicted"))
        try GoldenFrame.check(frame, named: "lru/evict-80x22")
    }

    @Test func evictionMonochrome() throws {
        let frame = LRUModels.frame(try LRUModels.exampleAtEviction(), width: 80, height: 22).withoutColor
        #expect(frame.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        try GoldenFrame.check(frame, named: "lru/evict-80x22-monochrome")
    }

    @Test func evictionAscii() throws {
        let frame = LRUModels.frame(try LRUModels.exampleAtEviction(), width: 80, height: 22, glyphs: .ascii)
        #expect(frame.cells.allSatisfy { $0.character.isASCII })
        try GoldenFrame.check(frame, named: "lru/evict-80x22-ascii")
    }

    /// The example's last frame: `get 2` missed, since 2 was evicted.
    @Test func exampleFinalFrameAt80x22() throws {
        let model = LRUModels.model(try LRUModels.session(LRUModels.exampleOps, capacity: 2), capacity: 2)
        let frame = LRUModels.frame(model, width: 80, height: 22)
        #expect(frame.text.contains("get 2: miss"))
        try GoldenFrame.check(frame, named: "lru/example-final-80x22")
    }

    /// Half way through a hit's move to the most-recent end.
    @Test func hitMovingAt80x22() throws {
        let session = try LRUModels.session("put 1 10; put 2 20; put 3 30; get 1", capacity: 4)
        let model = LRUModels.model(session, capacity: 4) { step in
            if case .lru(.moveToMostRecent) = step.event { true } else { false }
        }
        try GoldenFrame.check(LRUModels.frame(model, animation: 0.5, width: 80, height: 22), named: "lru/hit-moving-80x22")
    }

    /// A full cache of 64 on a big screen: every node in rows, the put of
    /// a new key evicting the oldest.
    @Test func fullCacheEvictingAt200x58() throws {
        let model = LRUModels.model(LRUModels.fullCacheSession(), capacity: 64)
        let frame = LRUModels.frame(model, width: 200, height: 58)
        #expect(!frame.text.contains("hidden"))
        try GoldenFrame.check(frame, named: "lru/full-64-200x58")
    }

    /// The same at 80x22: the middle of the list is hidden and counted.
    @Test func fullCacheEvictingAt80x22() throws {
        let model = LRUModels.model(LRUModels.fullCacheSession(), capacity: 64)
        let frame = LRUModels.frame(model, width: 80, height: 22)
        #expect(frame.text.contains("hidden"))
        try GoldenFrame.check(frame, named: "lru/full-64-80x22")
    }

    /// 64 places at 80x22: the middle of the list is hidden and counted.
    @Test func manyEntriesAt80x22() throws {
        let session = LRUSession(capacity: 64)
        for key in 1...40 { session.apply(.put(key: .int(Int64(key)), value: .int(Int64(key * 10)))) }
        session.apply(.get(key: 20))
        let frame = LRUModels.frame(LRUModels.model(session, capacity: 64), width: 80, height: 22)
        #expect(frame.text.contains("hidden"))
        try GoldenFrame.check(frame, named: "lru/many-80x22")
    }

    /// Capacity 0: the put's node shows over capacity, then is evicted at once.
    @Test func capacityZeroAt80x22() throws {
        let session = try LRUModels.session("put 1 10", capacity: 0)
        let frame = LRUModels.frame(LRUModels.model(session, capacity: 0), width: 80, height: 22)
        #expect(frame.text.contains("evicted 1:10 at once"))
        try GoldenFrame.check(frame, named: "lru/capacity0-80x22")
    }

    @Test func narrowAtMinimumSize() throws {
        let frame = LRUModels.frame(try LRUModels.exampleAtEviction(), width: 60, height: 16)
        try GoldenFrame.check(frame, named: "lru/evict-60x16")
    }
}
