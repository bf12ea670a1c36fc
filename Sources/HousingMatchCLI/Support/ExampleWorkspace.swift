import Foundation
import HousingMatchWeb

/// The workspace `serve` opens without a folder: a copy of the example
/// scenario and its variants, so that trying things never changes the original.
enum ExampleWorkspace {
    static let folderName = "housing-match-voorbeeld"

    /// The copy in the current folder, made now when it is not there yet.
    static func openCopy() throws -> URL {
        let files = FileManager.default
        let copy = URL(fileURLWithPath: files.currentDirectoryPath).appendingPathComponent(folderName)
        if files.fileExists(atPath: copy.path) { return copy }
        guard let example = findExample() else { throw WorkspaceError.noExample }
        try files.createDirectory(at: copy, withIntermediateDirectories: false)
        try files.copyItem(at: example, to: copy.appendingPathComponent("scenario.yaml"))
        let variants = example.deletingLastPathComponent().appendingPathComponent("variants")
        if files.fileExists(atPath: variants.path) {
            let target = copy.appendingPathComponent("variants")
            try files.createDirectory(at: target, withIntermediateDirectories: false)
            for name in (try? files.contentsOfDirectory(atPath: variants.path)) ?? [] where name.hasSuffix(".yaml") {
                let text = try String(contentsOf: variants.appendingPathComponent(name), encoding: .utf8)
                // The variants name their base by a path relative to themselves.
                let rebased = text.replacingOccurrences(of: "../utrecht-oost.yaml", with: "../scenario.yaml")
                try rebased.write(to: target.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
        }
        return copy
    }

    /// `scenarios/utrecht-oost.yaml` in the current folder or above the executable (a build in the repository).
    private static func findExample() -> URL? {
        let relative = "scenarios/utrecht-oost.yaml"
        var candidates = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder)
            folder.deleteLastPathComponent()
        }
        return candidates.map { $0.appendingPathComponent(relative) }.first { FileManager.default.fileExists(atPath: $0.path) }
    }
}
