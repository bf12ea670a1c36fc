import Foundation
import HousingMatch

/// Reads proposed matches and writes solution files.
public enum SolutionFiles {
    /// Reads a match from a solution file (JSON or YAML): only its `groups` are needed,
    /// so a match drafted by hand at a founders' meeting can be checked.
    ///
    /// Its ids must follow MODEL.md's rule and its `clients` be whole numbers
    /// from 0 to 10,000; a file that breaks either is refused with path and line.
    public static func loadMatch(path: String) throws(ScenarioFileError) -> Match {
        let (text, format) = try ScenarioLoader.read(path: path)
        return try ScenarioLoader.decode(Match.self, from: text, format: format, file: path, kind: .solution)
    }

    /// Reads a whole solution file as `solve` writes it: status, objective,
    /// bounds and the scenario's fingerprint as well as the match.
    public static func loadResult(path: String) throws(ScenarioFileError) -> MatchResult {
        let (text, format) = try ScenarioLoader.read(path: path)
        return try ScenarioLoader.decode(MatchResult.self, from: text, format: format, file: path, kind: .solution)
    }

    /// The solution as MODEL.md's JSON (or any other result: a comparison, an
    /// explanation), keys sorted, pretty-printed, ending in a newline.
    public static func json(_ result: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(result)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Writes data to a file atomically: readers see the old file or the whole new one, never half.
    ///
    /// An atomic write renames a new file over the old one, which would put a
    /// plain file in the place of `/dev/null`, a pipe or a terminal, and of a
    /// symbolic link rather than the file it points to. So a link is followed,
    /// and anything that is not a plain file is written to as it is.
    public static func writeAtomically(_ data: Data, to path: String) throws(ScenarioFileError) {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let type = (try? FileManager.default.attributesOfItem(atPath: target.path))?[.type] as? FileAttributeType
        do {
            if let type, type != .typeRegular {
                try data.write(to: target)
            } else {
                try data.write(to: target, options: .atomic)
            }
        } catch {
            throw .unreadable(file: path, reason: "cannot be written: \(error.localizedDescription)")
        }
    }
}
