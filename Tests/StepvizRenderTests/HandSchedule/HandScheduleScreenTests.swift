import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// "You schedule" on the screens: `s` pauses on the run so far, each digit
/// runs one step of that thread on the real library, the status row holds
/// the `--schedule` that replays the picks, stepping back and picking
/// again forks, and the challenge is decided by the library's detection.
@Suite struct HandScheduleScreenTests {
    /// The naive scene, paused at its start, in "you schedule".
    static func naive(_ scene: String = "naive") throws -> PlaybackScreen {
        var screen = try PanelScreens.make("locks", EventRunOptions().with(\.scene, scene))
        screen.press(.character("s"))
        return screen
    }

    /// Picks `threads` in turn, letting each step's animation play out.
    static func pick(_ threads: [Int], on screen: inout PlaybackScreen) {
        for thread in threads {
            screen.press(.character(Character(String(thread))))
            play(&screen)
        }
    }

    static func play(_ screen: inout PlaybackScreen) {
        var ticks = 0
        while screen.playback.player.isPlaying || screen.playback.player.animationElapsed != nil, ticks < 10_000 {
            screen.updateInline(.tick(milliseconds: 100))
            ticks += 1
        }
    }

    @Test func sPausesOnTheRunSoFarWithEveryThreadsStanding() throws {
        let screen = try Self.naive()
        let hand = try #require(screen.playback.handSchedule)
        #expect(hand.picks.isEmpty)
        #expect(hand.choices?.movable == [1, 2])
        #expect(hand.challenge?.goal == "make the two threads deadlock")
        #expect(!screen.playback.player.isPlaying)
        // The run stops where the picks end: nothing to play past them.
        #expect(screen.playback.player.position == screen.playback.stepCount)
        let frame = screen.view(width: 80, height: 24)
        #expect(frame.lines[0].contains("goal: make the two threads deadlock"))
        #expect(frame.lines[22].contains("[1] T1  [2] T2"))
        #expect(frame.lines[23].contains("you schedule --schedule (none yet)"))
    }

    @Test func eachDigitRunsOneStepOfThatThread() throws {
        var screen = try Self.naive()
        Self.pick([1, 2, 2], on: &screen)
        let hand = try #require(screen.playback.handSchedule)
        #expect(hand.picks == [1, 2, 2])
        #expect(hand.choices?.standings == [.canMove, .waits(lock: "x", holder: 1)])
        let frame = screen.view(width: 80, height: 24)
        #expect(frame.lines[22].contains("[1] T1  T2 waits for x, held by T1"))
        #expect(frame.lines[23].contains("you schedule --schedule 1,2,2"))
        // The screen shows what the same schedule gives from the command line.
        let replay = LocksSession(
            scene: try LocksScene(options: EventRunOptions().with(\.scene, "naive").with(\.schedule, [1, 2, 2]).with(\.scheduleOnly, true)))
        replay.run()
        #expect(screen.playback.stepCount == replay.steps.endIndex)
        var replayed = LocksPanelModel()
        for step in replay.steps { replayed.apply(step) }
        #expect(screen.model(as: LocksPanelModel.self) == replayed)
    }

    @Test func aBlockedThreadsKeyIsRefusedWithItsReason() throws {
        var screen = try Self.naive()
        Self.pick([1, 2, 2], on: &screen)
        let before = screen.playback.stepCount
        screen.press(.character("2"))
        #expect(screen.status == ScreenStatus("step 4: thread 2 is blocked waiting for lock x held by thread 1", isError: true))
        #expect(screen.playback.stepCount == before)
        #expect(screen.playback.handSchedule?.picks == [1, 2, 2])
    }

    @Test func theDeadlockingScheduleReachesTheGoal() throws {
        var screen = try Self.naive()
        Self.pick([1, 2, 2, 1], on: &screen)
        let hand = try #require(screen.playback.handSchedule)
        guard case .reached(let what)? = hand.outcome else {
            Issue.record("no deadlock reached: \(String(describing: hand.outcome))")
            return
        }
        #expect(what == "deadlock T1 → T2 → T1, victim T1")
        #expect(screen.view(width: 80, height: 24).lines[22].contains("goal reached in 4 steps!"))
        screen.press(.character(":"))
        for character in "schedule" { screen.press(.character(character)) }
        screen.press(.enter)
        #expect(screen.status?.text == "stepviz watch locks --scene naive --schedule 1,2,2,1")
    }

