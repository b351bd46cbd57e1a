import CNcurses
import StepvizRender
import Testing

@testable import StepvizTerminal

@Suite("StyleAttributes")
struct StyleAttributesTests {
    @Test("each flag maps to its curses attribute, alone and in every combination")
    func everyCombination() {
        let flags: [(WritableKeyPath<Style, Bool>, attr_t)] = [
            (\.bold, stepviz_a_bold()), (\.reverse, stepviz_a_reverse()),
            (\.underline, stepviz_a_underline()), (\.dim, stepviz_a_dim()),
        ]
        // The four attributes are distinct bits, so every combination is distinguishable.
        #expect(Set(flags.map(\.1)).count == 4)
        #expect(flags.allSatisfy { $0.1 != stepviz_a_normal() })
        for mask in 0..<16 {
            var style = Style(foreground: .red, background: .blue)
            var expected = stepviz_a_normal()
            for (bit, (flag, attribute)) in flags.enumerated() where mask & (1 << bit) != 0 {
                style[keyPath: flag] = true
                expected |= attribute
            }
            #expect(StyleAttributes.attributes(for: style) == expected)
            // Colour never changes the attributes: monochrome keeps every highlight.
            #expect(StyleAttributes.attributes(for: style.withoutColor) == expected)
        }
    }
}
