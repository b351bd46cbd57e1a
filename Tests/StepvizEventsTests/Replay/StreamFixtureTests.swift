import Foundation
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// Today's `stepviz events` output, byte for byte, against the committed
/// fixtures (Tests/StepvizEventsTests/Fixtures, made by make-fixtures.sh
/// with these same runs): a renamed field or a reordered line fails here
/// until the fixture is changed on purpose. Each fixture also reads back.
@Suite("Every panel's stream equals its committed fixture")
struct StreamFixtureTests {
    struct Fixture: Sendable, CustomTestStringConvertible {
        let file: String
        let panel: String
        let options: EventRunOptions
        var testDescription: String { file }
    }

    /// The runs of make-fixtures.sh.
    static let fixtures = [
        Fixture(file: "heap.jsonl", panel: "heap", options: EventRunOptions(ops: "heapify 3 1 2; push 0; pop; pop; pop; pop")),
        Fixture(
            file: "deque.jsonl", panel: "deque",
            options: EventRunOptions(ops: "extend 9 2 3; extend 7 8; extendleft 1 2; rotate 1; pop; index 5").with(\.maxlen, 3)),
        Fixture(
            file: "lru.jsonl", panel: "lru", options: EventRunOptions(ops: "put 1 10; put 2 20; get 1; put 3 30; get 2").with(\.capacity, 2)
        ),
        Fixture(file: "locks.jsonl", panel: "locks", options: EventRunOptions(seed: 3).with(\.scene, "naive")),
        Fixture(file: "scheduler.jsonl", panel: "scheduler", options: EventRunOptions(ops: "countdown 3; countup 2")),
        Fixture(
            file: "scheduler-actors.jsonl", panel: "scheduler", options: EventRunOptions(ops: "send counter 2").with(\.scene, "actors")),
        Fixture(file: "eventloop.jsonl", panel: "eventloop", options: EventRunOptions(ops: "connect; send 1 hi; close 1")),
        Fixture(file: "eventloop-tasks.jsonl", panel: "eventloop", options: EventRunOptions(ops: "say").with(\.scene, "tasks")),
        Fixture(
            file: "heap-values.jsonl", panel: "heap",
            options: EventRunOptions(ops: #"push (2, "write"); push (1, "read"); push (2, "code"); pop; push "oops""#)),
        Fixture(
            file: "deque-values.jsonl", panel: "deque",
            options: EventRunOptions(ops: "append 'a'; append None; appendleft (1, 2.5); rotate 1.0; index 'x'; pop").with(\.maxlen, 3)),
        Fixture(
            file: "lru-values.jsonl", panel: "lru",
            options: EventRunOptions(ops: "put 1 'one'; put 1.0 'uno'; put 'b' (2, None); get True; put -0.5 1e999; get 'b'")
                .with(\.capacity, 2)),
        Fixture(
            file: "threading.jsonl", panel: "threading",
            options: EventRunOptions().with(\.scene, "lost-wakeup").with(\.schedule, [2, 2, 2, 2, 2])),
    ]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func fixture(_ file: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(file)))
    }

    @Test("events output equals the fixture byte for byte", arguments: fixtures)
    func eventsEqualFixture(_ fixture: Fixture) throws {
        let expected = try Self.fixture(fixture.file)
        let actual = Array(try EventStreamCapture.bytes(panel: fixture.panel, fixture.options))
        guard actual != expected else { return }
        let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let first = Array(zip(expectedLines, actualLines)).firstIndex { $0 != $1 } ?? min(expectedLines.count, actualLines.count)
        Issue.record(
            """
            \(fixture.file) differs from today's stream at line \(first + 1) (rerun Fixtures/make-fixtures.sh only if the change is meant):
              fixture: \(first < expectedLines.count ? expectedLines[first] : "(end)")
              today:   \(first < actualLines.count ? actualLines[first] : "(end)")
            """)
    }

    @Test("The fixture reads back, and encodes again to the same bytes", arguments: fixtures)
    func fixtureReadsBack(_ fixture: Fixture) throws {
        let bytes = try Self.fixture(fixture.file)
        // Through the catalog, as `replay` reads it: the panel's own decoder, then its encoder.
        let replayed = try PanelCatalog.standard.replay(bytes)
        #expect(replayed.name == fixture.panel)
        #expect(Array(try EventStreamCapture.bytes(of: replayed)) == bytes)
    }

    /// The integer streams as they were before `state` carried `repr`
    /// (Fixtures/before-repr): version 1 is additive, so they still read,
    /// and written again they differ only by the new field.
    @Test("A stream from before repr still reads; written again it only gains repr", arguments: ["heap", "deque", "lru"])
    func streamBeforeReprStillReads(_ panel: String) throws {
        let old = try Self.fixture("before-repr/\(panel).jsonl")
        let replayed = try PanelCatalog.standard.replay(old)
        #expect(replayed.name == panel)
        let again = String(decoding: try EventStreamCapture.bytes(of: replayed), as: UTF8.self)
        let withoutRepr = again.replacing(/,"repr":"[^"]*"/, with: "")
        #expect(withoutRepr == String(decoding: old, as: UTF8.self))
        #expect(again.contains(#""repr":"#))
    }

    @Test("Every panel of the catalog has a fixture")
    func everyPanelHasAFixture() {
        #expect(Set(Self.fixtures.map(\.panel)) == Set(PanelCatalog.standard.names))
    }
}
