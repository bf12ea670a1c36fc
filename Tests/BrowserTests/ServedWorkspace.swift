import Foundation
import LoopbackHTTP

/// `housing-match serve` on a fresh copy of the example workspace, on a free
/// port, as a user starts it; stopped when the test is done.
final class ServedWorkspace: @unchecked Sendable {
    let folder: URL
    let address: URL
    private let process: Process

    /// Starts the server on a copy of the example (scenario and variants) and waits for its address.
    init(extraArguments: [String] = []) throws {
        guard let binary = BrowserBinaries.housingMatch else { throw BrowserTestError.serverDidNotStart("no housing-match binary") }
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hm-browser-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let scenarios = BrowserBinaries.repositoryRoot.appendingPathComponent("scenarios")
        try FileManager.default.copyItem(at: scenarios.appendingPathComponent("utrecht-oost.yaml"),
                                         to: folder.appendingPathComponent("scenario.yaml"))
        process = Process()
        process.executableURL = binary
        process.arguments = ["serve", folder.path, "--port", "0"] + extraArguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var printed = ""
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
            if let range = printed.range(of: "Open in your browser:"), printed[range.upperBound...].contains("\n") { break }
        }
        guard let line = printed.split(separator: "\n").first(where: { $0.contains("Open in your browser:") }),
              let url = line.split(separator: " ").last.flatMap({ URL(string: String($0)) }) else {
            process.terminate()
            throw BrowserTestError.serverDidNotStart(printed)
        }
        address = url
    }

    func url(_ path: String) -> URL {
        URL(string: path, relativeTo: address)!.absoluteURL
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    deinit { stop() }
}

enum BrowserTestError: Error, CustomStringConvertible {
    case serverDidNotStart(String)
    case driverDidNotStart
    case webDriver(String)

    var description: String {
        switch self {
        case .serverDidNotStart(let printed): "housing-match serve did not print its address: \(printed)"
        case .driverDidNotStart: "chromedriver did not start"
        case .webDriver(let message): "WebDriver: \(message)"
        }
    }
}

/// Where the programs the browser tests run are.
enum BrowserBinaries {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var housingMatch: URL? { BuiltTool.housingMatch }

    static let chromedriver: String? = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static let chromium: String? = ["/usr/bin/chromium", "/usr/lib/chromium/chromium"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var available: Bool { chromedriver != nil && chromium != nil }

    /// Skipped on a machine without the browser, but never in CI, where a missing browser is a failure.
    static var shouldRun: Bool { available || ProcessInfo.processInfo.environment["CI"] != nil }

    /// Screenshots of the pages go here: build artefacts, not committed.
    static let screenshotFolder = repositoryRoot.appendingPathComponent(".build/browser-screenshots", isDirectory: true)
}
