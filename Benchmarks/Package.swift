// swift-tools-version: 6.1
// Benchmarks of the HousingMatch engine, in their own package so that the
// main package's build and CI never compile the benchmark tooling.
// Run from this folder: swift package benchmark
import PackageDescription

let package = Package(
    name: "HousingMatchBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "HousingMatch", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "HousingMatch", package: "HousingMatch"),
                .product(name: "LinearProgramming", package: "HousingMatch"),
            ],
            path: "Benchmarks/EngineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
