// swift-tools-version:6.1
// Stip's fuzz targets (libFuzzer), one executable per reader of outside input, kept out of
// the root package so that CI's `swift test` never builds them. Build and run them with
// `scripts/fuzz.sh TARGET SECONDS` from the repository's root; see README.md here.
import Foundation
import PackageDescription

// A path dependency's identity is the name of its folder, not the package's name (see Benchmarks/).
let rootIdentity = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .lastPathComponent
    .lowercased()

let monitor = Target.Dependency.product(name: "Monitor", package: rootIdentity)
let core = Target.Dependency.product(name: "Core", package: rootIdentity)

/// A libFuzzer executable for one reader: its `main` hands `LLVMFuzzerTestOneInput` to libFuzzer.
func fuzzTarget(_ name: String, _ reader: Target.Dependency) -> Target {
    .executableTarget(name: name, dependencies: ["ReaderFuzzing", reader])
}

let package = Package(
    name: "stip-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..")],
    targets: [
        // What every target shares: the input as a scratch file, the error form they check.
        .target(name: "LibFuzzerDriver"),
        .target(name: "ReaderFuzzing", dependencies: ["LibFuzzerDriver"]),
        fuzzTarget("FuzzKWB", monitor),
        fuzzTarget("FuzzLongTable", monitor),
        fuzzTarget("FuzzCSVTable", monitor),
        fuzzTarget("FuzzGeoJSON", monitor),
        fuzzTarget("FuzzODataJSON", monitor),
        fuzzTarget("FuzzPlanYAML", core),
        fuzzTarget("FuzzPeopleAndMoneyYAML", core),
    ],
    swiftLanguageModes: [.v6]
)
