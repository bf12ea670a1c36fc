import Foundation
import HousingMatch
import HousingMatchWeb
import LoopbackHTTP
import ScenarioIO

/// `housing-match serve` started by the test on a free port, with a workspace
/// folder of its own; `stop()` ends it and removes the folder. A process of its
/// own, not a server inside the test process: there, the other suites' solves
/// held Swift's two pool threads and the server could not answer.
final class RunningServer: Sendable {
    let address: URL
    let folder: URL
    /// The same workspace folder, read from the test's side (its history, its file).
    let workspace: Workspace
    private let process: Process

    /// Starts on a copy of the example, or on `scenario` written as the workspace's file.
    static func start(scenario: Scenario? = nil, accessToken: String? = nil) async throws -> RunningServer {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hm-web-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("scenario.yaml")
        if let scenario {
            try ScenarioWriter.data(scenario, format: .yaml).write(to: file)
        } else {
            try FileManager.default.copyItem(at: Self.example, to: file)
        }
        guard let binary = BuiltTool.housingMatch else { throw LoopbackHTTP.Failure.malformed("no housing-match binary") }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", folder.path, "--port", "0"] + (accessToken.map { ["--token", $0] } ?? [])
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Read the printed address on a thread of its own: the read blocks.
        let printed: String? = await withCheckedContinuation { continuation in
            Thread {
                var text = ""
                let deadline = Date().addingTimeInterval(120)
                while Date() < deadline {
                    let chunk = output.fileHandleForReading.availableData
                    if chunk.isEmpty { break }
                    text += String(decoding: chunk, as: UTF8.self)
                    if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Open in your browser: ") }),
                       text.hasSuffix("\n") || text.contains("Stop with") {
                        continuation.resume(returning: String(line.dropFirst("Open in your browser: ".count)))
                        return
                    }
                }
                continuation.resume(returning: nil)
            }.start()
        }
        guard let printed, let url = URL(string: printed) else {
            process.terminate()
            throw LoopbackHTTP.Failure.malformed("the server did not start")
        }
        return RunningServer(address: url, folder: folder, workspace: try Workspace(folder: folder), process: process)
    }

    private init(address: URL, folder: URL, workspace: Workspace, process: Process) {
        self.address = address
        self.folder = folder
        self.workspace = workspace
        self.process = process
    }

    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scenarios/utrecht-oost.yaml")

    /// The address of `path` on this server (without any token in the printed address).
    func url(_ path: String) -> URL {
        var components = URLComponents(url: address, resolvingAgainstBaseURL: false)!
        components.query = nil
        let base = components.url!
        return URL(string: path, relativeTo: base)!.absoluteURL
    }

    func get(_ path: String, headers: [String: String] = [:]) async throws -> LoopbackHTTP.Response {
        try await LoopbackHTTP.request("GET", url(path), headers: headers)
    }

    func post(_ path: String, form: String, headers: [String: String] = [:]) async throws -> LoopbackHTTP.Response {
        var all = headers
        all["Content-Type"] = "application/x-www-form-urlencoded"
        return try await LoopbackHTTP.request("POST", url(path), headers: all, body: Data(form.utf8))
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }
}

extension LoopbackHTTP.Response {
    /// The value a Set-Cookie header of this response gives `name`.
    func cookie(_ name: String) -> String? {
        headers("set-cookie").compactMap { line -> String? in
            let pair = line.split(separator: ";").first ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1)
            return parts.count == 2 && parts[0] == name ? String(parts[1]) : nil
        }.first
    }
}
