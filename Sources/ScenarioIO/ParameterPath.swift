import Foundation
import HousingMatch
import Wording

/// One numeric value of a scenario, named the way analysts and variant files name it:
/// `providers[c1].capacity`, `sites[s3].accessibleUnits`, `groups[g2].careShare.max`,
/// `weights.preference`.
///
/// The entry is chosen by its id in brackets, since ids are what users know. A
/// whole number in brackets that is no entry's id is taken as a position
/// counted from 0 (`seekers[12]`), as validation messages write paths. Parsing
/// only checks the shape of the text; ``resolved(in:)`` checks the side, the id
/// and the field against a scenario and the same key list (``KeySchema``) that
/// variant files are checked with.
public struct ParameterPath: Sendable, Equatable, CustomStringConvertible {
    /// What the path points into.
    public enum Target: Sendable, Equatable {
        /// The entry of a side whose id (or, failing that, position) is `selector`.
        case entry(ScenarioVariant.Side, selector: String)
        /// The scenario's `weights`.
        case weights
    }

    /// The side and entry, or the weights.
    public var target: Target
    /// The keys inside the entry (or inside `weights`): `["capacity"]`, `["careShare", "max"]`.
    public var keys: [String]
    /// The path as written.
    public var text: String

    /// The path as written.
    public var description: String { text }

    /// Reads a path such as `providers[c1].capacity` or `weights.preference`.
    ///
    /// - Throws: ``SweepSpecificationError`` naming the path when its shape is wrong
    ///   or its first word is neither a side nor `weights`.
    public init(parsing written: String) throws(SweepSpecificationError) {
        let text = written.trimmingCharacters(in: .whitespaces)
        func refuse(_ message: Message, _ values: Sentence.Value...) -> SweepSpecificationError {
            SweepSpecificationError(path: text, sentence: Sentence(message, values: values))
        }
        guard !text.isEmpty else {
            throw SweepSpecificationError(path: "--vary", sentence: Sentence(SweepWords.namesNoField))
        }
        self.text = text

        let head = String(text.prefix { $0 != "[" && $0 != "." })
        var rest = text.dropFirst(head.count)
        if head == "weights" {
            guard rest.first == "." else {
                throw refuse(SweepWords.namesNoWeight)
            }
            target = .weights
        } else if let side = ScenarioVariant.Side(rawValue: head) {
            guard rest.first == "[", let close = rest.firstIndex(of: "]") else {
                throw refuse(SweepWords.expectedID, Self.noun(side), .plain(head), .plain(Self.exampleID(side)))
            }
            let selector = rest[rest.index(after: rest.startIndex)..<close].trimmingCharacters(in: .whitespaces)
            guard !selector.isEmpty else {
                throw refuse(SweepWords.emptyBrackets, Self.noun(side))
            }
            rest = rest[rest.index(after: close)...]
            guard rest.first == "." else {
                throw rest.isEmpty ? refuse(SweepWords.noFieldOfEntry, Self.noun(side), .plain(Self.exampleField(side)))
                    : refuse(SweepWords.expectedDot)
            }
            target = .entry(side, selector: selector)
        } else {
            let known = ["seekers", "groups", "sites", "providers", "weights"]
            let suggestion = known.first { $0 == head + "s" || $0.dropLast() == head }
                .map { Sentence.Value.sentence(Sentence(SweepWords.didYouMean, .plain($0))) } ?? ""
            throw refuse(SweepWords.unknownSide, .plain(quotedForMessage(head)), suggestion)
        }

        keys = rest.dropFirst().split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !keys.contains(where: \.isEmpty) else { throw refuse(SweepWords.emptyFieldName) }
        guard !keys.contains(where: { $0.contains("[") || $0.contains("]") }) else {
            throw refuse(SweepWords.oneEntryOnly)
        }
    }