    @Test func steppingBackThenPickingForksANewRun() throws {
        var screen = try Self.naive()
        Self.pick([1, 2, 2], on: &screen)
        // Back over the last turn (its steps), then the other thread.
        while screen.playback.handSchedule?.picks != [1, 2] { screen.press(.left) }
        #expect(screen.playback.handSchedule?.choices?.movable == [1, 2])
        Self.pick([1], on: &screen)
        #expect(screen.playback.handSchedule?.picks == [1, 2, 1])
        #expect(screen.playback.player.position == screen.playback.stepCount)
    }

    @Test func theOrderedSceneCannotBeDeadlocked() throws {
        var screen = try Self.naive("ordered")
        #expect(screen.playback.handSchedule?.challenge?.isReachable == false)
        // Whoever can move, the lowest thread first: every thread ends.
        var picks = 0
        while let movable = screen.playback.handSchedule?.choices?.movable.first, picks < 200 {
            Self.pick([movable], on: &screen)
            picks += 1
        }
        #expect(screen.playback.handSchedule?.outcome == .ended("every thread finished: no deadlock, no violation"))
    }

    @Test func sAgainLetsTheSeedGoOnFromThePicks() throws {
        var screen = try Self.naive()
        Self.pick([2, 2], on: &screen)
        let position = screen.playback.player.position
        screen.press(.character("s"))
        #expect(screen.playback.handSchedule == nil)
        #expect(screen.playback.player.position == position)
        #expect(screen.playback.stepCount > position)
        let seeded = LocksSession(scene: try LocksScene(options: EventRunOptions().with(\.scene, "naive").with(\.schedule, [2, 2])))
        seeded.run()
        #expect(screen.playback.stepCount == seeded.steps.endIndex)
    }

    @Test func theSchedulerPicksWhichCoroutineResumes() throws {
        var screen = try PanelScreens.make("scheduler", EventRunOptions(ops: "countdown 2; countup 2"))
        screen.press(.character("s"))
        #expect(screen.playback.handSchedule?.choices?.movable == [1, 2])
        for id in [2, 2, 2] {
            screen.press(.character(Character(String(id))))
            var screenCopy = screen
            Self.play(&screenCopy)
            screen = screenCopy
        }
        let hand = try #require(screen.playback.handSchedule)
        #expect(hand.picks == [2, 2, 2])
        #expect(hand.choices?.standings == [.canMove, .finished])
        #expect(screen.view(width: 80, height: 24).lines[22].contains("[1] #1  #2 finished"))
        #expect(hand.command(panel: "scheduler") == "stepviz watch scheduler --scene tasks --ops 'countdown 2; countup 2' --schedule 2,2,2")
    }

    @Test func panelsWithoutThreadsSaySo() throws {
        var screen = try PanelScreens.make("heap")
        screen.press(.character("s"))
        #expect(screen.playback.handSchedule == nil)
        #expect(screen.status?.text == "heap has no threads to schedule (s works in locks and scheduler)")
    }

    @Test func theDashboardsDigitsPickOnlyInTheMode() throws {
        var dashboard = PlaybackScreen.demo()
        let locks = try #require(dashboard.panels.firstIndex { $0.name == "locks" })
        dashboard.press(.character(Character(String(locks + 1))))
        #expect(dashboard.focus == locks)
        dashboard.press(.character("s"))
        #expect(dashboard.playback.handSchedule != nil)
        let choices = try #require(dashboard.playback.handSchedule?.choices?.movable)
        dashboard.press(.character(Character(String(choices[0]))))
        // The digit picked a thread; the focus stayed.
        #expect(dashboard.focus == locks)
        #expect(dashboard.playback.handSchedule?.picks.isEmpty == false || dashboard.playback.player.isPlaying)
        dashboard.press(.tab)
        #expect(dashboard.focus == (locks + 1) % dashboard.panels.count)
        dashboard.press(.character("1"))
        #expect(dashboard.focus == 0)
    }

    @Test func goldenFrameOfAPickAt80x24() throws {
        var screen = try Self.naive()
        Self.pick([1, 2, 2], on: &screen)
        try GoldenFrame.check(screen.view(width: 80, height: 24), named: "locks/you-schedule-80x24")
        let monochrome = try Self.naive()
        try GoldenFrame.check(monochrome.view(width: 80, height: 24).withoutColor, named: "locks/you-schedule-start-80x24-monochrome")
    }
}
