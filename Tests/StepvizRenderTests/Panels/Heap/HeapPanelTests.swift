import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

@Suite struct HeapPanelTests {
    /// Panels only write inside their area: everything outside keeps the
    /// sentinel it was filled with (ratatui's test).
    @Test func rendersOnlyInsideItsArea() throws {
        var app = try HeapApps.paused()
        let sentinel = Cell("X", style: Style(foreground: .red))
        for position in 0..<30 {
            var canvas = Canvas(width: 100, height: 30, fill: sentinel)
            let area = Rect(x: 7, y: 3, width: 80, height: 22)
            HeapPanel.render(app.model, animation: position % 2 == 0 ? nil : 0.5, in: area, on: &canvas, glyphs: .unicode)
            for y in 0..<canvas.height {
                for x in 0..<canvas.width where !area.contains(x: x, y: y) {
                    #expect(canvas[x, y] == sentinel, "wrote outside its area at (\(x), \(y))")
                }
            }
            app.press(.right)
        }
    }

    /// The model rebuilt from the events equals the library's array after
    /// every operation, for many demo seeds, through the rotation's scenes
    /// (whose names the model follows).
    @Test(arguments: 1...40) func modelEqualsLibraryAfterEveryOperation(seed: UInt64) {
        let length = 2 * HeapDemoScript.episodeLength + 10
        let scene = HeapStepSource(setup: HeapSetup(), demoSeed: seed, limit: length)
        var model = HeapPanelModel()
        var scenesSeen: [HeapScene] = [model.scene]
        for step in scene.steps {
            model.apply(step)
            if case .scene(let named) = step.event {
                #expect(model.scene == named)
                scenesSeen.append(named)
            }
            if case .state(let items) = step.event {
                #expect(model.replay.items == items)
                #expect(model.replay.held == nil)
                // The scene operation itself leaves the heap as it was; from
                // the backlog's heapify on, every item is a request.
                if model.scene == .requests, model.operation != .scene(.requests) {
                    #expect(items.allSatisfy { HeapRequest($0) != nil })
                }
            }
        }
        #expect(scenesSeen == [.plain, .requests, .plain])
        // And the last state is the heap's own array, replayed independently.
        let session = HeapSession()
        var demo = HeapDemoScript(seed: seed)
        for _ in 0..<length { session.apply(demo.next()) }
        #expect(model.replay.items == session.heap.unordered)
    }

    /// A chosen scene is the model's from the first step (the header says it).
    @Test func requestsSceneFromTheSetup() throws {
        let app = try PanelScreens.make("heap", EventRunOptions(ops: "push (1, 0, 'ann')").with(\.scene, "requests"))
        #expect(app.model.scene == .requests)
        #expect(app.view(width: 80, height: 24).text.contains("requests (priority, arrival, name)"))
        #expect(try HeapApps.paused().model.scene == .plain)
    }

    /// Every frame at every size from the minimum up renders without
    /// overlapping the chrome, and the tree keeps the focused node in view.
    @Test func everySizeRenders() throws {
        var app = try HeapApps.paused(
            "heapify 9 8 7 6 5 4 3 2 1 0 -1 -2 -3 -4 -5 -6 -7 -8 -9 -10 -11 -12 -13 -14 -15 -16 -17 -18 -19 -20 -21; pop; pop")
        app.press(.right, times: 60)
        for width in stride(from: 60, through: 200, by: 7) {
            for height in stride(from: 18, through: 60, by: 5) {
                let frame = app.view(width: width, height: height)
                #expect(frame.lines[0].hasPrefix(" stepviz"))
                #expect(frame.lines[height - 1].contains("quit"))
            }
        }
    }
}
