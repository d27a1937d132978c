// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "stip",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "stip", targets: ["stip"]),
        // For the benchmarks in Benchmarks/, a package of their own that CI does not build.
        .library(name: "Monitor", targets: ["Monitor"]),
        // For the fuzz targets in Fuzz/, also a package of their own (the plan and people-and-money readers).
        .library(name: "Core", targets: ["Core"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.0.0"),
        // For the page snapshots of AppTests only (its SnapshotTesting product, not InlineSnapshotTesting).
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.0"),
    ],
    targets: [
        // The programme register's domain: plain Swift, no web framework, no database.
        .target(
            name: "Core",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // The broad well-being monitor's method: normalisation, aggregation, ranks, focus selection, robustness;
        // Foundation, and swift-crypto for SHA-256 (an import's checksum, the audit chain): no web, no database.
        .target(
            name: "Monitor",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // The files Stip ships with, built into the binary from Seeds/ at the repository root (the one
        // copy people edit), so a binary copied alone to a server starts with the default plan.
        // Each becomes a byte array in generated Swift: a changed seed costs about 25 s of compiling.
        .target(
            name: "Seeds",
            dependencies: ["Core", "Monitor"],
            resources: [
                .embedInCode("../../Seeds/zuid-limburg-pva-1.0.yaml"),
                .embedInCode("../../Seeds/zuid-limburg-pva-1.0-document.txt"),
                .embedInCode("../../Seeds/zuid-limburg-middelen-2020-2021.yaml"),
                .embedInCode("../../Seeds/monitor/indicators.csv"),
                .embedInCode("../../Seeds/monitor/regions.csv"),
            ]
        ),
        // FluentKit models, migrations and the SQLite/PostgreSQL switch (no Vapor); the register's and the monitor's data.
        .target(
            name: "Storage",
            dependencies: [
                "Core", "Monitor",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The use cases, between the edges and Storage (no Vapor): each edit, import, decision
        // and seeding is one call that checks who asks, validates and writes in one transaction,
        // for the web app and the stip commands alike.
        .target(
            name: "Services",
            dependencies: ["Core", "Monitor", "Storage"]
        ),
        // Vapor: routes, pages (Plot, Model + View), the JSON API.
        .target(
            name: "App",
            dependencies: [
                "Core", "Services", "Storage", "Seeds",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Plot", package: "Plot"),
            ],
            // The translations of the screens, a plain table per language, built into the binary.
            resources: [.embedInCode("Phrases/en.txt"), .embedInCode("Phrases/de.txt"), .embedInCode("Phrases/fr.txt")]
        ),
        .executableTarget(
            name: "stip",
            dependencies: [
                "App", "Core", "Services", "Storage", "Monitor", "Seeds",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: the plan file, scratch databases on SQLite and PostgreSQL.
        .target(
            name: "StipTestSupport",
            dependencies: [
                "Core", "Storage",
                .product(name: "FluentKit", package: "fluent-kit"),
            ],
            path: "Tests/StipTestSupport"
        ),
        .testTarget(name: "CoreTests", dependencies: ["Core", "StipTestSupport"]),
        .testTarget(name: "MonitorTests", dependencies: ["Monitor", .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "SeedsTests", dependencies: ["Seeds", "Core", "Monitor"]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "Core", "StipTestSupport"]),
        .testTarget(name: "ServicesTests", dependencies: ["Services", "Storage", "Core", "Seeds", "StipTestSupport"]),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App", "Core", "Services", "Storage", "Monitor", "Seeds", "StipTestSupport",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
