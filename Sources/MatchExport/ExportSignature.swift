import Foundation
import ScenarioIO
import Spreadsheets
import Wording

/// How `housing-match lists` knows the files it wrote, so that it replaces
/// those and refuses, without consent, a file of someone else's of the same name.
///
/// A CSV of ours starts with the BOM and our first header; an XLSX names us as
/// its application; in a folder of lists, a small record file lists the names written.
public enum ExportSignature {
    /// The application named in the XLSX files.
    public static let application = "HousingMatch lists"
    /// The record of files written into a folder of lists.
    public static let recordName = ".housing-match-lists"

    /// Whether the CSV at `path` is one this command wrote.
    public static func isOurCSV(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let start = String(decoding: (try? handle.read(upToCount: 512)) ?? Data(), as: UTF8.self)
        guard start.hasPrefix("\u{FEFF}") else { return false }
        let firstField = start.dropFirst().prefix { $0 != ";" && $0 != "," && $0 != "\r" && $0 != "\n" }
        return Language.allCases.contains { ExportWords.household($0) == firstField }
    }

    /// Whether the XLSX at `path` is one this command wrote.
    public static func isOurXLSX(_ path: String) -> Bool {
        XLSXWriter.isMadeBy(URL(fileURLWithPath: path), application: application)
    }

    /// The names recorded as written into `folder`.
    public static func recorded(in folder: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(recordName)) else {
            return []
        }
        return Set(String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init))
    }

    /// Adds `names` to the record of `folder`.
    public static func record(_ names: [String], in folder: String) throws(OutputFileError) {
        let all = recorded(in: folder).union(names).sorted()
        try SolutionFiles.writeAtomically(Data((all.joined(separator: "\n") + "\n").utf8),
                                          to: (folder as NSString).appendingPathComponent(recordName))
    }
}
