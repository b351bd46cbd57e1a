import StepvizRender
import StepvizTestSupport
import Testing

@Suite struct PlayerTests {
    @Test func playingAdvancesOneStepPerPeriod() {
        var player = Player(speed: 4, playing: true)
        player.update(.tick(249), stepCount: 10)
        #expect(player.position == 0)
        player.update(.tick(1), stepCount: 10)
        #expect(player.position == 1)
        player.update(.tick(750), stepCount: 10)
        #expect(player.position == 4)
    }

    @Test func stopsAtTheEnd() {
        var player = Player(speed: 10, playing: true)
        player.update(.tick(10_000), stepCount: 5)
        #expect(player.position == 5)
        #expect(!player.isPlaying)
        player.update(.togglePlay, stepCount: 5)
        #expect(!player.isPlaying, "play at the end stays paused")
    }

    @Test func stepBackSettlesAndForwardAnimates() {
        var player = Player(speed: 2, playing: false)
        player.update(.stepForward, stepCount: 3)
        #expect(player.position == 1)
        #expect(player.animationProgress == 0)
        player.update(.tick(player.animationDuration / 2), stepCount: 3)
        #expect(player.animationProgress! > 0.4 && player.animationProgress! < 0.6)
        player.update(.tick(player.animationDuration), stepCount: 3)
        #expect(player.animationProgress == nil)
        player.update(.stepBack, stepCount: 3)
        #expect(player.position == 0 && player.animationProgress == nil)
        player.update(.stepBack, stepCount: 3)
        #expect(player.position == 0)
    }

    @Test func speedStaysInRange() {
        var player = Player(speed: 3, playing: false)
        for _ in 0..<40 { player.update(.faster, stepCount: 0) }
        #expect(player.speed == Player.speeds.upperBound)
        for _ in 0..<40 { player.update(.slower, stepCount: 0) }
        #expect(player.speed == Player.speeds.lowerBound)
    }

    @Test func firstLastAndSeekPause() {
        var player = Player(speed: 3, playing: true)
        player.update(.last, stepCount: 9)
        #expect(player.position == 9 && !player.isPlaying)
        player.update(.first, stepCount: 9)
        #expect(player.position == 0)
        player.update(.seek(42), stepCount: 9)
        #expect(player.position == 9)
    }

    /// Ticks in small and large slices reach the same position.
    @Test(arguments: [1, 7, 33, 50, 333]) func tickSlicesDoNotMatter(slice: Int) {
        var sliced = Player(speed: 5, playing: true)
        var whole = Player(speed: 5, playing: true)
        var elapsed = 0
        while elapsed + slice <= 3000 {
            sliced.update(.tick(slice), stepCount: 100)
            elapsed += slice
        }
        whole.update(.tick(elapsed), stepCount: 100)
        #expect(sliced.position == whole.position)
    }
}
