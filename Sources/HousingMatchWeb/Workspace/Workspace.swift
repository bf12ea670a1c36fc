import Foundation
import HousingMatch
import ScenarioIO

/// The folder a user works in: one scenario file, its variants in `variants/`
/// and saved solutions in `solutions/`. The file on disk is the truth: each
/// request reads the scenario anew when the file changed, so an edit made in
/// another program shows at the next page and is never overwritten unseen.
public actor Workspace {
    public nonisolated let folder: URL
    /// The scenario file, `scenario.yaml` or the folder's only scenario file.
    public nonisolated let scenarioFile: URL
    var cached: LoadedScenario?

    /// Opens `folder`, which must hold one scenario file (or several with one named `scenario.yaml` or `.json`).
    public init(folder: URL) throws(WorkspaceError) {
        self.folder = folder.standardizedFileURL
        scenarioFile = try Self.findScenarioFile(in: self.folder)
    }

    /// The scenario as the file says it now, or the problems that keep it from being read.
    public func current() -> Result<LoadedScenario, ScenarioFileError> {
        // Size and time first: reading a national scenario's bytes for the digest on every page would show.
        if let cached, cached.stamp.sameSizeAndTime(as: scenarioFile) { return .success(cached) }
        let stamp = FileStamp(of: scenarioFile)
        do {
            let scenario = try ScenarioLoader.load(path: scenarioFile.path)
            let loaded = LoadedScenario(scenario: scenario, fingerprint: scenario.fingerprint, stamp: stamp)
            cached = loaded
            return .success(loaded)
        } catch {
            cached = nil
            return .failure(error)
        }
    }

    public var variantsFolder: URL { folder.appendingPathComponent("variants", isDirectory: true) }
    public var solutionsFolder: URL { folder.appendingPathComponent("solutions", isDirectory: true) }

    /// The name a page shows for the workspace: the folder's own name.
    public nonisolated var displayName: String { folder.lastPathComponent }

    static func findScenarioFile(in folder: URL) throws(WorkspaceError) -> URL {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .notAFolder(folder.path)
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let scenarioNames = names.filter { name in
            ["yaml", "yml", "json"].contains((name as NSString).pathExtension.lowercased()) && !name.hasPrefix(".")
        }.sorted()
        for preferred in ["scenario.yaml", "scenario.yml", "scenario.json"] where scenarioNames.contains(preferred) {
            return folder.appendingPathComponent(preferred)
        }
        guard scenarioNames.count == 1 else {
            throw scenarioNames.isEmpty ? .noScenario(folder.path) : .severalScenarios(folder.path, scenarioNames)
        }
        return folder.appendingPathComponent(scenarioNames[0])
    }
}

/// A scenario read from the workspace, with what identifies this version of it.
public struct LoadedScenario: Sendable {
    public let scenario: Scenario
    /// Names the scenario's content: answers computed for one fingerprint hold for it alone.
    public let fingerprint: String
    /// The file's state when it was read; a save made from an older stamp is refused.
    public let stamp: FileStamp
}

/// What a file was when it was read: size, modification time and a digest of its bytes.
public struct FileStamp: Sendable, Equatable, Hashable {
    public let size: Int
    public let modified: Double
    public let digest: UInt64

    public init(of file: URL) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
        size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
        modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        digest = (try? Data(contentsOf: file)).map(Self.fnv1a) ?? 0
    }

    func sameSizeAndTime(as file: URL) -> Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
        return size == (attributes?[.size] as? NSNumber)?.intValue ?? -1
            && modified == (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    }

    /// A short text form, for a hidden form field.
    public var token: String { String(digest, radix: 16) }

    static func fnv1a(_ data: Data) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}

/// Why a folder cannot be opened as a workspace.
public enum WorkspaceError: Error, Sendable, CustomStringConvertible {
    case notAFolder(String)
    case noScenario(String)
    case severalScenarios(String, [String])
    case noExample

    public var description: String {
        switch self {
        case .notAFolder(let path): "\(path) is not a folder"
        case .noScenario(let path): "\(path) holds no scenario file (.yaml, .yml or .json)"
        case .severalScenarios(let path, let names):
            "\(path) holds several scenario files (\(names.joined(separator: ", "))): name the one to use scenario.yaml"
        case .noExample: "the example scenario (scenarios/utrecht-oost.yaml) was not found: give a workspace folder"
        }
    }
}
