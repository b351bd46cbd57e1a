import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// The heap screen at pinned sizes, compared cell by cell (characters and
/// styles) with reviewed golden frames.
@Suite struct HeapPanelGoldenTests {
    /// Paused on a comparison inside heapify's sift (step 7: compare -99 < 4).
    func comparingApp(_ capabilities: DisplayCapabilities = .full) throws -> PlaybackScreen {
        var app = try HeapApps.paused(capabilities: capabilities)
        app.press(.right, times: 8)
        app.settle()
        return app
    }

    @Test func compareStepAt80x24() throws {
        let app = try comparingApp()
        guard case .heap(.compare)? = app.model.lastStep?.event else {
            Issue.record("step 8 should be a comparison, is \(String(describing: app.model.lastStep))")
            return
        }
        try GoldenFrame.check(app.view(width: 80, height: 24), named: "heap/compare-80x24")
    }

    @Test func compareStepMonochrome() throws {
        let app = try comparingApp(DisplayCapabilities(color: false, unicode: true))
        let frame = app.view(width: 80, height: 24)
        #expect(frame.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        try GoldenFrame.check(frame, named: "heap/compare-80x24-monochrome")
    }

    @Test func compareStepAscii() throws {
        let app = try comparingApp(DisplayCapabilities(color: true, unicode: false))
        let frame = app.view(width: 80, height: 24)
        #expect(frame.cells.allSatisfy { $0.character.isASCII })
        try GoldenFrame.check(frame, named: "heap/compare-80x24-ascii")
    }

    @Test func moveInFlightAt100x30() throws {
        var app = try HeapApps.paused()
        // Step into the first move of the pop's walk down, and freeze mid-flight.
        app.press(.right, times: 21)  // the heapify ends
        app.settle()
        while true {
            app.press(.right)
            if case .heap(.move)? = app.model.lastStep?.event { break }
        }
        app.updateInline(.tick(milliseconds: app.playback.player.animationDuration / 2))
        #expect(app.playback.player.animationProgress != nil)
        try GoldenFrame.check(app.view(width: 100, height: 30), named: "heap/move-in-flight-100x30")
    }

    @Test func compareStepAt200x60() throws {
        try GoldenFrame.check(try comparingApp().view(width: 200, height: 60), named: "heap/compare-200x60")
    }

    @Test func narrowLayoutAt60x18() throws {
        let app = try comparingApp()
        try GoldenFrame.check(app.view(width: 60, height: 18), named: "heap/compare-60x18")
    }

    @Test func helpOverlay() throws {
        var app = try comparingApp()
        app.press(.character("?"))
        let frame = app.view(width: 80, height: 24)
        for binding in KeyBinding.all {
            #expect(frame.text.contains(binding.action), "help lists \(binding.keys)")
        }
        try GoldenFrame.check(frame, named: "heap/help-80x24")
    }

    /// The requests scene just after the server took a request: the tree has
    /// the whole width (tuples are wide), its title names the fields, and
    /// the tree's top row and the log say who is served.
    @Test func requestsSceneServingAt80x24() throws {
        var app = try PanelScreens.make("heap", EventRunOptions(seed: 1).with(\.scene, "requests"))
        for _ in 0..<200 {
            app.press(.right)
            if case .result? = app.model.lastStep?.event { break }
        }
        app.settle()
        let frame = app.view(width: 80, height: 24)
        #expect(frame.text.contains("requests (priority, arrival, name)"))
        #expect(frame.text.contains("serving cy (priority 2)"))
        try GoldenFrame.check(frame, named: "heap/requests-serving-80x24")
        try GoldenFrame.check(app.view(width: 120, height: 32), named: "heap/requests-serving-120x32")
    }

    @Test func tooSmallSaysWhatItNeeds() throws {
        let app = try comparingApp()
        let frame = app.view(width: 40, height: 10)
        #expect(frame.text.contains("terminal too small: need 60×18"))
        #expect(app.view(width: 60, height: 18).text.contains("tree"))
    }

    @Test func emptyHeapAndErrorAfterPopOnEmpty() throws {
        var app = try HeapApps.paused("pop")
        app.press(.character("G"))
        let text = app.view(width: 80, height: 24).text
        #expect(text.contains("error: index out of range"))
        #expect(text.contains("(empty heap)"))
    }
}
