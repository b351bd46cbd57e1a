/// The seed each dashboard panel's demo runs on, derived from the run's
/// seed and the panel's name, so that the heap's first `heapify` and the
/// deque's first `extend` do not start from the same numbers, while the
/// same `--seed` still gives the same dashboard.
public enum PanelSeed {
    /// SplitMix64 (Steele, Lea and Flood, 2014) of `seed` mixed with the
    /// 64-bit FNV-1a hash of `panel`'s UTF-8 bytes: stable across runs,
    /// platforms and Swift versions (unlike `Hasher`), reduced below a
    /// million so the header stays short and `watch <panel> --seed N`
    /// with the number it shows replays that panel.
    ///
    ///     PanelSeed.derive(1, panel: "heap") != PanelSeed.derive(1, panel: "deque")   // true
    ///
    /// - Complexity: O(*n*) in the name's length.
    public static func derive(_ seed: UInt64, panel: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in panel.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        var z = (seed ^ hash) &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return (z ^ (z >> 31)) % 1_000_000
    }
}
