// swift-tools-version: 6.1
// HousingMatch: a matchmaking engine for inclusive housing groups.
// Layers, each importing only those below it:
//   CGLPK (C module map) -> CGLPKGuard (C error guard) -> GLPKBackend
//   CCBC (C module map) -> CCBCRunner (CBC in a forked child process) -> CBCBackend
//   LinearProgramming (solver-independent model and backend protocol)
//   HousingMatch (domain, validation, formulation, checker)
//   Wording (the message catalogue, nl and en: every word a person reads)
//   ScenarioIO (JSON/YAML files)
//   Spreadsheets (CSV and XLSX cells, no domain)
//   HousingMatchReports (the comparison report and sweep chart, shared by the CLI and the web app)
//   HousingMatchWeb (the web workspace: routes and pages on Hummingbird)
//   HousingMatchCLI (`housing-match`, whose `serve` starts the web workspace)
import PackageDescription

let package = Package(
    name: "HousingMatch",
    products: [
        .library(name: "HousingMatch", targets: ["HousingMatch", "ScenarioIO"]),
        .library(name: "LinearProgramming", targets: ["LinearProgramming", "GLPKBackend", "CBCBackend"]),
        .executable(name: "housing-match", targets: ["HousingMatchCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // Without its default traits Hummingbird leaves out swift-configuration: a shorter clean build.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0", traits: []),
        // Already in Hummingbird's tree; named for the header and logger types the web app uses.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        // XLSX files are ZIP archives of XML parts.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // The C API of GLPK. Debian's libglpk-dev ships no glpk.pc, so no pkgConfig.
        .systemLibrary(
            name: "CGLPK",
            path: "Sources/CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        // Turns a GLPK abort into an error code: setjmp/longjmp must stay in C.
        .target(name: "CGLPKGuard", dependencies: ["CGLPK"]),
        .target(name: "LinearProgramming"),
        // The C interface of CBC 2.10 (and Clp's, for linear programmes); Debian ships cbc.pc.
        .systemLibrary(
            name: "CCBC",
            path: "Sources/CCBC",
            pkgConfig: "cbc",
            providers: [.apt(["coinor-libcbc-dev"])]
        ),
        // Runs each CBC solve in a forked child: an abort in CBC ends the child, not us.
        .target(name: "CCBCRunner", dependencies: ["CCBC"]),
        .target(
            name: "CBCBackend",
            dependencies: ["CCBCRunner", "LinearProgramming"]
        ),
        .target(
            name: "GLPKBackend",
            dependencies: ["CGLPK", "CGLPKGuard", "LinearProgramming"]
        ),
        .target(
            name: "HousingMatch",
            dependencies: ["LinearProgramming", "GLPKBackend", "CBCBackend", "Wording"]
        ),
        // Words only: no solver, no files. The library, the CLI and the web app speak through it.
        .target(name: "Wording"),
        // HTML text and SVG charts, drawn the same in the CLI's reports and the web pages.
        .target(name: "HTMLRendering"),
        // Sheets of cells read from and written to CSV and XLSX, as spreadsheet programs write them.
        .target(name: "Spreadsheets", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Spreadsheets of households, groups, sites and providers merged into scenarios; names kept apart in a key file.
        .target(name: "SpreadsheetImport", dependencies: ["HousingMatch", "ScenarioIO", "Spreadsheets", "Wording"]),
        .target(
            name: "ScenarioIO",
            dependencies: ["HousingMatch", "Wording", .product(name: "Yams", package: "Yams")]
        ),
        // The match as CSV, XLSX and printable lists (`housing-match lists`).
        .target(name: "MatchExport", dependencies: ["HousingMatch", "ScenarioIO", "Spreadsheets", "Wording", "HTMLRendering"]),
        // Reports both the CLI and the web app draw: one implementation of each.
        .target(name: "HousingMatchReports", dependencies: ["HousingMatch", "ScenarioIO", "HTMLRendering", "Wording"]),
        .target(
            name: "HousingMatchWeb",
            dependencies: [
                "HousingMatch", "ScenarioIO", "Wording", "HTMLRendering", "HousingMatchReports",
                "Spreadsheets", "SpreadsheetImport", "MatchExport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "HousingMatchCLI",
            dependencies: [
                "HousingMatch", "ScenarioIO", "HousingMatchWeb", "Wording", "HTMLRendering", "HousingMatchReports",
                "SpreadsheetImport", "MatchExport", "Spreadsheets",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LinearProgrammingTests", dependencies: ["LinearProgramming"]),
        .testTarget(
            name: "BackendConformanceTests",
            dependencies: ["LinearProgramming", "GLPKBackend", "CBCBackend", "Wording"]
        ),
        .testTarget(name: "HousingMatchTests", dependencies: ["HousingMatch", "ScenarioIO", "GLPKBackend", "Wording"]),
        .testTarget(name: "ScenarioIOTests", dependencies: ["ScenarioIO", "HousingMatch"]),
        .testTarget(name: "MatchExportTests",
                    dependencies: ["MatchExport", "Spreadsheets", "SpreadsheetImport", "HousingMatch", "ScenarioIO", "Wording", "HousingMatchCLI", "LoopbackHTTP",
                                   .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "WordingTests", dependencies: ["Wording"]),
        .testTarget(name: "SpreadsheetsTests",
                    dependencies: ["Spreadsheets", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "SpreadsheetImportTests",
                    dependencies: ["SpreadsheetImport", "Spreadsheets", "HousingMatch", "ScenarioIO", "Wording", "HousingMatchCLI", "LoopbackHTTP"]),
        .testTarget(name: "HousingMatchWebTests",
                    dependencies: ["HousingMatchWeb", "HousingMatch", "ScenarioIO", "Wording", "LoopbackHTTP", "HousingMatchCLI",
                                   "HousingMatchReports", "Spreadsheets"]),
        // Drives Debian's chromium through chromedriver against `housing-match serve`; the CLI dependency builds the binary.
        .testTarget(name: "BrowserTests", dependencies: ["HousingMatchCLI", "LoopbackHTTP"]),
        // A small HTTP client for servers on 127.0.0.1, shared by the web and browser tests.
        .target(name: "LoopbackHTTP", path: "Tests/Support/LoopbackHTTP"),
        // No household's care type or hours without --with-care-details, across every command and page.
        .testTarget(name: "PrivacyTests", dependencies: ["HousingMatchCLI", "HousingMatch", "ScenarioIO", "Wording", "LoopbackHTTP"]),
        .testTarget(name: "HousingMatchCLITests", dependencies: ["HousingMatchCLI", "HousingMatch", "ScenarioIO", "HTMLRendering"]),
        // Malformed and extreme files; depends on the CLI target so that its binary is built for the subprocess runs.
        .testTarget(
            name: "FuzzTests",
            dependencies: ["HousingMatch", "ScenarioIO", "GLPKBackend", "HousingMatchCLI"],
            exclude: ["Corpus"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
