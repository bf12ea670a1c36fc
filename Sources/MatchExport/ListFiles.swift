import HousingMatch
import Wording

/// The files of the printable lists, named in the export's language: one per
/// group and per provider, and one file with all of them, a page each.
public struct ListFiles: Sendable {
    /// A file to write: its name (no folder) and its HTML document.
    public struct File: Sendable {
        public var name: String
        public var document: PrintDocument
    }

    public let lists: PrintableLists

    public init(_ lists: PrintableLists) {
        self.lists = lists
    }

    /// The files for `groups` and `providers`; with neither, every group's and every provider's.
    public func files(groups: [GroupID] = [], providers: [ProviderID] = []) -> [File] {
        let scenario = lists.rows.scenario
        let options = lists.rows.options
        let everything = groups.isEmpty && providers.isEmpty
        let groupIDs = everything ? scenario.groups.map(\.id) : groups
        let providerIDs = everything ? scenario.providers.map(\.id) : providers
        var files: [File] = []
        for id in groupIDs {
            if let document = lists.groupDocument(id) {
                files.append(File(name: Self.fileName(options.text(ExportWords.groupFile, id.rawValue)), document: document))
            }
        }
        for id in providerIDs {
            if let document = lists.providerDocument(id) {
                files.append(File(name: Self.fileName(options.text(ExportWords.providerFile, id.rawValue)), document: document))
            }
        }
        if groupIDs.count > 1 {
            let title = options.text(CommonWords.groups) + " – " + scenario.name
            files.append(File(name: Self.fileName(options.text(ExportWords.allGroupsFile)),
                              document: lists.combined(title: title, groups: groupIDs, providers: [])))
        }
        if providerIDs.count > 1 {
            let title = options.text(CommonWords.providers) + " – " + scenario.name
            files.append(File(name: Self.fileName(options.text(ExportWords.allProvidersFile)),
                              document: lists.combined(title: title, groups: [], providers: providerIDs)))
        }
        return files
    }

    /// A file name without folders or odd characters: letters, digits and `-_.`, then ".html".
    static func fileName(_ stem: String) -> String {
        String(stem.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "-" }.drop { $0 == "." }) + ".html"
    }
}
