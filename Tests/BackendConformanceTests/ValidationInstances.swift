import Foundation
import LinearProgramming
import Testing

/// The public instances with known optima in `../shared/validation`, beside the repository.
///
/// CI always has the folder; when it is missing every test that needs it
/// fails with the path it looked at, rather than passing without checking.
enum ValidationInstances {
    /// One instance: its file and its proven optimum (minimisation).
    struct Instance: Sendable, CustomTestStringConvertible {
        var name: String
        var url: URL
        var optimum: Double
        var testDescription: String { name }
    }

    /// `<package root>/../shared/validation`, the package root found from this file's path.
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // BackendConformanceTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/validation", isDirectory: true)

    static var isPresent: Bool { FileManager.default.fileExists(atPath: folder.path) }

    static var missingMessage: Comment {
        "The validation instances are missing: expected them at \(folder.path) (../shared/validation beside the package)."
    }

    /// The instances listed in `<collection>/optima.csv`, files named `<instance><suffix>`.
    ///
    /// Without the folder, one placeholder stands in, so that the test that
    /// receives it runs and fails instead of having no cases at all.
    static func instances(_ collection: String, suffix: String, excluding excluded: Set<String> = []) -> [Instance] {
        let directory = folder.appendingPathComponent(collection, isDirectory: true)
        let table = directory.appendingPathComponent("optima.csv")
        guard let text = try? String(contentsOf: table, encoding: .utf8) else {
            return [Instance(name: "missing \(collection)/optima.csv", url: table, optimum: .nan)]
        }
        return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let fields = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = fields.first, let last = fields.last, let optimum = Double(last),
                  !excluded.contains(name) else { return nil }
            return Instance(name: name, url: directory.appendingPathComponent(name + suffix), optimum: optimum)
        }
    }

    /// Fails the current test when the folder or the instance's file is missing.
    static func requirePresent(_ instance: Instance, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try #require(isPresent, missingMessage, sourceLocation: sourceLocation)
        try #require(FileManager.default.fileExists(atPath: instance.url.path),
                     "missing instance file \(instance.url.path)", sourceLocation: sourceLocation)
    }
}
