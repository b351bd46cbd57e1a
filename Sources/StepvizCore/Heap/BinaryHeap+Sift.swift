extension BinaryHeap {
    /// Moves the hole at `hole` toward the root while `element < parent`
    /// (strict, as heapq), never above `root`, then writes `element` there.
    /// Python's `_siftdown(heap, startpos, pos)`.
    @inlinable
    internal mutating func _siftUp(
        _ element: Element, hole: Int, stoppingAt root: Int, _ observer: inout some HeapObserver<Element>
    ) {
        _storage.withUnsafeMutableBufferPointer { buffer in
            var hole = hole
            while hole > root {
                let parent = (hole &- 1) >> 1
                let parentElement = buffer[parent]
                let isLess = element < parentElement
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
        }
    }

    /// CPython's `_siftup`: walks the hole from `hole` down to a leaf, each
    /// level moving up the smaller child (the right one on ties, as
    /// `not heap[l] < heap[r]`), without comparing against `element`; then
    /// sifts `element` back up from that leaf.
    @inlinable
    internal mutating func _siftToLeafThenUp(
        _ element: Element, hole start: Int, _ observer: inout some HeapObserver<Element>
    ) {
        let end = _storage.count
        let leaf = _storage.withUnsafeMutableBufferPointer { buffer -> Int in
            var hole = start
            var child = 2 &* hole &+ 1
            while child < end {
                let right = child &+ 1
                if right < end {
                    let leftElement = buffer[child]
                    let rightElement = buffer[right]
                    let isLess = leftElement < rightElement
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
            return hole
        }
        _siftUp(element, hole: leaf, stoppingAt: start, &observer)
    }
}
