// stepviz-bench: the core library against what a user would pick instead,
// side by side in one process (see SideBySide). `--quick` is CI's smoke
// run; `--json FILE` writes the rows for tooling.
import Foundation
import StepvizRender

let usage = """
    usage: stepviz-bench [--quick] [--json FILE] [--only GROUP ...]
      --quick      every row with tiny sizes and few rounds (a smoke run, not figures)
      --json FILE  also write the rows as a JSON array (name, ns_per_op, baseline, ratio, extras)
      --only GROUP run only this group (repeatable): \(BenchGroups.order.joined(separator: ", "))
                   (cpython compares with our heap, deque and lru rows, so it runs those too;
                   scheduler, locks and eventloop bring their own CPython rows)
    """
let groups = Set(BenchGroups.order)

var config = BenchConfig.full
var jsonPath: String?
var onlyGroups: Set<String> = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--quick": config = .quick
    case "--json":
        guard let path = arguments.popFirst() else {
            FileHandle.standardError.write(Data("stepviz-bench: --json needs a file\n".utf8))
            exit(2)
        }
        jsonPath = path
    case "--only":
        guard let group = arguments.popFirst() else {
            FileHandle.standardError.write(Data("stepviz-bench: --only needs a group\n".utf8))
            exit(2)
        }
        guard groups.contains(group) else {
            FileHandle.standardError.write(Data("stepviz-bench: unknown group '\(group)'\n\(usage)\n".utf8))
            exit(2)
        }
        onlyGroups.insert(group)
        if group == BenchGroups.cpython { onlyGroups.formUnion(BenchGroups.comparedWithCPython) }
    case "--help", "-h":
        print(usage)
        exit(0)
    default:
        FileHandle.standardError.write(Data("stepviz-bench: unknown argument '\(argument)'\n\(usage)\n".utf8))
        exit(2)
    }
}

// Fail now, not after a minute of measuring, when the JSON cannot be written.
if let jsonPath, !FileManager.default.createFile(atPath: jsonPath, contents: nil) {
    FileHandle.standardError.write(Data("stepviz-bench: cannot write \(jsonPath)\n".utf8))
    exit(2)
}

#if DEBUG
print("note: a debug build (invariant checks on every mutation): figures are meaningless; use -c release")
#endif
print("stepviz-bench\(config.isQuick ? " --quick" : ""): \(config.rounds) rounds per side, alternating ours/baseline, medians")

/// Runs one group and prints its rows as they come (a full run takes a while).
@MainActor func measured(_ group: String, _ body: () -> [BenchRow]) -> [BenchRow] {
    guard onlyGroups.isEmpty || onlyGroups.contains(group) else { return [] }
    let start = BenchClock.now()
    let rows = body()
    let seconds = Double(BenchClock.now() - start) / 1e9
    FileHandle.standardError.write(Data(String(format: "  %@ done in %.1f s\n", group, seconds).utf8))
    return rows
}

var rows: [BenchRow] = []
rows += measured(HeapPanel.name) { HeapBench.rows(config) }
rows += measured(BenchGroups.observers) { HeapObserverBench.rows(config) }
rows += measured(DequePanel.name) { DequeBench.rows(config) }
let lruRequests = LRUBench.requests(config)
rows += measured(LRUPanel.name) { LRUBench.rows(config, requests: lruRequests) }
rows += measured(BenchGroups.events) { EventsJSONLBench.rows(config) }
rows += measured(BenchGroups.render) { RenderBench.rows(config) }
rows += measured(BenchGroups.explore) { ExploreBench.rows(config) }

// The scheduler, lock and event-loop rows ask a python3 child for their CPython rounds.
var concurrencyPython: (process: CPythonProcess?, failure: String?)?
@MainActor func python() -> (process: CPythonProcess?, failure: String?) {
    if let concurrencyPython { return concurrencyPython }
    let started = CPythonProcess.start()
    concurrencyPython = started
    return started
}
rows += measured(SchedulerPanel.name) { SchedulerBench.rows(config, python: python().process, pythonNote: python().failure) }
rows += measured(LocksPanel.name) { LockBench.rows(config, python: python().process, pythonNote: python().failure) }
rows += measured(BenchGroups.eventloop) { EventLoopBench.rows(config, python: python().process, pythonNote: python().failure) }
concurrencyPython = nil

let observerSize = config.observerHeapSize
let heapLabel = config.heapSizes.first { $0.count == observerSize }?.label ?? "n1e5"
let lruHits = LRUBench.ours(lruRequests, capacity: config.lruCapacity).1
var cpythonNote: String?
let cpython = measured(BenchGroups.cpython) {
    let inputs = CPythonBench.Inputs(
        heap: RandomInputs.heapInput(observerSize), heapLabel: heapLabel,
        mix: RandomInputs.dequeMix(config.dequeOperations), steady: config.dequeSteadySize,
        lruRequests: lruRequests, lruCapacity: config.lruCapacity, lruHits: lruHits)
    let result = CPythonBench.rows(config, inputs: inputs, ours: rows)
    cpythonNote = result.note
    return result.rows
}
rows += cpython

print(BenchReport.table(rows))
if let cpythonNote { print("note: \(cpythonNote)") }
print("checksum \(blackHoleChecksum & 0xFFFF)")

if let jsonPath {
    do {
        try BenchReport.json(rows).write(toFile: jsonPath, atomically: true, encoding: .utf8)
    } catch {
        FileHandle.standardError.write(Data("stepviz-bench: cannot write \(jsonPath)\n".utf8))
        exit(1)
    }
}
