import StepvizCore
import StepvizEvents

/// The notes' `TaskScheduler` and `ActorScheduler` (Python, as written
/// there, two-space indents), and which line each step of the library runs.
/// The notes' `print("Sending ", ...)` in the actors' run loop is left out:
/// the library does not print it, and the transcript shows only what it did.
public enum SchedulerPseudocode {
    /// The listing for a scene.
    public static func listing(for scene: SchedulerScene.Kind) -> [String] {
        scene == .tasks ? tasks : actors
    }

    /// The listing's title, the class it is.
    public static func title(for scene: SchedulerScene.Kind) -> String {
        scene == .tasks ? "TaskScheduler" : "ActorScheduler"
    }

    /// The line current once `event` has happened, given the line current
    /// before it: a few events (a queue written after a spawn, a step or a
    /// send) mean different lines by what came before.
    public static func line(after event: SchedulerStepEvent, in scene: SchedulerScene.Kind, from previous: Int?) -> Int? {
        switch (scene, event) {
        case (_, .state): return previous
        case (_, .begin("quit")), (_, .scheduler(.cancelled)): return nil

        case (.tasks, .begin("step")): return 3
        case (.tasks, .begin), (.tasks, .scheduler(.spawn)): return 0
        case (.tasks, .scheduler(.queue)):
            switch previous {
            case 0: return 1  // new_task appends
            case 6: return 7  // next(task) returned at a yield: append
            case 8: return 9  // StopIteration: pass, not queued again
            default: return previous
            }
        case (.tasks, .scheduler(.resume)), (.tasks, .scheduler(.output)), (.tasks, .scheduler(.yield)),
            (.tasks, .scheduler(.failed)):
            return 6
        case (.tasks, .scheduler(.finish)): return 8

        case (.actors, .begin("step")): return 8
        case (.actors, .begin(let label)): return label.hasPrefix("spawn ") ? 0 : 3
        case (.actors, .scheduler(.spawn)): return 0
        case (.actors, .scheduler(.messages)):
            switch previous {
            case 0: return 1  // new_actor queues (actor, None)
            case 4: return 6  // send queues (actor, msg)
            default: return previous
            }
        case (.actors, .scheduler(.send)): return 4
        case (.actors, .scheduler(.drop)):
            return previous == 4 ? 5 : 12  // unknown name: `if actor:` fails; finished: StopIteration
        case (.actors, .scheduler(.deliver)): return 9
        case (.actors, .scheduler(.resume)), (.actors, .scheduler(.output)), (.actors, .scheduler(.yield)),
            (.actors, .scheduler(.failed)):
            return 11
        case (.actors, .scheduler(.finish)): return 12

        default: return previous
        }
    }

    static let tasks = [
        "def new_task(self, task):",
        "  self._task_queue.append(task)",
        "def run(self):",
        "  while self._task_queue:",
        "    task = self._task_queue.popleft()",
        "    try:",
        "      next(task)",
        "      self._task_queue.append(task)",
        "    except StopIteration:",
        "      pass",
    ]
    static let actors = [
        "def new_actor(self, name, actor):",
        "  self._msg_queue.append((actor, None))",
        "  self._actors[name] = actor",
        "def send(self, name, msg):",
        "  actor = self._actors.get(name)",
        "  if actor:",
        "    self._msg_queue.append((actor, msg))",
        "def run(self):",
        "  while self._msg_queue:",
        "    actor, msg = self._msg_queue.popleft()",
        "    try:",
        "      actor.send(msg)",
        "    except StopIteration:",
        "      pass",
    ]
}
