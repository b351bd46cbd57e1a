extension BinaryHeap {
    /// Moves the hole at `hole` toward the root while `element < parent`
    /// (strict, as heapq), never above `root`, then writes `element` there.
    /// Python's `_siftdown(heap, startpos, pos)`.
    ///
    /// When a comparison throws, `element` is written into the hole where
    /// it stands (the slot CPython's swapping sift has it in when `<`
    /// raises) before the error is rethrown, so the array is the list
    /// CPython leaves.
    @inlinable
    internal mutating func _siftUp<Ordering: _HeapOrdering<Element>>(
        _ element: Element, hole: Int, stoppingAt root: Int, by ordering: Ordering,
        _ observer: inout some HeapObserver<Element>
    ) throws(Ordering.Failure) {
        let failure = _storage.withUnsafeMutableBufferPointer { buffer -> Ordering.Failure? in
            var failure: Ordering.Failure?
            var hole = hole
            while hole > root {
                let parent = (hole &- 1) >> 1
                let parentElement = buffer[parent]
                let isLess: Bool
                do throws(Ordering.Failure) {
                    isLess = try ordering.isLess(element, parentElement)
                } catch {
                    failure = error
                    break
                }
                if observer.isObserving {
                    observer.observe(.compare(.held, element, .slot(parent), parentElement, isLess: isLess))
                }
                guard isLess else { break }
                buffer[hole] = parentElement
                if observer.isObserving { observer.observe(.move(from: parent, to: hole, parentElement)) }
                hole = parent
            }
            buffer[hole] = element
            if observer.isObserving { observer.observe(.place(hole, element)) }
            return failure
        }
        if let failure { throw failure }
    }

    /// CPython's `_siftup`: walks the hole from `hole` down to a leaf, each
    /// level moving up the smaller child (the right one on ties, as
    /// `not heap[l] < heap[r]`), without comparing against `element`; then
    /// sifts `element` back up from that leaf.
    ///
    /// A comparison that throws on the way down leaves `element` in the
    /// hole, as CPython's swaps leave it, and the error is rethrown.
    @inlinable
    internal mutating func _siftToLeafThenUp<Ordering: _HeapOrdering<Element>>(
        _ element: Element, hole start: Int, by ordering: Ordering, _ observer: inout some HeapObserver<Element>
    ) throws(Ordering.Failure) {
        let end = _storage.count
        let (leaf, failure) = _storage.withUnsafeMutableBufferPointer { buffer -> (Int, Ordering.Failure?) in
            var hole = start
            var child = 2 &* hole &+ 1
            while child < end {
                let right = child &+ 1
                if right < end {
                    let leftElement = buffer[child]
                    let rightElement = buffer[right]
                    let isLess: Bool
                    do throws(Ordering.Failure) {
                        isLess = try ordering.isLess(leftElement, rightElement)
                    } catch {
                        buffer[hole] = element
                        if observer.isObserving { observer.observe(.place(hole, element)) }
                        return (hole, error)
                    }
                    if observer.isObserving {
                        observer.observe(.compare(.slot(child), leftElement, .slot(right), rightElement, isLess: isLess))
                    }
                    if !isLess { child = right }
                }
                buffer[hole] = buffer[child]
                if observer.isObserving { observer.observe(.move(from: child, to: hole, buffer[hole])) }
                hole = child
                child = 2 &* hole &+ 1
            }
            return (hole, nil)
        }
        if let failure { throw failure }
        try _siftUp(element, hole: leaf, stoppingAt: start, by: ordering, &observer)
    }
}
