import StepvizCore
import StepvizEvents

/// The code the panel shows with its running line: asyncio's `_run_once`
/// (`base_events.py`, shortened), then the notes' `Server` callbacks
/// (server scene) or asyncio's `Task.__step` (tasks scene), and which line
/// each step of the library runs.
public enum EventLoopPseudocode {
    static let loop = [
        "def _run_once(self):",
        "  timeout = 0 if self._ready else (",
        "    self._scheduled[0].when - self.time())",
        "  events = self._selector.select(timeout)",
        "  self._process_events(events)  # fd ready:",
        "    #   self._ready.append(key.data)",
        "  while self._scheduled[0].when <= now:",
        "    self._ready.append(heappop(self._scheduled))",
        "  for i in range(len(self._ready)):",
        "    handle = self._ready.popleft()",
        "    handle._run()",
    ]
    static let server = [
        "def accept(self, sock, mask):",
        "  conn, addr = sock.accept()",
        "  selector.register(conn, EVENT_READ, self.connected)",
        "def connected(self, conn, mask):",
        "  data = conn.recv(1024)",
        "  if not data:",
        "    selector.unregister(conn); conn.close()",
    ]
    static let tasks = [
        "class Task(Future):",
        "  def __step(self, value=None):",
        "    result = self._coro.send(value)",
        "    result.add_done_callback(self.__wakeup)",
        "    # StopIteration: self.set_result(value)",
    ]

    /// The listing for a scene.
    public static func listing(for scene: EventLoopScene.Kind) -> [String] {
        loop + (scene == .server ? server : tasks)
    }

    /// The listing's title.
    public static func title(for scene: EventLoopScene.Kind) -> String {
        scene == .server ? "BaseEventLoop + the notes' Server" : "BaseEventLoop + Task"
    }

    /// The line current once `event` has happened, given the line before.
    public static func line(after event: EventLoopStepEvent, in scene: EventLoopScene.Kind, from previous: Int?) -> Int? {
        let extra = loop.count
        switch event {
        case .begin("run_once"): return 0
        case .begin, .scene, .error: return nil
        case .state: return previous
        case .loop(let event):
            switch event {
            case .selected, .clockAdvanced: return 3
            case .callbackQueued:
                // Queued by a ready fd, a due timer, or a callback that runs.
                switch previous {
                case 3, 4: return 5
                case 6, 7: return 7
                default: return previous
                }
            case .timerPopped(_, _, _, cancelled: false): return 7
            case .callbackRun, .callbackSkipped: return 10
            case .iterationEnded: return 8
            case .socketAccepted: return scene == .server ? extra + 1 : previous
            case .registered: return scene == .server && previous == extra + 1 ? extra + 2 : previous
            case .socketReceived(_, let bytes): return scene == .server ? (bytes.isEmpty ? extra + 5 : extra + 4) : previous
            case .unregistered, .socketClosed: return scene == .server && previous == extra + 5 ? extra + 6 : previous
            case .taskCreated: return previous
            case .taskStep: return scene == .tasks ? extra + 2 : previous
            case .taskAwaits: return scene == .tasks ? extra + 3 : previous
            case .taskDone: return scene == .tasks ? extra + 4 : previous
            default: return previous
            }
        }
    }
}
