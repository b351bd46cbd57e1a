import StepvizCore
import StepvizTestSupport
import Testing

/// The generic `observer:` argument reports exactly what the `observer`
/// closure reports, and nothing when it is not observing.
@Suite struct HeapObserverTests {
    struct Recorder: HeapObserver {
        var events: [HeapEvent<Int>] = []
        var isObserving = true
        mutating func observe(_ event: HeapEvent<Int>) { events.append(event) }
    }

    @Test func genericObserverSeesWhatTheClosureSees() {
        for seed in UInt64(0)..<300 {
            var random = SeededGenerator(seed: seed)
            var viaClosure = BinaryHeap<Int>()
            var viaGeneric = BinaryHeap<Int>()
            var closureEvents: [HeapEvent<Int>] = []
            viaClosure.observer = { closureEvents.append($0) }
            var recorder = Recorder()
            for _ in 0..<40 {
                let value = Int.random(in: 0...9, using: &random)
                switch Int.random(in: 0..<5, using: &random) {
                case 0:
                    viaClosure.push(value)
                    viaGeneric.push(value, observer: &recorder)
                case 1:
                    #expect(viaClosure.popMin() == viaGeneric.popMin(observer: &recorder))
                case 2:
                    #expect(viaClosure.pushPop(value) == viaGeneric.pushPop(value, observer: &recorder))
                case 3:
                    #expect(viaClosure.replaceMin(with: value) == viaGeneric.replaceMin(with: value, observer: &recorder))
                default:
                    let values = (0..<Int.random(in: 0...12, using: &random)).map { _ in Int.random(in: 0...9, using: &random) }
                    viaClosure.heapify(values)
                    viaGeneric.heapify(values, observer: &recorder)
                }
                #expect(viaClosure.unordered == viaGeneric.unordered)
            }
            #expect(closureEvents == recorder.events, "seed \(seed)")
            #expect(!recorder.events.isEmpty)
        }
    }

    @Test func anObserverThatIsNotObservingGetsNothing() {
        var heap = BinaryHeap<Int>()
        var recorder = Recorder(isObserving: false)
        heap.heapify([5, 3, 8, 1], observer: &recorder)
        heap.push(0, observer: &recorder)
        _ = heap.popMin(observer: &recorder)
        #expect(recorder.events.isEmpty)
        #expect(heap.unordered == [1, 3, 8, 5])
    }

    @Test func heapifyReportsTheCountItLoaded() {
        var heap = BinaryHeap<Int>()
        var recorder = Recorder()
        heap.heapify([3, 10, 1000, -99, 4, 100], observer: &recorder)
        #expect(recorder.events.first == .load(count: 6))
    }
}