    /// Checks the path against a scenario: the entry must exist and the field must be a number.
    ///
    /// - Throws: ``SweepSpecificationError`` naming the path: an unknown id, an unknown
    ///   field (with the closest known one), or a field that is not a number.
    public func resolved(in scenario: Scenario) throws(SweepSpecificationError) -> ResolvedParameter {
        func refuse(_ message: Message, _ values: Sentence.Value...) -> SweepSpecificationError {
            SweepSpecificationError(path: text, sentence: Sentence(message, values: values))
        }
        let schema: KeySchema, owner: Sentence.Value
        var side: ScenarioVariant.Side?, id: String?, entryName: String?
        switch target {
        case .weights:
            schema = .weights
            owner = "weights"
        case .entry(let entrySide, let selector):
            let entries = Self.idsAndNames(of: entrySide, in: scenario)
            if let found = entries.first(where: { $0.id == selector }) {
                id = found.id
                entryName = found.name
            } else if let index = Int(selector), entries.indices.contains(index) {
                id = entries[index].id
                entryName = entries[index].name
            } else {
                throw SweepSpecificationError(path: text, sentence: Self.noEntry(selector, side: entrySide, among: entries.map(\.id)))
            }
            side = entrySide
            schema = Self.schema(of: entrySide)
            owner = .sentence(Sentence(SweepWords.anEntry, Self.noun(entrySide)))
        }

        var current = schema
        for (depth, key) in keys.enumerated() {
            guard case .object(let known, _) = current else {
                throw refuse(SweepWords.singleValue, .plain(keys[..<depth].joined(separator: ".")), .plain(quotedForMessage(key)))
            }
            guard let child = known[key] else {
                let within = depth == 0 ? owner : .plain(keys[..<depth].joined(separator: "."))
                let hint = KeySchema.closest(to: key, in: known.keys)
                    .map { Sentence.Value.sentence(Sentence(SweepWords.didYouMean, .plain($0))) } ?? ""
                throw refuse(SweepWords.noSuchField, within, .plain(quotedForMessage(key)), hint)
            }
            current = child
        }
        let isWholeNumber: Bool
        switch current {
        case .scalar(.wholeNumber): isWholeNumber = true
        case .scalar(.number): isWholeNumber = false
        case .scalar(.text), .scalar(.identifier): throw refuse(SweepWords.isText)
        case .scalar(.flag): throw refuse(SweepWords.isFlag)
        case .list: throw refuse(SweepWords.isList)
        case .object(let known, _):
            let numbers = known.keys.sorted().filter { Self.isNumeric(known[$0]!) }
            let example = numbers.first.map { Sentence.Value.sentence(Sentence(SweepWords.suchAs, .plain("\(text).\($0)"))) } ?? ""
            throw refuse(SweepWords.isObject, example)
        }
        return ResolvedParameter(path: self, side: side, id: id, entryName: entryName, isWholeNumber: isWholeNumber)
    }

    // MARK: Helpers

    /// The keys an entry of a side may have, as variant files check them.
    static func schema(of side: ScenarioVariant.Side) -> KeySchema {
        switch side {
        case .seekers: .seeker
        case .groups: .group
        case .sites: .site
        case .providers: .provider
        }
    }

    private static func isNumeric(_ schema: KeySchema) -> Bool {
        switch schema {
        case .scalar(.number), .scalar(.wholeNumber): true
        default: false
        }
    }

    private static func idsAndNames(of side: ScenarioVariant.Side, in scenario: Scenario) -> [(id: String, name: String)] {
        switch side {
        case .seekers: scenario.seekers.map { ($0.id.rawValue, "") }
        case .groups: scenario.groups.map { ($0.id.rawValue, $0.name) }
        case .sites: scenario.sites.map { ($0.id.rawValue, $0.name) }
        case .providers: scenario.providers.map { ($0.id.rawValue, $0.name) }
        }
    }

