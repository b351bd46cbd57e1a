/// The state graph a ``_StateGraphSearch`` has found: one vertex per
/// distinct state (numbered in the order found, 0 the initial state), one
/// edge per step tried from it, labelled with the thread and the step's
/// findings, and the end state of every vertex where a run ended.
///
/// Why the shortest schedules come from here and not from the runs: with
/// state caching the first run to reach a state need not be the shortest,
/// and runs through it later are cut there. But a state's future does not
/// depend on the path to it, so a schedule reaches a finding exactly when
/// it is a path of this graph ending in an edge labelled with the finding;
/// the shortest such schedule is a shortest path to the edge's source plus
/// that edge. A breadth-first search that takes each vertex's edges by
/// ascending thread finds, for every vertex, the shortest path to it that
/// is lexicographically first (the queue of each level is in that order),
/// which is the schedule brute force reports.
///
///     graph.shortestSchedules()[3]    // [1, 2, 2]: the first shortest way to state 3
///
/// - Complexity: O(*v* + *e*) memory for *v* states and *e* edges.
internal struct _StateGraph<EndState: Hashable> {
    struct Edge {
        /// The step taken (the same from this state whatever the path to it).
        var step: ExploredStep
        var target: Int
        /// Whether the step was not run but inferred by commuting two
        /// independent steps (see ``_StateGraphSearch``).
        var isInferred = false

        var thread: Int { step.thread }
        var findings: [InterleavingFinding] { step.findings }
    }

    /// Per vertex, its edges in the order found.
    private(set) var edges: [[Edge]] = []
    /// The end state of each vertex where a run went to its end.
    private(set) var ends: [Int: EndState] = [:]

    var vertexCount: Int { edges.count }
    var edgeCount: Int { edges.reduce(0) { $0 + $1.count } }
    var inferredEdgeCount: Int { edges.reduce(0) { $0 + $1.count(where: \.isInferred) } }

    /// The edge from `vertex` by `thread`, if known.
    ///
    /// - Complexity: O(*t*) for *t* threads
    func edge(from vertex: Int, thread: Int) -> Edge? { edges[vertex].first { $0.thread == thread } }

    /// A new vertex, returned by number.
    ///
    /// - Complexity: O(1) amortized
    mutating func addVertex() -> Int {
        edges.append([])
        return edges.count - 1
    }

    /// - Complexity: O(1) amortized
    mutating func addEdge(from source: Int, _ edge: Edge) { edges[source].append(edge) }

    /// - Complexity: O(1)
    mutating func setEnd(_ end: EndState, of vertex: Int) { ends[vertex] = end }

    /// Per vertex, the lexicographically first of its shortest schedules
    /// from vertex 0 (nil when unreachable, which a search never leaves).
    ///
    /// - Complexity: O(*v* + *e* + Σ path lengths)
    func shortestSchedules() -> [[Int]?] {
        // Breadth first: parent edges, then each path walked back once.
        var parent = [(vertex: Int, thread: Int)?](repeating: nil, count: vertexCount)
        var seen = [Bool](repeating: false, count: vertexCount)
        var queue = [0]
        var head = 0
        seen[0] = true
        while head < queue.count {
            let vertex = queue[head]
            head += 1
            for edge in edges[vertex].sorted(by: { $0.thread < $1.thread }) where !seen[edge.target] {
                seen[edge.target] = true
                parent[edge.target] = (vertex, edge.thread)
                queue.append(edge.target)
            }
        }
        var schedules = [[Int]?](repeating: nil, count: vertexCount)
        // In BFS order a vertex's parent is done before it.
        for vertex in queue {
            if let (from, thread) = parent[vertex] {
                schedules[vertex] = schedules[from]! + [thread]
            } else {
                schedules[vertex] = []
            }
        }
        return schedules
    }

    /// Every finding, with the shortest schedule whose last step runs into
    /// it (first by length, then lexicographically).
    ///
    /// - Complexity: O(*v* + *e* + Σ path lengths)
    func shortestToFindings(_ schedules: [[Int]?]) -> [InterleavingFinding: [Int]] {
        var shortest: [InterleavingFinding: [Int]] = [:]
        for (source, out) in edges.enumerated() {
            guard let path = schedules[source] else { continue }
            for edge in out where !edge.findings.isEmpty {
                let schedule = path + [edge.thread]
                for finding in edge.findings where shortest[finding].map({ _Schedules.shorter(schedule, than: $0) }) ?? true {
                    shortest[finding] = schedule
                }
            }
        }
        return shortest
    }

    /// How many complete schedules there are: paths from vertex 0 to a
    /// vertex where a run ended, counted once per vertex (its future is
    /// the same whatever the path to it). A Double: the counts pass 2^53
    /// only far beyond these scenes.
    ///
    ///     graph.completeSchedules()    // 63864 for the naive pair: what brute force runs
    ///
    /// - Complexity: O(*v* + *e*); the graph of a finished search is acyclic
    ///   (every step adds to some thread's history).
    func completeSchedules() -> Double {
        var count = [Double?](repeating: nil, count: vertexCount)
        // Depth first without recursion: a vertex is summed once its targets are.
        var stack = [0]
        while let vertex = stack.last {
            if count[vertex] != nil {
                stack.removeLast()
                continue
            }
            let pending = edges[vertex].filter { count[$0.target] == nil }.map(\.target)
            if pending.isEmpty {
                count[vertex] = ends[vertex] != nil ? 1 : edges[vertex].reduce(0) { $0 + count[$1.target]! }
                stack.removeLast()
            } else {
                stack += pending
            }
        }
        return count[0] ?? 0
    }

    /// Every end state, with the shortest schedule that runs to it.
    ///
    /// - Complexity: O(*v*)
    func shortestToEnds(_ schedules: [[Int]?]) -> [EndState: [Int]] {
        var shortest: [EndState: [Int]] = [:]
        for (vertex, end) in ends {
            guard let schedule = schedules[vertex] else { continue }
            if shortest[end].map({ _Schedules.shorter(schedule, than: $0) }) ?? true { shortest[end] = schedule }
        }
        return shortest
    }
}
