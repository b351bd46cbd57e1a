import StepvizEvents
import StepvizRender

/// The tally's events: `begin`, `state` (the running total).
package enum TallyStepEvent: StepEventDecodable, Equatable {
    case begin(TallyOperation)
    case state(Int)

    package static let panel = "tally"
    package var type: String {
        switch self {
        case .begin: "begin"
        case .state: "state"
        }
    }

    package func encodeFields(into object: inout JSONObjectWriter) {
        switch self {
        case .begin(let operation): object.field("operation", operation.description)
        case .state(let total): object.field("total", total)
        }
    }

    package static func decode(type: String, fields: JSONObject, after replay: TallyReplay) throws(StreamLineError) -> TallyStepEvent? {
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
