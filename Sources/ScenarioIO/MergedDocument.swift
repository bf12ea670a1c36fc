import Foundation
import HousingMatch

/// A scenario being assembled from a base file and variant files, with where
/// every entry and key came from, so that a problem in the result is reported
/// in the file and at the place where it was written.
struct MergedDocument: Sendable {
    typealias Side = ScenarioVariant.Side

    /// The top-level keys other than the four sides: `name` and `weights`.
    var root: [String: DocumentValue]
    /// The entries of each side, in order.
    var entries: [Side: [[String: DocumentValue]]]
    /// Where `name` and `weights` were written.
    var rootOrigin: EntryOrigin
    /// Where each entry was written, index by index with ``entries``.
    var origins: [Side: [EntryOrigin]]
    /// Ids removed along the chain of variants, with where each removal is written.
    var removals: [Side: [String: SourcePlace]] = [:]
    /// The text of every file read, by path, for finding lines.
    var texts: [String: String]

    /// A plain scenario file as the start of a chain: its entries as the file's decoding read them.
    init(base scenario: Scenario, file: String, text: String) throws(ScenarioFileError) {
        let object: [String: DocumentValue]
        do {
            let data = try DocumentValue.encoder.encode(scenario)
            object = try DocumentValue.decoder.decode(DocumentValue.self, from: data).object ?? [:]
        } catch {
            throw .malformed(file: file, line: nil, column: nil, path: nil, message: "cannot be used as a base: \(error)")
        }
        root = object.filter { Side(rawValue: $0.key) == nil }
        var entries: [Side: [[String: DocumentValue]]] = [:]
        var origins: [Side: [EntryOrigin]] = [:]
        for side in Side.allCases {
            guard case .list(let items) = object[side.rawValue] else { continue }
            entries[side] = items.map { $0.object ?? [:] }
            origins[side] = items.indices.map {
                EntryOrigin(definition: SourcePlace(file: file, path: "\(side.rawValue)[\($0)]"))
            }
        }
        self.entries = entries
        self.origins = origins
        rootOrigin = EntryOrigin(definition: SourcePlace(file: file, path: ""))
        texts = [file: text]
    }

    /// The whole document, as a scenario file would hold it.
    var document: DocumentValue {
        var object = root
        for side in Side.allCases {
            object[side.rawValue] = .list(entries[side, default: []].map(DocumentValue.object))
        }
        return .object(object)
    }

    /// The positions of the entries with this id (more than one only in a base with duplicate ids).
    func indices(of id: String, in side: Side) -> [Int] {
        entries[side, default: []].indices.filter { entries[side]![$0]["id"] == .text(id) }
    }

    /// Decodes the document as any scenario file is decoded; a failure is reported where the value was written.
    func decodeScenario(reportingTo file: String) throws(ScenarioFileError) -> Scenario {
        let data: Data
        do {
            data = try DocumentValue.encoder.encode(document)
        } catch {
            throw .malformed(file: file, line: nil, column: nil, path: nil, message: "\(error)")
        }
        do {
            return try DocumentValue.decoder.decode(Scenario.self, from: data)
        } catch let error as DecodingError {
            guard let problem = ScenarioLoader.problem(in: error) else {
                throw .malformed(file: file, line: nil, column: nil, path: nil, message: "\(error)")
            }
            let (place, removed) = self.place(of: problem.path)
            let message = removed && problem.isMissingKey ? "is required: it cannot be removed" : problem.message
            throw .malformed(file: place.file, line: LineLocator(text: texts[place.file] ?? "").line(of: place.path),
                             column: nil, path: place.path, message: message)
        } catch {
            throw .malformed(file: file, line: nil, column: nil, path: nil, message: "\(error)")
        }
    }

    /// Where the value at a path of the merged scenario (`sites[7].accessibleUnits`) was
    /// written, and whether a change removed it.
    func place(of path: String) -> (place: SourcePlace, removed: Bool) {
        let components = PathComponent.parse(path)
        if components.count >= 2, case .key(let key) = components[0], let side = Side(rawValue: key),
           case .index(let index) = components[1], let origins = origins[side], origins.indices.contains(index) {
            return origins[index].place(of: Array(components.dropFirst(2)))
        }
        return rootOrigin.place(of: components)
    }

    /// Validation issues of the merged scenario, each moved to the file and path where
    /// the value was written, with its line there.
    ///
    /// A reference to an entry that a variant removed says which removal it was, since
    /// the reference itself usually stands in a file the variant did not touch.
    func locate(_ issues: [ValidationIssue]) -> [ScenarioFileError.LocatedIssue] {
        var locators: [String: LineLocator] = [:]
        func line(of place: SourcePlace) -> Int? {
            if locators[place.file] == nil { locators[place.file] = LineLocator(text: texts[place.file] ?? "") }
            return locators[place.file]!.line(of: place.path)
        }
        return issues.map { issue in
            let place = self.place(of: issue.path).place
            var message = issue.message
            // "duplicate id ... (also sites[0])" points to another entry of the merged scenario.
            if let match = message.firstMatch(of: #/\(also ([a-z]+\[\d+\])\)/#) {
                let other = self.place(of: String(match.output.1)).place
                let words = other.file == place.file ? other.path : "\(other.file): \(other.path)"
                message.replaceSubrange(match.range, with: "(also \(words))")
            }
            if let match = message.firstMatch(of: #/^no (seeker|group) has id "(.*)"$/#),
               let side = Side.allCases.first(where: { $0.singular == match.output.1 }),
               let removal = removals[side]?[String(match.output.2)] {
                let at = line(of: removal).map { " (line \($0))" } ?? ""
                message += ": the variant \(removal.file) removes it at \(removal.path)\(at)"
            }
            // An issue whose words stay as they were keeps its sentence, to be said in any language.
            var placed = message == issue.message ? issue : ValidationIssue(path: place.path, message: message)
            placed.path = place.path
            return ScenarioFileError.LocatedIssue(issue: placed, line: line(of: place), file: place.file)
        }
    }
}
