import Glibc
import StepvizRender

@testable import StepvizTerminal

/// A person at the keyboard, as a script: each cue waits until what it
/// looks for is true (on the screen, at the gate), then presses a key or
/// does something. A cue not met within its patience is written down as
/// a failure and the script presses q, so the loop ends either way.
final class ScriptedInput: LiveInput {
    struct Cue {
        enum Action {
            case press(Key)
            case run(() -> Void)
        }
        let waitsFor: String
        let when: () -> Bool
        let then: Action
    }

    let size: (width: Int, height: Int)
    private var cues: [Cue]
    private var cueStarted: Double?
    private let patience: Double
    /// The cues that were never met, by what they waited for.
    private(set) var unmet: [String] = []

    init(width: Int, height: Int, patience seconds: Double = 10, cues: [Cue]) {
        size = (width, height)
        self.cues = cues
        patience = seconds
    }

    func read(timeout milliseconds: Int) -> TerminalInput? {
        guard let cue = cues.first else { return .key(.character("q")) }
        let now = Double(MonotonicClock.milliseconds()) / 1000
        let started = cueStarted ?? now
        cueStarted = started
        guard cue.when() else {
            if now - started > patience {
                unmet.append(cue.waitsFor)
                cues.removeAll()
                return .key(.character("q"))
            }
            // A real read blocks up to its timeout; a short nap keeps the
            // loop's own pace.
            usleep(UInt32(min(max(milliseconds, 0), 5)) * 1_000)
            return nil
        }
        cues.removeFirst()
        cueStarted = nil
        switch cue.then {
        case .press(let key): return .key(key)
        case .run(let body):
            body()
            return nil
        }
    }

    func sizeChanged() {}
}
