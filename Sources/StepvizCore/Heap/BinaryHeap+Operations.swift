extension BinaryHeap where Element: Comparable {
    /// Creates a heap from the elements of a sequence (Python's `heapify`).
    ///
    ///     BinaryHeap([2, 1, 1]).unordered    // [1, 1, 2]
    ///
    /// - Complexity: O(*n*)
    @inlinable
    public init(_ elements: some Sequence<Element>) {
        self.init()
        heapify(elements)
    }

    /// Inserts an element (Python's `heappush`).
    ///
    ///     var heap = BinaryHeap([5, 9])
    ///     heap.push(1)
    ///     heap.unordered    // [1, 9, 5]
    ///
    /// - Complexity: O(log *n*) comparisons and moves.
    @inlinable
    public mutating func push(_ element: Element) {
        if let closure = observer {
            var observer = _ClosureHeapObserver(closure)
            push(element, observer: &observer)
        } else {
            var none = _NoHeapObserver<Element>()
            push(element, observer: &none)
        }
    }

    /// Inserts an element, reporting every step to `observer`.
    ///
    /// - Complexity: O(log *n*) comparisons and moves.
    @inlinable
    public mutating func push<Observer: HeapObserver<Element>>(_ element: Element, observer: inout Observer) {
        _push(element, by: _ComparableHeapOrdering(), &observer)
        _checkInvariants()
    }

    /// Removes and returns the smallest element (Python's `heappop`), or nil
    /// when the heap is empty.
    ///
    ///     var heap = BinaryHeap([3, 1, 2])
    ///     heap.popMin()    // 1
    ///
    /// - Complexity: O(log *n*); about log2(*n*) + 1 comparisons on average.
    @inlinable
    @discardableResult
    public mutating func popMin() -> Element? {
        if let closure = observer {
            var observer = _ClosureHeapObserver(closure)
            return popMin(observer: &observer)
        }
        var none = _NoHeapObserver<Element>()
        return popMin(observer: &none)
    }

    /// Removes and returns the smallest element, reporting every step to
    /// `observer`; nil when the heap is empty.
    ///
    /// - Complexity: O(log *n*)
    @inlinable
    @discardableResult
    public mutating func popMin<Observer: HeapObserver<Element>>(observer: inout Observer) -> Element? {
        let result = _popMin(by: _ComparableHeapOrdering(), &observer)
        _checkInvariants()
        return result
    }

    /// Pushes `element`, then pops and returns the smallest element, faster
    /// than the two calls apart (Python's `heappushpop`).
    ///
    ///     var heap = BinaryHeap([2, 4])
    ///     heap.pushPop(1)    // 1, the heap is unchanged
    ///     heap.pushPop(3)    // 2, the heap is [3, 4]
    ///
    /// - Complexity: O(log *n*)
    @inlinable
    public mutating func pushPop(_ element: Element) -> Element {
        if let closure = observer {
            var observer = _ClosureHeapObserver(closure)
            return pushPop(element, observer: &observer)
        }
        var none = _NoHeapObserver<Element>()
        return pushPop(element, observer: &none)
    }

    /// `pushPop(_:)`, reporting every step to `observer`.
    ///
    /// - Complexity: O(log *n*)
    @inlinable
    public mutating func pushPop<Observer: HeapObserver<Element>>(_ element: Element, observer: inout Observer) -> Element {
        let result = _pushPop(element, by: _ComparableHeapOrdering(), &observer)
        _checkInvariants()
        return result
    }

    /// Pops and returns the smallest element, then pushes `element`
    /// (Python's `heapreplace`); returns nil and changes nothing when empty.
    ///
    ///     var heap = BinaryHeap([2, 4])
    ///     heap.replaceMin(with: 9)    // 2, the heap is [4, 9]
    ///
    /// - Complexity: O(log *n*)
    @inlinable
    public mutating func replaceMin(with element: Element) -> Element? {
        if let closure = observer {
            var observer = _ClosureHeapObserver(closure)
            return replaceMin(with: element, observer: &observer)
        }
        var none = _NoHeapObserver<Element>()
        return replaceMin(with: element, observer: &none)
    }

    /// `replaceMin(with:)`, reporting every step to `observer`.
    ///
    /// - Complexity: O(log *n*)
    @inlinable
    public mutating func replaceMin<Observer: HeapObserver<Element>>(with element: Element, observer: inout Observer) -> Element? {
        let result = _replaceMin(with: element, by: _ComparableHeapOrdering(), &observer)
        _checkInvariants()
        return result
    }

    /// Replaces the contents with `elements` and arranges them into a heap
    /// (Python's `heapify`: a bottom-up sift from the last parent to the root).
    ///
    ///     var heap = BinaryHeap<Int>()
    ///     heap.heapify([3, 10, 1000, -99, 4, 100])
    ///     heap.unordered    // [-99, 3, 100, 10, 4, 1000]
    ///
    /// - Complexity: O(*n*)
    @inlinable
    public mutating func heapify(_ elements: some Sequence<Element>) {
        if let closure = observer {
            var observer = _ClosureHeapObserver(closure)
            heapify(elements, observer: &observer)
        } else {
            var none = _NoHeapObserver<Element>()
            heapify(elements, observer: &none)
        }
    }

    /// `heapify(_:)`, reporting every step to `observer`: first
    /// `.load(count:)` (the elements given, in order), then the sifts.
    ///
    /// - Complexity: O(*n*)
    @inlinable
    public mutating func heapify<Observer: HeapObserver<Element>>(_ elements: some Sequence<Element>, observer: inout Observer) {
        _heapify(elements, by: _ComparableHeapOrdering(), cpythonOrder: false, &observer)
        _checkInvariants()
    }
}
