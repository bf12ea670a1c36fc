import Foundation

/// The `housing-match` binary that `swift build` made beside the test bundle, for tests that run it as a user does.
public enum BuiltTool {
    public static let housingMatch: URL? = {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var starts: [URL] = []
        for argument in [CommandLine.arguments.first, ProcessInfo.processInfo.arguments.first].compactMap({ $0 }) {
            starts.append(URL(fileURLWithPath: argument).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        starts.append(repository.appendingPathComponent(".build/debug"))
        for start in starts {
            var folder = start.standardizedFileURL
            // The test bundle may be a folder inside the products folder.
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("housing-match")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                folder.deleteLastPathComponent()
            }
        }
        return nil
    }()
}
