import StepvizEvents
import StepvizRender

// A sixth panel that exists only in this test target: a tally that adds
// numbers. It is the smallest panel the seam takes — an operation, a
// session, a demo, its events with their decoder and checked replay, a
// model and a view — and, with one catalog entry, every command, the
// dashboard, the stream reader and the recorder take it without a Sources
// file naming it.

/// `add N`.
struct TallyOperation: ParsableOperation, Equatable {
    static let words = ["add N"]
    let amount: Int
    var description: String { "add \(amount)" }

    init(amount: Int) { self.amount = amount }

    init(words: [Substring], text: Substring) throws(OperationParseError) {
        guard words.first == "add" else { throw OperationParseError("unknown tally operation '\(text)'") }
        amount = try OperationScript.integers(words, count: 1, text: text, usage: "add N")[0]
    }
}

/// The tally's events: `begin`, `state` (the running total).
enum TallyStepEvent: StepEventDecodable, Equatable {
    case begin(TallyOperation)
    case state(Int)

    static let panel = "tally"
    var type: String {
        switch self {
        case .begin: "begin"
        case .state: "state"
        }
    }

    func encodeFields(into object: inout JSONObjectWriter) {
        switch self {
        case .begin(let operation): object.field("operation", operation.description)
        case .state(let total): object.field("total", total)
        }
    }

    static func decode(type: String, fields: JSONObject, after replay: TallyReplay) throws(StreamLineError) -> TallyStepEvent? {
        switch type {
        case "begin":
            let text = try fields.string("operation")
            do {
                return .begin(try TallyOperation(words: text.split(separator: " "), text: Substring(text)))
            } catch {
                throw StreamLineError(error.message)
            }
        case "state": return .state(try fields.int("total"))
        default: return nil
        }
    }
}

/// The stream reader's fold: each `state` must be the total of the adds so far.
struct TallyReplay: CheckedReplay {
    var total = 0
    init(setup: NoSetup) {}

    mutating func apply(_ event: TallyStepEvent) throws(StreamLineError) {
        switch event {
        case .begin(let operation): total += operation.amount
        case .state(let claimed):
            guard claimed == total else { throw StreamLineError("total \(claimed), but the adds make \(total)") }
        }
    }
}

/// The "library" run: a running total.
final class TallySession: OperationSession {
    private(set) var total = 0
    var steps: History<Step<TallyStepEvent>> { log.steps }
    private var log = StepLog<TallyStepEvent>()
    private(set) var operations = History<TallyOperation>()
    let setup: NoSetup

    init(setup: NoSetup = NoSetup()) { self.setup = setup }

    func apply(_ operation: TallyOperation) {
        let op = operations.endIndex
        operations.append(operation)
        log.record(.begin(operation), op: op)
        total += operation.amount
        log.record(.state(total), op: op)
    }

    func copy() -> Self {
        let copy = Self(setup: setup)
        copy.total = total
        copy.log = log
        copy.operations = operations
        return copy
    }

    func forget(before position: Int) { log.forget(before: position, operations: &operations) }
}

/// The seeded demo: add 1, 2, 3 … (the seed is the first amount).
struct TallyDemoScript: DemoScript {
    static let eventRunLength = 4
    private var amount: Int
    init(seed: UInt64, setup: NoSetup) { amount = Int(seed % 10) }
    mutating func next() -> TallyOperation {
        amount += 1
        return TallyOperation(amount: amount)
    }
}

/// What the screen shows: the total and the last operation.
struct TallyPanelModel: PanelModel {
    var total = 0
    var last = "(nothing added yet)"
    init(setup: NoSetup) {}

    mutating func apply(_ step: Step<TallyStepEvent>) {
        switch step.event {
        case .begin(let operation): last = operation.description
        case .state(let total): self.total = total
        }
    }
}

enum TallyPanel: PanelView {
    static let name = "tally"
    static let minimumSize = (width: 30, height: 6)

    static func render(_ model: TallyPanelModel, animation: Double?, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "tally", glyphs: glyphs)
        canvas.write("tally total \(model.total)", x: inner.x + 1, y: inner.y)
        canvas.write("last: \(model.last)", x: inner.x + 1, y: inner.y + 1)
    }

    static func summary(_ model: TallyPanelModel, glyphs: Glyphs) -> String { "total \(model.total)" }

    /// Its one catalog entry.
    static let catalogEntry = PanelEntry.operations(
        TallyPanel.self, session: TallySession.self, demo: TallyDemoScript.self,
        options: [.step], summary: "a running total of the numbers added") { options throws(OperationParseError) in
        if let step = options.integer(.step), step < 1 {
            throw OperationParseError("invalid --step '\(step)': at least 1")
        }
        return NoSetup()
    }
}

extension PanelOption {
    /// The tally's own option, declared here only.
    static let step = PanelOption("step", .integer, valueName: "n", help: "tally: what each demo add grows by")
}
