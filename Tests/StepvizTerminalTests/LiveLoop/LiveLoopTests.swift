import Glibc
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

@testable import StepvizTerminal

/// No frame waits on the library (issue 16, item 5), shown on the live
/// terminal's own loop: a panel whose library work blocks until the test
/// lets it go, and while it is blocked the loop keeps drawing frames and
/// answering keys.
@Suite("The live loop keeps drawing and answering keys while the library works")
struct LiveLoopTests {
    @Test("while a demo operation is blocked, ? opens and closes the help; then the work lands")
    func slowLibrary() throws {
        let gate = SlowTallyDemoScript.gate
        let entry = PanelEntry.operations(
            TallyPanel.self, session: TallySession.self, demo: SlowTallyDemoScript.self,
            summary: "a tally whose demo waits at a gate"
        ) { _ in NoSetup() }
        let prepared = try PanelCatalog.standard.adding(entry).prepare(panel: "tally", options: EventRunOptions(seed: 3))
        var app = PlaybackScreen(
            playback: prepared.playback(endless: true, speed: 64, paused: false),
            capabilities: DisplayCapabilities(color: false, unicode: true))
        let tap = FrameTap(width: 80, height: 24)
        // The demo's first operations ran when the playback was made; the
        // ones it runs ahead from now on wait at the gate.
        gate.arm()
        var framesWhileBlocked = 0
        var totalBeforeOpening = ""
        let total = { tap.shown.split(separator: "\n").first { $0.contains("tally total") }.map(String.init) ?? "" }
        let input = ScriptedInput(
            width: 80, height: 24,
            cues: [
                .init(
                    waitsFor: "the demo to run ahead into the gate", when: { gate.hasWaiting },
                    then: .run { framesWhileBlocked = tap.frames.count }),
                .init(waitsFor: "a frame", when: { tap.frames.count > framesWhileBlocked }, then: .press(.character("?"))),
                .init(
                    waitsFor: "the help, drawn while the work is blocked", when: { tap.shown.contains("this help") && gate.hasWaiting },
                    then: .press(.character("?"))),
                .init(
                    waitsFor: "the help closed, drawn while the work is blocked",
                    when: { !tap.shown.contains("this help") && gate.hasWaiting },
                    then: .run {
                        framesWhileBlocked = tap.frames.count - framesWhileBlocked
                        totalBeforeOpening = total()
                        gate.open()
                    }),
                .init(
                    waitsFor: "the work that was let go to reach the screen",
                    when: { gate.passedAfterOpening > 0 && !total().isEmpty && total() != totalBeforeOpening },
                    then: .press(.character("q"))),
            ])
        let loopThread = pthread_self()
        var backend = tap
        let end = LiveLoop(pendingSignal: { nil }).run(&app, input: input, backend: &backend, start: 0)

        #expect(input.unmet.isEmpty, "the loop stopped answering: it never showed \(input.unmet)")
        #expect(!gate.timedOut, "the library work waited for a key the loop never read: the frame waited on the library")
        #expect(end == .quit)
        #expect(framesWhileBlocked >= 3, "frames drawn while the library was blocked: \(framesWhileBlocked)")
        #expect(
            !gate.threads.isEmpty && gate.threads.allSatisfy { pthread_equal($0, loopThread) == 0 },
            "the library work ran on the loop's thread")
    }
}
