// swift-tools-version: 6.0
// stepviz: a terminal visualizer for heaps, deques, LRU caches, locks and schedulers.
// Modules follow the data flow of DESIGN.md, one direction only:
//   StepvizCore (real libraries) → StepvizEvents (typed steps, JSON Lines, operations)
//   → StepvizRender (timeline, player, panels, canvas, recordings) → StepvizTerminal (ncurses)
import PackageDescription

/// Invariant checks after every mutation, compiled into debug builds only.
let internalChecks: [SwiftSetting] = [
    .define("STEPVIZ_INTERNAL_CHECKS", .when(configuration: .debug))
]

let package = Package(
    name: "stepviz",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "StepvizCore", targets: ["StepvizCore"]),
        .executable(name: "stepviz", targets: ["stepviz"]),
        .executable(name: "stepviz-bench", targets: ["stepviz-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Benchmark baselines only (stepviz-bench); the library itself depends on nothing.
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        // epoll, FIONREAD and TCP_INFO for the event loop's selector (Glibc's module has none of them).
        .systemLibrary(name: "CEpoll", path: "Sources/CEpoll"),
        // The schedulers' coroutine context switch (assembly) and guarded stacks.
        .target(name: "CStepvizContext"),
        .target(name: "StepvizCore", dependencies: ["CEpoll", "CStepvizContext"], swiftSettings: internalChecks),
        .target(name: "StepvizEvents", dependencies: ["StepvizCore"], swiftSettings: internalChecks),
        .target(name: "StepvizRender", dependencies: ["StepvizCore", "StepvizEvents"], swiftSettings: internalChecks),
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .target(name: "StepvizTerminal", dependencies: ["CNcurses", "StepvizRender"]),
        .executableTarget(
            name: "stepviz",
            dependencies: [
                "StepvizCore", "StepvizEvents", "StepvizRender", "StepvizTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "stepviz-bench",
            dependencies: [
                "StepvizCore", "StepvizEvents", "StepvizRender",
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "DequeModule", package: "swift-collections"),
            ]
        ),
        // What every test target shares (swift-collections' _CollectionsTestSupport):
        // the CPython vectors, golden frames, the sentinel and stream-contract checks.
        .target(
            name: "StepvizTestSupport", dependencies: ["StepvizCore", "StepvizEvents", "StepvizRender"],
            path: "Tests/StepvizTestSupport", resources: [.copy("Vectors")]
        ),
        .testTarget(name: "StepvizCoreTests", dependencies: ["StepvizCore", "StepvizTestSupport"]),
        .testTarget(
            name: "StepvizEventsTests", dependencies: ["StepvizCore", "StepvizEvents", "StepvizRender", "StepvizTestSupport"],
            exclude: ["Fixtures"]),
        // Golden frames are read (and rewritten) in the source tree, not bundled.
        .testTarget(
            name: "StepvizRenderTests", dependencies: ["StepvizCore", "StepvizEvents", "StepvizRender", "StepvizTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "StepvizTerminalTests",
            dependencies: ["CNcurses", "StepvizCore", "StepvizEvents", "StepvizRender", "StepvizTerminal", "StepvizTestSupport"]),
        .testTarget(
            name: "StepvizEndToEndTests", dependencies: ["stepviz", "StepvizEvents", "StepvizRender", "StepvizTestSupport"],
            exclude: ["HelpSnapshots"]),
    ]
)
