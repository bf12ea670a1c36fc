#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import ScenarioIO

/// Checks on the files a command will write, made before anything is solved:
/// no output may be one of the run's inputs, and each must be writable.
enum OutputPaths {
    /// A file the run reads, with what it is to the run: "the scenario file tiny.yaml".
    struct Input {
        var path: String
        var role: String

        /// A scenario or variant file and the chain of bases it reads.
        static func scenario(_ path: String, role: String = "the scenario file") -> [Input] {
            let chain = ScenarioLoader.inputFiles(path: path)
            return zip(chain.indices, chain).map { index, file in
                index == 0 ? Input(path: file, role: "\(role) \(file)")
                           : Input(path: file, role: "the base \(file) of \(chain[index - 1])")
            }
        }

        /// A file given with an option, such as `--keep`.
        static func option(_ option: String, _ path: String?) -> [Input] {
            path.map { [Input(path: $0, role: "the \(option) file \($0)")] } ?? []
        }
    }

    /// Makes the folder `path` names (for `option`) when it is missing; one
    /// that is an input of the run, or cannot be made, ends the run first.
    static func makeFolder(_ path: String, option: String, inputs: [Input]) throws {
        if let input = inputs.first(where: { sameFile(path, $0.path) }) {
            StandardError.print("housing-match: \(option) \(path) is \(input.role): name a folder")
            throw ExitCodes.usage
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            StandardError.print("\(path): cannot be made: \(error.localizedDescription)")
            throw ExitCodes.unreadable
        }
    }

    /// Refuses an empty file name for `option` (`--output ''`).
    static func validateName(_ path: String?, option: String) throws {
        if path?.isEmpty == true { throw ValidationError("\(option) needs a file name") }
    }

    /// Refuses (64) an output that is one of `inputs` or another output, and (66) one
    /// that cannot be written; `outputs` pairs each option with the file it names.
    static func check(_ outputs: [(option: String, path: String?)], inputs readInputs: @autoclosure () -> [Input]) throws {
        let named = outputs.compactMap { output in output.path.map { (option: output.option, path: $0) } }
        // Finding a variant's bases reads files: only when there is an output to check.
        guard !named.isEmpty else { return }
        let inputs = readInputs()
        for (index, output) in named.enumerated() {
            if let input = inputs.first(where: { sameFile(output.path, $0.path) }) {
                StandardError.print("housing-match: \(output.option) \(output.path) would overwrite an input of this run, "
                                    + "\(input.role); name another file")
                throw ExitCodes.usage
            }
            if let other = named[..<index].first(where: { sameFile(output.path, $0.path) }) {
                StandardError.print("housing-match: \(output.option) \(output.path) is the file \(other.option) names: "
                                    + "name two different files")
                throw ExitCodes.usage
            }
        }
        for output in named {
            do { try SolutionFiles.checkWritable(output.path) } catch { throw ExitCodes.report(error) }
        }
    }

    /// Whether two paths name one file: the same device and inode when both exist,
    /// otherwise the same path once symbolic links and `..` are worked out.
    static func sameFile(_ first: String, _ second: String) -> Bool {
        var a = stat(), b = stat()
        if stat(first, &a) == 0, stat(second, &b) == 0 { return a.st_dev == b.st_dev && a.st_ino == b.st_ino }
        return canonical(first) == canonical(second)
    }

    private static func canonical(_ path: String) -> String {
        // realpath of the folder, which exists more often than the file.
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let folder = (absolute as NSString).deletingLastPathComponent
        guard let resolved = realpath(folder, nil) else { return absolute }
        defer { free(resolved) }
        return (String(cString: resolved) as NSString).appendingPathComponent((absolute as NSString).lastPathComponent)
    }
}
