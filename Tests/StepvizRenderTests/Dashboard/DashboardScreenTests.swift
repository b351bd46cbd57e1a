import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// The dashboard: one clock, focus, layouts, and golden frames.
@Suite struct DashboardScreenTests {
    /// Every panel has stepped a little, the focus on the locks.
    func steppedDashboard(_ capabilities: DisplayCapabilities = .full) -> PlaybackScreen {
        var dashboard = PlaybackScreen.demo(capabilities: capabilities)
        for panel in 1...5 {
            dashboard.press(.character(Character(String(panel))))
            dashboard.press(.right, times: 4 + 3 * panel)
        }
        dashboard.press(.character("4"))
        for _ in 0..<20 { dashboard.updateInline(.tick(milliseconds: 50)) }  // animations settle
        return dashboard
    }

    @Test func goldenAt200x60() throws {
        let frame = steppedDashboard().view(width: 200, height: 60)
        for name in PanelCatalog.standard.names { #expect(frame.text.contains(name)) }
        try GoldenFrame.check(frame, named: "dashboard/all-200x60")
    }

    @Test func goldenAt80x24() throws {
        try GoldenFrame.check(steppedDashboard().view(width: 80, height: 24), named: "dashboard/focused-80x24")
    }

    @Test func goldenAt80x24Monochrome() throws {
        let frame = steppedDashboard(DisplayCapabilities(color: false, unicode: true)).view(width: 80, height: 24)
        #expect(frame.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        try GoldenFrame.check(frame, named: "dashboard/focused-80x24-monochrome")
    }

    /// Space plays every panel, +/- sets every speed; stepping moves only
    /// the focused panel, and each keeps its own position when the focus moves.
    @Test func oneClockAndFocus() {
        var dashboard = PlaybackScreen.demo()
        // Each panel opens where its source does (the scene panels after their setup).
        var expected = dashboard.panels.map { $0.player.position }
        dashboard.press(.character("2"))
        dashboard.press(.right, times: 5)
        #expect(dashboard.focus == 1)
        expected[1] += 5
        #expect(dashboard.panels.map(\.player.position) == expected)
        dashboard.press(.tab)
        dashboard.press(.right, times: 2)
        dashboard.press(.backTab)
        #expect(dashboard.focus == 1)
        expected[2] += 2
        #expect(dashboard.panels.map(\.player.position) == expected)
        dashboard.press(.character("+"))
        #expect(Set(dashboard.panels.map(\.player.speed)).count == 1 && dashboard.panels[0].player.speed > 3)
        dashboard.press(.character(" "))
        #expect(dashboard.panels.allSatisfy { $0.player.isPlaying })
        for _ in 0..<40 { dashboard.updateInline(.tick(milliseconds: 100)) }
        #expect(zip(dashboard.panels, expected).allSatisfy { $0.player.position > $1 })
        dashboard.press(.character(" "))
        #expect(dashboard.panels.allSatisfy { !$0.player.isPlaying })
        dashboard.press(.backTab, times: 2)
        #expect(dashboard.focus == dashboard.panels.count - 1)
        #expect(dashboard.updateInline(.key(.character("q"))).isQuit)
    }

    /// The prompt runs on the focused panel's real library; a bad line names the panel.
    @Test func promptActsOnTheFocusedPanel() {
        var dashboard = PlaybackScreen.demo()
        dashboard.press(.character("3"))
        let before = dashboard.panels[2].operationCount
        dashboard.press(.character(":"))
        for character in "put 42 7" { dashboard.press(.character(character)) }
        dashboard.press(.enter)
        #expect(dashboard.panels[2].operationCount == before + 1)
        #expect(dashboard.panels[2].operationLabel(before) == "put 42 7")
        dashboard.press(.character(":"))
        for character in "push 1" { dashboard.press(.character(character)) }
        dashboard.press(.enter)
        #expect(dashboard.status?.isError == true && dashboard.status?.text.hasPrefix("lru:") == true)
    }

    /// A resize switches layouts and keeps every position.
    @Test func resizeSwitchesLayoutsAndKeepsPositions() {
        var dashboard = steppedDashboard()
        let positions = dashboard.panels.map(\.player.position)
        let large = dashboard.view(width: 200, height: 60)
        dashboard.updateInline(.resize(width: 80, height: 24))
        let small = dashboard.view(width: 80, height: 24)
        dashboard.updateInline(.resize(width: 200, height: 60))
        #expect(dashboard.view(width: 200, height: 60) == large)
        #expect(dashboard.panels.map(\.player.position) == positions)
        // The small layout's strip names every panel by number.
        let strip = small.lines[1]
        for number in 1...5 { #expect(strip.contains("\(number) ")) }
        #expect(small.text.contains("terminal too small") == false)
        #expect(dashboard.view(width: 50, height: 12).text.contains("terminal too small"))
    }

    /// In both layouts, no panel writes outside the rectangle it is given.
    @Test(arguments: [(200, 60), (180, 38), (240, 70), (80, 24), (120, 40), (60, 19)])
    func panelsStayInsideTheirRectangles(width: Int, height: Int) {
        let dashboard = steppedDashboard()
        let minimum = PanelCatalog.standard.largestPanelMinimum
        let body = Rect(x: 0, y: 1, width: width, height: height - 2)
        let layout = DashboardLayout(body: body, focus: dashboard.focus, minimum: minimum, count: 5)
        #expect(layout.kind == (width >= 180 && height - 2 >= 34 ? .all : .focused))
        for (index, rect) in layout.panels.enumerated() {
            guard var area = rect else { continue }
            if layout.kind == .all { area = area.splitTop(DashboardLayout.titleRows).1 }
            #expect(area.width >= minimum.width && area.height >= minimum.height, "panel \(index) gets its minimum")
            var canvas = Canvas(width: width, height: height, fill: SentinelCheck.sentinel)
            dashboard.panels[index].render(in: area, on: &canvas, glyphs: .unicode)
            for y in 0..<height {
                for x in 0..<width where !area.contains(x: x, y: y) {
                    #expect(canvas[x, y] == SentinelCheck.sentinel, "panel \(index) wrote at (\(x), \(y)) outside \(area)")
                }
            }
        }
    }
}
