import Foundation
import HousingMatch
import ScenarioIO
#if canImport(Glibc)
import Glibc
#endif

/// The variant files of a workspace (`variants/*.yaml`): listed with what
/// each says, and saved atomically without replacing one unasked.
struct VariantFiles: Sendable {
    let folder: URL

    /// One variant file as listed on the page.
    struct Entry: Sendable {
        var stem: String
        var path: String
        /// The file read, merged onto its base and validated; or why it could not be.
        var loaded: Result<(scenario: Scenario, variant: ScenarioVariant?), ScenarioFileError>

        var description: String? {
            if case .success(let file) = loaded { return file.variant?.description }
            return nil
        }
    }

    /// Why a variant was not saved.
    enum SaveError: Error, Sendable {
        /// A file of that name exists, and the visitor did not ask to replace it.
        case exists(String)
        /// The changes make the scenario invalid: every problem, as `validate` words them.
        case invalid(String)
        /// The folder or the file could not be written.
        case failed(String)
    }

    /// The variant files, by name; hidden and temporary files are left out.
    func list() -> [Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { name in
            !name.hasPrefix(".") && ["yaml", "yml", "json"].contains((name as NSString).pathExtension.lowercased())
        }.sorted().map { name in
            let path = folder.appendingPathComponent(name).path
            let stem = (name as NSString).deletingPathExtension
            let loaded = Result { () throws(ScenarioFileError) in try ScenarioLoader.loadWithVariant(path: path) }
            return Entry(stem: stem, path: path, loaded: loaded)
        }
    }

    /// The file of variant `stem`, when there is one.
    func entry(named stem: String) -> Entry? {
        list().first { $0.stem == stem }
    }

    /// Writes `text` as `fileName`: first to a hidden temporary file beside it, which is
    /// read back as a variant (so a file that `compare` would refuse is never saved), then
    /// moved into place in one step. Without `replacing`, an existing file stays as it is.
    func save(_ text: String, as fileName: String, replacing: Bool) throws(SaveError) -> URL {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .failed(error.localizedDescription)
        }
        let target = folder.appendingPathComponent(fileName)
        if !replacing, FileManager.default.fileExists(atPath: target.path) { throw .exists(fileName) }
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let temporary = folder.appendingPathComponent(".\(fileName).\(suffix).yaml")
        do {
            try Data(text.utf8).write(to: temporary)
            // On disk before it gets its name: a crash after the link never leaves an empty variant.
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.synchronize()
            try handle.close()
        } catch {
            unlink(temporary.path)
            throw .failed(error.localizedDescription)
        }
        defer { unlink(temporary.path) }
        do {
            _ = try ScenarioLoader.loadVariant(path: temporary.path)
        } catch {
            // Paths within the workspace, as the visitor knows them: variants/NAME.yaml, scenario.yaml.
            let workspace = folder.deletingLastPathComponent().path + "/"
            throw .invalid(error.description.replacingOccurrences(of: temporary.path, with: "variants/" + fileName)
                .replacingOccurrences(of: workspace, with: ""))
        }
        if replacing {
            guard rename(temporary.path, target.path) == 0 else { throw .failed(String(cString: strerror(errno))) }
        } else {
            // A hard link is made only when the name is free: of two saves at once, one wins and the other is told.
            guard link(temporary.path, target.path) == 0 else {
                let code = errno
                throw code == EEXIST ? .exists(fileName) : .failed(String(cString: strerror(code)))
            }
        }
        return target
    }
}
