import StepvizRender

extension PlaybackScreen {
    /// Sends the same key `count` times, doing the library work each needs.
    package mutating func press(_ key: Key, times count: Int = 1) {
        for _ in 0..<count { updateInline(.key(key)) }
    }

    /// Lets every animation finish.
    package mutating func settle() {
        var guardCount = 0
        while playback.player.animationElapsed != nil, guardCount < 1000 {
            updateInline(.tick(milliseconds: 50))
            guardCount += 1
        }
    }

    /// The panel's model at the cursor, as its own type.
    package func model<Model: PanelModel>(as type: Model.Type = Model.self) -> Model {
        playback.panelModel as! Model
    }
}
