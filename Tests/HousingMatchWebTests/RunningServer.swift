import Foundation
import HousingMatch
import HousingMatchWeb
import LoopbackHTTP
import ScenarioIO
import Synchronization

/// A workspace server started inside the test process on a free port, with
/// a workspace folder of its own; `stop()` ends it and removes the folder.
final class RunningServer: Sendable {
    let app: WorkspaceApp
    let address: URL
    let folder: URL
    private let task: Task<Void, any Error>

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
        let configuration = WebConfiguration(port: 0, folder: folder, accessToken: accessToken, solveTimeLimit: 60)
        let app = try WorkspaceApp(configuration: configuration)
        let address = Mutex<String?>(nil)
        let task = Task { try await app.run { printed in address.withLock { $0 = printed } } }
        let deadline = Date().addingTimeInterval(90)
        while address.withLock({ $0 }) == nil, Date() < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        guard let printed = address.withLock({ $0 }), let url = URL(string: printed) else {
            task.cancel()
            throw LoopbackHTTP.Failure.malformed("the server did not start")
        }
        return RunningServer(app: app, address: url, folder: folder, task: task)
    }

    private init(app: WorkspaceApp, address: URL, folder: URL, task: Task<Void, any Error>) {
        self.app = app
        self.address = address
        self.folder = folder
        self.task = task
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
        task.cancel()
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
