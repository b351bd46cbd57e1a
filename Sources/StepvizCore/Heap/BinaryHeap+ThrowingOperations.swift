extension BinaryHeap where Element: ThrowingComparable {
    // The operations of BinaryHeap+Operations for elements whose `<` can
    // fail. Each throws the comparison's error and leaves the array as
    // CPython's heapq leaves the list when `<` raises at the same point;
    // an observer has then seen the held element placed where it stays
    // (`.place`), so replaying the events still rebuilds the array.

    /// Inserts an element (Python's `heappush`). When a comparison throws,
    /// the element stays where the sift had it: appended, or moved up part
    /// of the way.
    ///
    ///     var heap = BinaryHeap<PythonValue>()
    ///     try heap.push(.int(1))
    ///     try heap.push(.str("a"))    // throws TypeError; heap.unordered is [1, 'a']
    ///
    /// - Complexity: O(log *n*) comparisons and moves.
    @inlinable
    public mutating func push(_ element: Element) throws(Element.ComparisonError) {
        if let closure = observer {
            var observer = _ClosureHeapObserver(closure)
            try push(element, observer: &observer)
        } else {
            var none = _NoHeapObserver<Element>()
            try push(element, observer: &none)
        }
    }

    /// `push(_:)`, reporting every step to `observer`.
    ///
    /// - Complexity: O(log *n*)
    @inlinable
    public mutating func push<Observer: HeapObserver<Element>>(
        _ element: Element, observer: inout Observer
    ) throws(Element.ComparisonError) {
        let wasOrdered = _isOrderedForChecks
        try _push(element, by: _ThrowingHeapOrdering(), &observer)
        _checkInvariants(ifOrderedBefore: wasOrdered)
    }

    /// Removes and returns the smallest element (Python's `heappop`), or nil
    /// when the heap is empty. When a comparison throws, the smallest
    /// element is gone (CPython has already dropped it) and the last one
    /// stays where the sift had it.
    ///
    ///     var heap = BinaryHeap<PythonValue>()
    ///     heap.heapify([1, 2, 3, "a"])     // after heapq's own heapify, the same list
    ///     try heap.popMin()                // throws; heap.unordered is [2, 'a', 3]
    ///
    /// - Complexity: O(log *n*)
    @inlinable
    @discardableResult
    public mutating func popMin() throws(Element.ComparisonError) -> Element? {
        if let closure = observer {
            var observer = _ClosureHeapObserver(closure)
            return try popMin(observer: &observer)
        }
        var none = _NoHeapObserver<Element>()
        return try popMin(observer: &none)
    }

    /// `popMin()`, reporting every step to `observer`.
    ///
    /// - Complexity: O(log *n*)
    @inlinable
    @discardableResult
    public mutating func popMin<Observer: HeapObserver<Element>>(
        observer: inout Observer
    ) throws(Element.ComparisonError) -> Element? {
        let wasOrdered = _isOrderedForChecks
        let result = try _popMin(by: _ThrowingHeapOrdering(), &observer)
        _checkInvariants(ifOrderedBefore: wasOrdered)
        return result
    }

    /// Python's `heappushpop`: when `heap[0] < element`, replaces the root
    /// with `element` and returns the old root; else returns `element`. A
    /// throw from the first comparison changes nothing; one from the sift
    /// leaves `element` where the sift had it and the old root gone.
    ///
    /// - Complexity: O(log *n*)
    @inlinable
    public mutating func pushPop(_ element: Element) throws(Element.ComparisonError) -> Element {
        if let closure = observer {
            var observer = _ClosureHeapObserver(closure)
            return try pushPop(element, observer: &observer)
        }
        var none = _NoHeapObserver<Element>()
        return try pushPop(element, observer: &none)
    }

    /// `pushPop(_:)`, reporting every step to `observer`.
    ///
    /// - Complexity: O(log *n*)
    @inlinable
    public mutating func pushPop<Observer: HeapObserver<Element>>(
        _ element: Element, observer: inout Observer
    ) throws(Element.ComparisonError) -> Element {
        let wasOrdered = _isOrderedForChecks
        let result = try _pushPop(element, by: _ThrowingHeapOrdering(), &observer)
        _checkInvariants(ifOrderedBefore: wasOrdered)
        return result
    }

    /// Python's `heapreplace`: returns the root and sifts `element` into
    /// its place; nil and no change when empty. A throw leaves `element`
    /// where the sift had it and the old root gone.
    ///
    /// - Complexity: O(log *n*)
    @inlinable
    public mutating func replaceMin(with element: Element) throws(Element.ComparisonError) -> Element? {
        if let closure = observer {
            var observer = _ClosureHeapObserver(closure)
            return try replaceMin(with: element, observer: &observer)
        }
        var none = _NoHeapObserver<Element>()
        return try replaceMin(with: element, observer: &none)
    }

    /// `replaceMin(with:)`, reporting every step to `observer`.
    ///
    /// - Complexity: O(log *n*)
    @inlinable
    public mutating func replaceMin<Observer: HeapObserver<Element>>(
        with element: Element, observer: inout Observer
    ) throws(Element.ComparisonError) -> Element? {
        let wasOrdered = _isOrderedForChecks
        let result = try _replaceMin(with: element, by: _ThrowingHeapOrdering(), &observer)
        _checkInvariants(ifOrderedBefore: wasOrdered)
        return result
    }

    /// Replaces the contents with `elements` and arranges them into a heap
    /// in CPython's order (above 2500 elements, its cache-friendly one).
    /// A throw leaves the sifts done so far done, the rest not:
    /// `heapify([3, 1, 'x'])` raises and leaves `[3, 1, 'x']`.
    ///
    /// - Complexity: O(*n*)
    @inlinable
    public mutating func heapify(_ elements: some Sequence<Element>) throws(Element.ComparisonError) {
        if let closure = observer {
            var observer = _ClosureHeapObserver(closure)
            try heapify(elements, observer: &observer)
        } else {
            var none = _NoHeapObserver<Element>()
            try heapify(elements, observer: &none)
        }
    }

    /// `heapify(_:)`, reporting every step to `observer`: `.load(count:)`,
    /// then the sifts.
    ///
    /// - Complexity: O(*n*)
    @inlinable
    public mutating func heapify<Observer: HeapObserver<Element>>(
        _ elements: some Sequence<Element>, observer: inout Observer
    ) throws(Element.ComparisonError) {
        try _heapify(elements, by: _ThrowingHeapOrdering(), cpythonOrder: true, &observer)
        _checkInvariants(ifOrderedBefore: true)
    }
}
