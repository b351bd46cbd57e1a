import StepvizRender
import Testing

@testable import StepvizTerminal

@Suite("ColorPairTable")
struct ColorPairTableTests {
    private static let choices: [Color?] = [nil] + Color.allCases.map(Optional.some)

    @Test("default colours are pair 0; each combination gets one stable number")
    func stableNumbers() {
        var table = ColorPairTable(capacity: 256)
        let defaults = table.pair(foreground: nil, background: nil)
        #expect(defaults.number == 0 && defaults.new == nil)
        var seen: [String: Int16] = [:]
        for round in 0..<2 {
            for foreground in Self.choices {
                for background in Self.choices where foreground != nil || background != nil {
                    let (number, new) = table.pair(foreground: foreground, background: background)
                    let key = "\(String(describing: foreground))/\(String(describing: background))"
                    if round == 0 {
                        #expect(new == .init(number: number, foreground: foreground, background: background))
                        #expect(!seen.values.contains(number))
                        seen[key] = number
                    } else {
                        #expect(new == nil)
                        #expect(seen[key] == number)
                    }
                }
            }
        }
        #expect(seen.count == 80)
        #expect(Set(seen.values) == Set((1...80).map(Int16.init)))
    }

    @Test("a full table falls back to pair 0 instead of exceeding the terminal's pairs")
    func fullTable() {
        var table = ColorPairTable(capacity: 64)  // TERM=screen
        var numbers: [Int16] = []
        for foreground in Self.choices {
            for background in Self.choices where foreground != nil || background != nil {
                numbers.append(table.pair(foreground: foreground, background: background).number)
            }
        }
        #expect(numbers.prefix(63) == ArraySlice((1...63).map(Int16.init)))
        #expect(numbers.dropFirst(63).allSatisfy { $0 == 0 })
        #expect(numbers.allSatisfy { $0 < 64 })
    }
}
