import Foundation
@testable import ScenarioIO
import Testing

/// `SolutionFiles.writeAtomically`: permissions kept, nothing left behind, failures named.
@Suite("Writing output files atomically")
final class AtomicWriteTests {
    /// A folder of this test's own, removed with everything in it when the test ends.
    private let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("housing-match-atomic-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    /// Every name in the folder, hidden ones included: a temporary file left behind shows here.
    private func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("a new file is made readable by its owner only (0600): it holds household data")
    func newFileIsPrivate() throws {
        let target = path("match.json")
        try SolutionFiles.writeAtomically(Data("new\n".utf8), to: target)
        #expect(try mode(target) == 0o600)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new\n")
        #expect(try names() == ["match.json"])
    }

    @Test("a file replaced keeps its permissions", arguments: [0o600, 0o640, 0o644])
    func permissionsKept(_ permissions: Int) throws {
        let target = path("match.json")
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: target)

        try SolutionFiles.writeAtomically(Data("new\n".utf8), to: target)

        #expect(try mode(target) == permissions)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new\n")
        #expect(try names() == ["match.json"])
    }

    @Test("a folder in the file's place is refused before anything is made")
    func folderRefused() throws {
        let target = path("report.html")
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        #expect(throws: OutputFileError(file: target, kind: .cannotCreate, reason: "is a folder, not a file")) {
            try SolutionFiles.writeAtomically(Data("x".utf8), to: target)
        }
        #expect(try names() == ["report.html"])
    }

    @Test("a missing folder cannot be written to, and the check says so before any write")
    func missingFolder() throws {
        let target = path("nowhere/match.json")
        #expect(throws: OutputFileError.self) { try SolutionFiles.writeAtomically(Data("x".utf8), to: target) }
        do {
            try SolutionFiles.checkWritable(target)
            Issue.record("a missing folder passed the check")
        } catch {
            #expect(error.kind == .cannotCreate)
            #expect(error.reason.hasPrefix("no such folder"), "\(error)")
        }
        #expect(try names().isEmpty)
    }

    @Test("a device full partway is a failed write naming the file")
    func deviceFull() throws {
        try #require(FileManager.default.fileExists(atPath: "/dev/full"))
        do {
            try SolutionFiles.writeAtomically(Data("x".utf8), to: "/dev/full")
            Issue.record("writing to /dev/full succeeded")
        } catch {
            #expect(error.kind == .writeFailed)
            #expect(error.description.hasPrefix("/dev/full: cannot be written: "), "\(error)")
        }
    }

    @Test("the temporary file under way is what a signal handler removes, and nothing after it is cleared")
    func pendingTemporaryFileRemoved() throws {
        // The one buffer is shared with any write under way in this process.
        try PendingTemporaryFile.writing.withLock { _ in
            let temporary = path(".match.json.test.tmp")
            try Data("half".utf8).write(to: URL(fileURLWithPath: temporary))
            #expect(PendingTemporaryFile.register(temporary))
            #expect(PendingTemporaryFile.registered == temporary)
            PendingTemporaryFile.removeFromSignalHandler()
            PendingTemporaryFile.clear()
            #expect(!FileManager.default.fileExists(atPath: temporary))

            // Once cleared (renamed into place), the name is left alone.
            let kept = path("kept.json")
            try Data("whole".utf8).write(to: URL(fileURLWithPath: kept))
            #expect(PendingTemporaryFile.register(kept))
            PendingTemporaryFile.clear()
            PendingTemporaryFile.removeFromSignalHandler()
            #expect(FileManager.default.fileExists(atPath: kept))
            #expect(PendingTemporaryFile.registered == nil)
        }
    }
}
