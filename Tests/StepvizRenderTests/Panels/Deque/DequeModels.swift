import StepvizEvents
import StepvizRender

/// Deque panel models as the tests use them: a real ``DequeSession`` run on
/// typed operations, folded step by step into a ``DequePanelModel``.
enum DequeModels {
    /// The example: [3, 7, 8] after the second extend, [2, 1, 3]
    /// after extendleft (reversed), [3, 2, 1] after rotate 1.
    static let exampleOps = "extend 9 2 3; extend 7 8; extendleft 1 2; rotate 1"

    /// The steps `ops` produce on a deque bounded by `maxlen`.
    static func steps(_ ops: String, maxlen: Int? = nil) throws -> History<Step<DequeStepEvent>> {
        let session = DequeSession(maxlen: maxlen)
        for operation in try OperationScript.parse(ops, as: DequeOperation.self) { session.apply(operation) }
        return session.steps
    }

    /// The model after the first `count` steps of `ops` (all of them when nil).
    static func model(_ ops: String, maxlen: Int? = nil, steps count: Int? = nil) throws -> DequePanelModel {
        var model = DequePanelModel(setup: DequeSetup(maxlen: maxlen))
        for step in try steps(ops, maxlen: maxlen).prefix(count ?? .max) { model.apply(step) }
        return model
    }

    /// The model at the first step of `ops` after which `isWanted` holds.
    static func model(
        _ ops: String, maxlen: Int? = nil, at isWanted: (DequeStepEvent) -> Bool
    ) throws -> DequePanelModel? {
        var model = DequePanelModel(setup: DequeSetup(maxlen: maxlen))
        for step in try steps(ops, maxlen: maxlen) {
            model.apply(step)
            if isWanted(step.event) { return model }
        }
        return nil
    }

    /// Renders `model` alone into a canvas of exactly `width`×`height`.
    static func frame(
        _ model: DequePanelModel, width: Int, height: Int, animation: Double? = nil, glyphs: Glyphs = .unicode
    ) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        DequePanel.render(model, animation: animation, in: canvas.bounds, on: &canvas, glyphs: glyphs)
        return canvas
    }
}
