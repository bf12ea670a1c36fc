#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
    /// The data goes to a new temporary file beside the target (made with
    /// `O_EXCL`, with the old file's permissions or, for a new file, 0600: files
    /// hold household data), is flushed to disk and renamed over the target. On
    /// failure the temporary file is removed and the old file is as it was; while
    /// it exists, ``PendingTemporaryFile`` lets a signal handler remove it.
    ///
    /// A rename would put a plain file in the place of `/dev/null`, a pipe or a
    /// terminal, and of a symbolic link rather than the file it points to. So a
    /// link is followed, and anything that is not a plain file is written to as it is.
    public static func writeAtomically(_ data: Data, to path: String) throws(OutputFileError) {
        let target = resolvedTarget(path)
        var info = stat()
        let exists = stat(target, &info) == 0
        if exists, info.st_mode & S_IFMT == S_IFDIR {
            throw OutputFileError(file: path, kind: .cannotCreate, reason: "is a folder, not a file")
        }
        if exists, info.st_mode & S_IFMT != S_IFREG {
            return try writeInPlace(data, to: target, named: path)
        }
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(suffix).tmp"
        let mode: mode_t = exists ? info.st_mode & 0o777 : 0o600

        try PendingTemporaryFile.writing.withLock { _ throws(OutputFileError) in
            guard PendingTemporaryFile.register(temporary) else {
                throw OutputFileError(file: path, kind: .cannotCreate, reason: "the path is too long")
            }
            defer { PendingTemporaryFile.clear() }
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
            guard descriptor >= 0 else {
                throw OutputFileError(file: path, kind: .cannotCreate, reason: describe(errno, folder: folder))
            }
            // The umask may have taken permissions away; the owner is kept when allowed (as root).
            _ = fchmod(descriptor, mode)
            if exists { _ = fchown(descriptor, info.st_uid, info.st_gid) }
            func fail(_ code: Int32) -> OutputFileError {
                close(descriptor)
                unlink(temporary)
                return OutputFileError(file: path, kind: .writeFailed, reason: String(cString: strerror(code)))
            }
            if let code = writeAll(data, to: descriptor) { throw fail(code) }
            if fsync(descriptor) != 0 { throw fail(errno) }
            if close(descriptor) != 0 {
                let code = errno
                unlink(temporary)
                throw OutputFileError(file: path, kind: .writeFailed, reason: String(cString: strerror(code)))
            }
            if rename(temporary, target) != 0 {
                let code = errno
                unlink(temporary)
                throw OutputFileError(file: path, kind: .writeFailed, reason: String(cString: strerror(code)))
            }
        }
        // The rename itself reaches the disk with the folder; a failure here loses nothing already written.
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            _ = fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Checks, before any work, that ``writeAtomically(_:to:)`` can write `path`:
    /// its folder exists and may be written in, and an existing file is no folder and may be written.
    ///
    /// Writing may still fail later (a full disk); this only spares a long solve
    /// that could never be saved.
    public static func checkWritable(_ path: String) throws(OutputFileError) {
        func refuse(_ reason: String) -> OutputFileError { OutputFileError(file: path, kind: .cannotCreate, reason: reason) }
        guard !path.isEmpty else { throw refuse("no file name given") }
        let target = resolvedTarget(path)
        var info = stat()
        if stat(target, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { throw refuse("is a folder, not a file") }
            if access(target, W_OK) != 0 { throw refuse(String(cString: strerror(errno))) }
            guard info.st_mode & S_IFMT == S_IFREG else { return }
        }
        let folder = (target as NSString).deletingLastPathComponent
        let shownFolder = (path as NSString).deletingLastPathComponent
        var folderInfo = stat()
        guard stat(folder.isEmpty ? "." : folder, &folderInfo) == 0 else {
            throw refuse("no such folder (\(shownFolder.isEmpty ? folder : shownFolder))")
        }
        guard folderInfo.st_mode & S_IFMT == S_IFDIR else { throw refuse("\(shownFolder) is not a folder") }
        if access(folder.isEmpty ? "." : folder, W_OK | X_OK) != 0 {
            throw refuse("no permission to write in its folder (\(shownFolder.isEmpty ? "." : shownFolder))")
        }
    }

    /// The file a write to `path` changes: a symbolic link's target, made absolute.
    static func resolvedTarget(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    /// A device, pipe or socket: opened as it is and written to; no temporary file.
    private static func writeInPlace(_ data: Data, to target: String, named path: String) throws(OutputFileError) {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw OutputFileError(file: path, kind: .cannotCreate, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        if let code = writeAll(data, to: descriptor) {
            throw OutputFileError(file: path, kind: .writeFailed, reason: String(cString: strerror(code)))
        }
    }

    /// Writes every byte, going on after a partial write or an interrupted call; the `errno` of a failure.
    static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Int32? in
            guard var next = bytes.baseAddress else { return nil }
            var left = bytes.count
            while left > 0 {
                let written = write(descriptor, next, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if written == 0 { return EIO }
                next += written
                left -= written
            }
            return nil
        }
    }

    private static func describe(_ code: Int32, folder: String) -> String {
        switch code {
        case ENOENT: "no such folder (\(folder))"
        case EACCES, EPERM: "no permission to write in its folder (\(folder))"
        default: String(cString: strerror(code))
        }
    }
}
