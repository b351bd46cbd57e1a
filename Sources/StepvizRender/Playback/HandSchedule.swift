import StepvizCore
import StepvizEvents

/// The "you schedule" mode of a playback: the person picks which thread (or
/// coroutine) takes each step. What the screen shows of it: the schedule so
/// far (the exact `--schedule` that replays it), who can move next and why
/// the others cannot, and the scene's challenge with how it stands.
///
///     playback.handSchedule?.picks          // [1, 2, 2]
///     playback.handSchedule?.choices?.movable    // [1]
///
/// - Complexity: O(*k* + *n*) memory for *k* picks and *n* threads.
public struct HandSchedule: Hashable, Sendable {
    /// The picks through the operation at the cursor.
    public var picks: [Int]
    /// Who can take the next step at the cursor and why the others cannot;
    /// nil when the run has ended there (nothing left to pick).
    public var choices: ScheduleStop?
    /// The scene's goal, if it sets one.
    public var challenge: ScheduleChallenge?
    /// How the run stands against the goal at the cursor (nil: open).
    public var outcome: ChallengeOutcome?
    /// The scene as command-line arguments, for the line that replays it.
    public var sceneArguments: [String]

    /// `--schedule 1,2,2` (the picks so far).
    public var scheduleArgument: String {
        picks.isEmpty ? "--schedule (none yet)" : "--schedule " + TurnSchedule(threads: picks).commandLine
    }

    /// The command that replays the picks: `stepviz watch locks --scene naive --schedule 1,2,2,1`.
    public func command(panel: String) -> String {
        TurnSchedule(threads: picks).command(panel: panel, sceneArguments: sceneArguments)
    }
}
