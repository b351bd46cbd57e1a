import StepvizCore
import StepvizEvents

/// What a playback does when its library work comes back: the rest of the
/// action that asked for it.
enum _PlaybackContinuation {
    /// The demo ran ahead; now the player takes `message`.
    case message(PlayerMessage, before: Int)
    /// The demo ran ahead after the message; the message's update ends.
    case settle(before: Int)
    /// A typed line ran; animate it from its first step.
    case line(operationsBefore: Int)
    /// A new start with this seed.
    case restart(seed: UInt64)
    /// The scene ran again under `picks` ("you schedule" on, off, a pick, a
    /// line typed in the mode); `pickStart` is where a pick's step begins.
    case reschedule(picks: [Int], stopsAtEnd: Bool, turningOff: Bool, pickStart: Int?)
    /// The choices at a stepped-back cursor were found by running the
    /// scene to it.
    case choices
}

/// What the library work produced, for the playback of that `Source`.
enum _PlaybackWorkOutput<Source> {
    /// The source with more steps (demo operations, a typed line);
    /// `ranOut` when its demo had no more to run.
    case source(Source, ranOut: Bool)
    /// A fresh source for a new start.
    case restarted(Source)
    /// The scene under the picks, stopping where they end, and (unless the
    /// mode stays on) going on from there with the seed.
    case rescheduled(stopped: Source, continued: Source?)
    /// Who can move at the cursor.
    case choices(ScheduleStop?)
    case failed(OperationParseError)
}
