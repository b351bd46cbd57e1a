import StepvizEvents
import StepvizRender

/// `add N`.
package struct TallyOperation: ParsableOperation, Equatable {
    package static let words = ["add N"]
    package let amount: Int
    package var description: String { "add \(amount)" }

    package init(amount: Int) { self.amount = amount }

    package init(words: [Substring], text: Substring) throws(OperationParseError) {
        guard words.first == "add" else { throw OperationParseError("unknown tally operation '\(text)'") }
        amount = try OperationScript.integers(words, count: 1, text: text, usage: "add N")[0]
    }
}
