#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import HousingMatch
import ScenarioIO

/// Saving the scenario from the pages: every save checks that the file is
/// still the one the form was built from, writes atomically, and keeps the
/// version it replaces in `.history`, so that nothing is lost and every save
/// can be undone. The actor runs one save at a time.
extension Workspace {
    /// The folder of earlier versions: hidden, so that it is never taken for a scenario.
    public nonisolated var historyFolder: URL { folder.appendingPathComponent(".history", isDirectory: true) }

    nonisolated var history: HistoryFolder {
        HistoryFolder(folder: historyFolder, scenarioName: scenarioFile.lastPathComponent)
    }

    /// The versions kept, newest first.
    public func historyEntries() -> [HistoryEntry] {
        history.entries().reversed()
    }

    /// Applies `edit` to the scenario in the file and saves the result, keeping the file's
    /// previous version; nil when the edit changes nothing (and nothing is written).
    ///
    /// Refused, with nothing written, when the file no longer has the stamp `token` (another
    /// program or tab changed it), when the file is a variant, or when the result is not valid.
    @discardableResult
    public func save(expecting token: String, change: HistoryChange,
                     edit: (inout Scenario) throws(SaveError) -> Void) throws(SaveError) -> HistoryEntry? {
        let bytes = try currentBytes(expecting: token)
        let scenario: Scenario
        do {
            let loaded = try ScenarioLoader.loadWithVariant(path: scenarioFile.path)
            guard loaded.variant == nil else { throw SaveError.variant }
            scenario = loaded.scenario
        } catch let error as SaveError {
            throw error
        } catch {
            throw .unreadable(String(describing: error))
        }
        // The file read for the scenario must be the one whose stamp was checked.
        _ = try currentBytes(expecting: token)
        var edited = scenario
        try edit(&edited)
        let issues = edited.validationIssues()
        guard issues.isEmpty else { throw .invalid(issues) }
        let data: Data
        do {
            data = try ScenarioWriter.data(edited, format: FileFormat(path: scenarioFile.path) ?? .yaml)
        } catch {
            throw .writeFailed(String(describing: error))
        }
        guard data != bytes, edited != scenario else { return nil }
        return try replaceFile(with: data, keeping: bytes, change: change)
    }

    /// Brings back the version replaced by the newest save, keeping the file as it is now
    /// as a version of its own (so that an undo can be undone).
    @discardableResult
    public func undo(expecting token: String) throws(SaveError) -> HistoryEntry {
        _ = try currentBytes(expecting: token)
        guard let newest = history.entries().last else { throw .nothingToUndo }
        return try restore(newest.version, expecting: token, kind: .undone)
    }

    /// Brings back a kept version byte for byte, keeping the file as it is now.
    @discardableResult
    public func restore(_ version: String, expecting token: String,
                        kind: HistoryChange.Kind = .restored) throws(SaveError) -> HistoryEntry {
        let bytes = try currentBytes(expecting: token)
        guard let entry = history.entries().first(where: { $0.version == version }),
              let earlier = history.bytes(of: version) else { throw .noSuchVersion }
        let change = HistoryChange(kind: kind, restoredFrom: entry.savedAt)
        return try replaceFile(with: earlier, keeping: bytes, change: change)
    }

    /// The file's bytes now, when its stamp is still `token`.
    private func currentBytes(expecting token: String) throws(SaveError) -> Data {
        let bytes: Data
        do {
            bytes = try Data(contentsOf: scenarioFile)
        } catch {
            throw .unreadable(error.localizedDescription)
        }
        guard String(FileStamp.fnv1a(bytes), radix: 16) == token else { throw .stale }
        return bytes
    }

    private func replaceFile(with data: Data, keeping previous: Data, change: HistoryChange) throws(SaveError) -> HistoryEntry {
        let entry: HistoryEntry
        do {
            entry = try history.keep(previous, change: change, at: Date())
        } catch {
            throw .writeFailed(String(describing: error))
        }
        do {
            try SavingFiles.replace(data, at: scenarioFile)
        } catch {
            throw .writeFailed(String(describing: error))
        }
        // The next page reads the file anew, even should its size and time look the same.
        cached = nil
        return entry
    }
}

/// Why a save was refused; the file is then as it was.
public enum SaveError: Error, Sendable, Equatable {
    /// The file changed since the form was built: another program or another tab saved it.
    case stale
    /// The result breaks the rules of a scenario; every problem with its path.
    case invalid([ValidationIssue])
    /// The scenario file cannot be read now.
    case unreadable(String)
    /// The workspace's file is a variant: saving it would write out its base as well.
    case variant
    /// The entry to change is not in the file.
    case notFound
    case noSuchVersion
    case nothingToUndo
    case writeFailed(String)
}

/// Writing the workspace's files: atomically, and flushed to disk.
enum SavingFiles {
    /// Writes a whole file through a temporary file in the same folder, flushed and renamed.
    static func replace(_ data: Data, at file: URL) throws {
        try SolutionFiles.writeAtomically(data, to: file.path)
    }

    /// Adds a line to a log, flushed to disk before returning.
    static func append(_ data: Data, to file: URL) throws {
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == data.count, fsync(descriptor) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
