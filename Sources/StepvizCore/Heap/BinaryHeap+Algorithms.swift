extension BinaryHeap {
    // heapq's operations once, generic over how elements compare; the public
    // operations (BinaryHeap+Operations for Comparable elements,
    // BinaryHeap+ThrowingOperations for ThrowingComparable ones) add the
    // observer plumbing and the invariant checks. A throw leaves the array
    // as CPython leaves the list when `<` raises at the same point.

    @inlinable
    internal mutating func _push<Ordering: _HeapOrdering<Element>>(
        _ element: Element, by ordering: Ordering, _ observer: inout some HeapObserver<Element>
    ) throws(Ordering.Failure) {
        if observer.isObserving { observer.observe(.hold(element)) }
        _storage.append(element)
        if observer.isObserving { observer.observe(.appendHole) }
        try _siftUp(element, hole: _storage.count - 1, stoppingAt: 0, by: ordering, &observer)
    }

    @inlinable
    internal mutating func _popMin<Ordering: _HeapOrdering<Element>>(
        by ordering: Ordering, _ observer: inout some HeapObserver<Element>
    ) throws(Ordering.Failure) -> Element? {
        guard let last = _storage.popLast() else { return nil }
        if observer.isObserving { observer.observe(.liftLast(last)) }
        if _storage.isEmpty {
            if observer.isObserving { observer.observe(.returnHeld(last)) }
            return last
        }
        // CPython has already dropped the root when a sift raises: it is lost.
        let result = _storage[0]
        if observer.isObserving { observer.observe(.take(0, result)) }
        try _siftToLeafThenUp(last, hole: 0, by: ordering, &observer)
        return result
    }

    @inlinable
    internal mutating func _pushPop<Ordering: _HeapOrdering<Element>>(
        _ element: Element, by ordering: Ordering, _ observer: inout some HeapObserver<Element>
    ) throws(Ordering.Failure) -> Element {
        if observer.isObserving { observer.observe(.hold(element)) }
        if let first = _storage.first {
            let isLess = try ordering.isLess(first, element)
            if observer.isObserving { observer.observe(.compare(.slot(0), first, .held, element, isLess: isLess)) }
            if isLess {
                if observer.isObserving { observer.observe(.take(0, first)) }
                try _siftToLeafThenUp(element, hole: 0, by: ordering, &observer)
                return first
            }
        }
        if observer.isObserving { observer.observe(.returnHeld(element)) }
        return element
    }

    @inlinable
    internal mutating func _replaceMin<Ordering: _HeapOrdering<Element>>(
        with element: Element, by ordering: Ordering, _ observer: inout some HeapObserver<Element>
    ) throws(Ordering.Failure) -> Element? {
        guard let first = _storage.first else { return nil }
        if observer.isObserving {
            observer.observe(.hold(element))
            observer.observe(.take(0, first))
        }
        try _siftToLeafThenUp(element, hole: 0, by: ordering, &observer)
        return first
    }

    /// heapify: the pop-style sift of every parent, children before parents.
    /// `cpythonOrder` follows CPython's traversal exactly, which above 2500
    /// elements is its cache-friendly order (every parent right after its
    /// two children): the same heap and comparisons either way, but a
    /// comparison that raises stops it at a different point.
    @inlinable
    internal mutating func _heapify<Ordering: _HeapOrdering<Element>>(
        _ elements: some Sequence<Element>, by ordering: Ordering, cpythonOrder: Bool,
        _ observer: inout some HeapObserver<Element>
    ) throws(Ordering.Failure) {
        _storage = Array(elements)
        if observer.isObserving { observer.observe(.load(count: _storage.count)) }
        if cpythonOrder && _storage.count > 2500 {
            try _heapifyCacheFriendly(by: ordering, &observer)
            return
        }
        var index = _storage.count / 2
        while index > 0 {
            index -= 1
            try _siftElement(at: index, by: ordering, &observer)
        }
    }

    @inlinable
    internal mutating func _siftElement<Ordering: _HeapOrdering<Element>>(
        at index: Int, by ordering: Ordering, _ observer: inout some HeapObserver<Element>
    ) throws(Ordering.Failure) {
        let element = _storage[index]
        if observer.isObserving { observer.observe(.lift(index, element)) }
        try _siftToLeafThenUp(element, hole: index, by: ordering, &observer)
    }

    /// CPython's `cache_friendly_heapify` (Modules/_heapqmodule.c).
    @inlinable
    internal mutating func _heapifyCacheFriendly<Ordering: _HeapOrdering<Element>>(
        by ordering: Ordering, _ observer: inout some HeapObserver<Element>
    ) throws(Ordering.Failure) {
        let firstChildless = _storage.count >> 1
        var topBit = 1
        while topBit <= (firstChildless + 1) >> 1 { topBit <<= 1 }
        let leftmost = topBit - 1  // the leftmost node in the row of firstChildless
        let lastParentRow = firstChildless >> 1
        for range in [
            stride(from: leftmost - 1, through: lastParentRow, by: -1),
            stride(from: firstChildless - 1, through: leftmost, by: -1),
        ] {
            for start in range {
                var node = start
                while true {
                    try _siftElement(at: node, by: ordering, &observer)
                    // A left child (odd) was sifted after its right sibling:
                    // its parent's children are heaps now.
                    guard node & 1 == 1 else { break }
                    node >>= 1
                }
            }
        }
    }
}
