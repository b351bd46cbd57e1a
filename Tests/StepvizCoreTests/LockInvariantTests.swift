import StepvizTestSupport
import Testing

@testable import StepvizCore

/// GatedThreadRun checks its bookkeeping at the end of every turn in debug
/// builds (STEPVIZ_INTERNAL_CHECKS), so every gated run in these suites
/// also checks it. These feed the check broken states, one rule each, and
/// show it names what failed.
@Suite("GatedThreadRun invariants")
struct LockInvariantTests {
    typealias Book = GatedThreadRun._LockBook
    let x = RankedLock(rank: 1, name: "x")
    let y = RankedLock(rank: 2, name: "y")

    func graph(_ edges: [WaitForGraph.Edge]) -> WaitForGraph {
        var graph = WaitForGraph()
        for edge in edges { graph.addWait(edge) }
        return graph
    }

    @Test("A consistent state passes: x held by 1, thread 2 blocked waiting for it")
    func consistent() {
        let books = [Book(lock: x, holder: 1, count: 1, waiters: [2], contender: 2), Book(lock: y)]
        let problem = GatedThreadRun._invariantViolation(
            books: books, graph: graph([.init(waiter: 2, lock: "x", holder: 1)]), statuses: [.runnable, .blocked])
        #expect(problem == nil)
    }

    @Test(
        "Each broken rule is named",
        arguments: [
            ("holder without count", "lock x has holder none but count 1"),
            ("count without holder", "lock x has holder 1 but count 0"),
            ("waiter not blocked", "thread 2 waits for x but is not blocked at the gate"),
            ("waiter without edge", "thread 2 waits for x but has no wait-for edge"),
            ("edge to another holder", "thread 2 waits for x held by 1 but its edge says: thread 2 waits for lock x; blocked by thread 3"),
            ("blocked on nothing", "thread 3 is blocked at the gate but waits for no lock"),
            ("waits for two locks", "thread 2 waits for both x and y"),
            ("cycle left standing", "a wait-for cycle remains"),
        ])
    func broken(rule: String, message: String) {
        let wait21 = WaitForGraph.Edge(waiter: 2, lock: "x", holder: 1)
        var books = [Book(lock: x, holder: 1, count: 1, waiters: [2], contender: 2), Book(lock: y)]
        var edges = [wait21]
        var statuses: [StepGate.Status] = [.runnable, .blocked, .runnable]
        switch rule {
        case "holder without count":
            books = [Book(lock: x, holder: nil, count: 1)]
            edges = []
        case "count without holder":
            books = [Book(lock: x, holder: 1, count: 0)]
            edges = []
        case "waiter not blocked": statuses[1] = .runnable
        case "waiter without edge": edges = []
        case "edge to another holder": edges = [.init(waiter: 2, lock: "x", holder: 3)]
        case "blocked on nothing": statuses[2] = .blocked
        case "waits for two locks": books[1] = Book(lock: y, holder: 3, count: 1, waiters: [2], contender: 2)
        case "cycle left standing":
            books[1] = Book(lock: y, holder: 2, count: 1, waiters: [1], contender: 1)
            statuses[0] = .blocked
            edges = [wait21, .init(waiter: 1, lock: "y", holder: 2)]
        default: Issue.record("unknown rule \(rule)")
        }
        let problem = GatedThreadRun._invariantViolation(books: books, graph: graph(edges), statuses: statuses)
        #expect(problem?.hasPrefix(message) == true, "got: \(problem ?? "nil")")
    }
}
