import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// The scheduler panel at every size from its minimum to 200x60 writes only
/// inside its rectangle, and draws something there.
@Suite struct SchedulerPanelSentinelTests {
    static func models() throws -> [(name: String, model: SchedulerPanelModel, animation: Double?)] {
        let tasks = try SchedulerRuns.session(.tasks, SchedulerScene.defaultTasks)
        let many = try SchedulerRuns.session(.tasks, (1...24).map { "countdown \($0 % 7); countup \($0 % 5)" }.joined(separator: "; "))
        let actors = try SchedulerRuns.session(.actors, "send counter 6; send nobody 2; send printer 9")
        let requeue = try SchedulerPanelGoldenTests.tasksRequeued()
        let send = try SchedulerPanelGoldenTests.actorsSending()
        return [
            ("empty tasks", SchedulerPanelModel(), nil),
            ("empty actors", SchedulerRuns.emptyActors, nil),
            ("tasks mid-run", SchedulerRuns.model(tasks.steps, scene: .tasks, count: tasks.steps.count / 2), nil),
            ("tasks ended", SchedulerRuns.model(tasks.steps, scene: .tasks), nil),
            ("many tasks", SchedulerRuns.model(many.steps, scene: .tasks, count: many.steps.count / 3), nil),
            ("requeue in flight", requeue, 0.5),
            ("actors mid-run", SchedulerRuns.model(actors.steps, scene: .actors, count: actors.steps.count / 2), nil),
            ("actors ended", SchedulerRuns.model(actors.steps, scene: .actors), nil),
            ("send in flight", send, 0.5),
        ]
    }

    @Test func everySizeWritesOnlyInsideItsArea() throws {
        let minimum = SchedulerPanel.minimumSize
        for (_, model, animation) in try Self.models() {
            for width in stride(from: minimum.width, through: 200, by: 7) {
                for height in stride(from: minimum.height, through: 60, by: 4) {
                    SentinelCheck.check(SchedulerPanel.self, model, animation: animation, width: width, height: height)
                }
            }
            SentinelCheck.check(SchedulerPanel.self, model, animation: animation, width: 200, height: 60)
            SentinelCheck.check(SchedulerPanel.self, model, animation: animation, width: 200, height: 60, glyphs: .ascii)
        }
    }

    /// With ASCII glyphs not one character of the frame is outside ASCII,
    /// whatever the model.
    @Test func asciiFramesAreAscii() throws {
        for (name, model, animation) in try Self.models() {
            for (width, height) in [(60, 16), (80, 22), (200, 58)] {
                var canvas = Canvas(width: width, height: height)
                SchedulerPanel.render(model, animation: animation, in: canvas.bounds, on: &canvas, glyphs: .ascii)
                #expect(canvas.cells.allSatisfy { $0.character.isASCII }, "\(name) at \(width)x\(height)")
            }
        }
    }

    /// Every highlight keeps an attribute without colour.
    @Test func highlightsSurviveWithoutColor() throws {
        for (name, model, animation) in try Self.models() {
            var canvas = Canvas(width: 80, height: 22)
            SchedulerPanel.render(model, animation: animation, in: canvas.bounds, on: &canvas, glyphs: .unicode)
            for cell in canvas.cells where cell.style.foreground != nil && cell.style != Theme.border {
                let style = cell.style
                #expect(style.bold || style.reverse || style.underline || style.dim, "\(name): \(style) has only a colour")
            }
        }
    }
}
