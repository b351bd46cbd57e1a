import Testing

@testable import StepvizTerminal

@Suite("FramePacer")
struct FramePacerTests {
    /// A pacer with the session's defaults, driven by plain function calls
    /// (so #expect can show the values).
    private final class Driver {
        var pacer = FramePacer(frameInterval: 33, idleWait: 250)
        func tick(_ now: Int, wantsTicks: Bool = true) -> Int? { pacer.tick(now: now, wantsTicks: wantsTicks) }
        func draw(_ now: Int) -> Bool { pacer.draw(now: now) }
        func wait(_ now: Int, wantsTicks: Bool = true) -> Int { pacer.wait(now: now, wantsTicks: wantsTicks) }
        func message() { pacer.needsDraw = true }
    }

    @Test("while the app plays, ticks and frames come once per frame interval with the elapsed time")
    func playing() {
        let driver = Driver()
        #expect(driver.tick(1000) == nil)  // the clock starts
        #expect(driver.draw(1000))
        #expect(driver.wait(1000) == 33)
        #expect(driver.tick(1010) == nil)  // a key came early: no tick yet
        #expect(driver.wait(1010) == 23)
        #expect(driver.tick(1033) == 33)
        driver.message()
        #expect(driver.draw(1033))
        #expect(driver.tick(1090) == 57)  // a slow frame: the real elapsed time
    }

    @Test("frames are capped even when messages keep arriving")
    func frameCap() {
        let driver = Driver()
        var drawn = 0
        for now in 0..<1000 {  // a message every millisecond
            driver.message()
            if driver.draw(now) { drawn += 1 }
        }
        #expect(drawn == 31)  // at 0, 33, ..., 990
    }

    @Test("idle: long waits, no ticks, and no huge first tick after a pause")
    func idle() {
        let driver = Driver()
        #expect(driver.draw(0))
        #expect(driver.tick(0, wantsTicks: false) == nil)
        #expect(driver.wait(0, wantsTicks: false) == 250)
        #expect(driver.tick(60_000, wantsTicks: false) == nil)
        // Play pressed after a minute: the first tick carries 33 ms, not 60 s.
        #expect(driver.tick(60_000) == nil)
        driver.message()
        #expect(driver.draw(60_000))
        #expect(driver.tick(60_033) == 33)
    }

    @Test("a pending frame shortens the wait when idle")
    func pendingFrame() {
        let driver = Driver()
        #expect(driver.draw(0))
        driver.message()  // a key at 5 ms
        #expect(!driver.draw(5))
        #expect(driver.wait(5, wantsTicks: false) == 28)
        #expect(driver.draw(33))
        #expect(driver.wait(33, wantsTicks: false) == 250)
    }
}