    /// "no provider has id "c9" (the providers are c1, c2, c3)", with a few ids so a typo shows.
    private static func noEntry(_ selector: String, side: ScenarioVariant.Side, among ids: [String]) -> Sentence {
        let plural = Sentence.Value.sentence(Sentence(pluralNoun(side)))
        var tail: [Sentence.Value] = []
        if ids.isEmpty {
            tail.append(.sentence(Sentence(SweepWords.scenarioHasNone, plural)))
        } else {
            let shown = ids.prefix(8).map { Sentence.Value.plain($0) }
            tail.append(.sentence(Sentence(SweepWords.entriesAre, plural, .commas(shown, more: ids.count - shown.count))))
            if let index = Int(selector), index >= 0 {
                tail.append(.sentence(Sentence(SweepWords.pastTheLast, .plain(String(ids.count - 1)))))
            }
        }
        return Sentence(SweepWords.noEntry, noun(side), .plain(quotedForMessage(selector)), .joined(tail, separator: ""))
    }

    /// The kind of entry as a noun: "seeker" in English (as paths say it), "huishouden" in Dutch.
    private static func noun(_ side: ScenarioVariant.Side) -> Sentence.Value {
        .sentence(ScenarioVariant.Change.noun(side))
    }

    /// The side as paths write it in English ("providers"), its entries' plural in Dutch ("zorgaanbieders").
    private static func pluralNoun(_ side: ScenarioVariant.Side) -> Message {
        switch side {
        case .seekers: SweepWords.seekers
        case .groups: SweepWords.groups
        case .sites: SweepWords.sites
        case .providers: SweepWords.providers
        }
    }

    private static func exampleID(_ side: ScenarioVariant.Side) -> String {
        switch side {
        case .seekers: "h1"
        case .groups: "g1"
        case .sites: "s1"
        case .providers: "c1"
        }
    }

    private static func exampleField(_ side: ScenarioVariant.Side) -> String {
        switch side {
        case .seekers: "seekers[h1].maxRent"
        case .groups: "groups[g1].maxSize"
        case .sites: "sites[s1].units"
        case .providers: "providers[c1].capacity"
        }
    }
}

/// A ``ParameterPath`` checked against a scenario: which entry it names and what kind of number it holds.
public struct ResolvedParameter: Sendable, Equatable {
    /// The path as the user wrote it.
    public var path: ParameterPath
    /// The side of the entry, or `nil` for a weight.
    public var side: ScenarioVariant.Side?
    /// The id of the entry (also when the path gave its position), or `nil` for a weight.
    public var id: String?
    /// The entry's name, when it has one.
    public var entryName: String?
    /// Whether the field holds a whole number (units, capacity, sizes), so fractions are refused.
    public var isWholeNumber: Bool

    /// The field in words, for axis titles and progress: "capacity of provider c1 (Zorggroep Heuvelrug)",
    /// "careShare max of group g2", "preference weight".
    public var words: String {
        let field = path.keys.joined(separator: " ")
        guard let side, let id else { return "\(field) weight" }
        let name = entryName.flatMap { $0.isEmpty ? nil : " (\($0))" } ?? ""
        return "\(field) of \(side.singular) \(id)\(name)"
    }

    /// The short form of ``words``, without the entry's name: "capacity of provider c1".
    public var shortWords: String {
        let field = path.keys.joined(separator: " ")
        guard let side, let id else { return "\(field) weight" }
        return "\(field) of \(side.singular) \(id)"
    }

    /// The change that sets this field to `value`, written as a variant file's `modify`
    /// (or `weights`) section, so that it is merged and checked the way a variant is.
    func variantChanges(setting value: Double) -> [String: DocumentValue] {
        var nested: DocumentValue = isWholeNumber ? .integer(Int(value)) : .number(value)
        for key in path.keys.dropFirst().reversed() { nested = .object([key: nested]) }
        let fields: [String: DocumentValue] = [path.keys[0]: nested]
        guard let side, let id else { return ["weights": .object(fields)] }
        let entry = fields.merging(["id": .text(id)]) { old, _ in old }
        return ["modify": .object([side.rawValue: .list([.object(entry)])])]
    }
}
