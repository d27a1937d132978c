// swift-tools-version:6.1
// Stip's benchmarks (package-benchmark), kept out of the root package so that CI's
// `swift test` never builds them. Run from this folder: `swift package benchmark`.
import Foundation
import PackageDescription

// A path dependency's identity is the name of its folder ("main" in the usual checkout),
// not the package's name, so read it from where this manifest sits.
let rootIdentity = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .lastPathComponent
    .lowercased()

let package = Package(
    name: "stip-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        // MallocInterposer only: the default traits also pull in a runtime interposer for
        // Linux Swift 6.3 that this machine does not have.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The synthetic dataset every benchmark and the numpy comparison share.
        .target(
            name: "SyntheticMonitor",
            dependencies: [.product(name: "Monitor", package: rootIdentity)]
        ),
        // Prints Stip's results on the synthetic data as CSV, for numpy_robustness.py --compare.
        .executableTarget(
            name: "monitor-synthetic-dump",
            dependencies: ["SyntheticMonitor", .product(name: "Monitor", package: rootIdentity)]
        ),
        .executableTarget(
            name: "MonitorBenchmarks",
            dependencies: [
                "SyntheticMonitor",
                .product(name: "Monitor", package: rootIdentity),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/MonitorBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
