import Foundation
import HousingMatch
import Wording

/// The four sides of a scenario as the data page shows them.
enum DataSide: String, CaseIterable, Sendable {
    case households = "huishoudens"
    case groups = "woongroepen"
    case sites = "woonplekken"
    case providers = "zorgaanbieders"

    /// The path segment of one entry's form: `/gegevens/huishouden/h17`.
    var segment: String {
        switch self {
        case .households: "huishouden"
        case .groups: "woongroep"
        case .sites: "woonplek"
        case .providers: "zorgaanbieder"
        }
    }

    init?(segment: String) {
        guard let side = Self.allCases.first(where: { $0.segment == segment }) else { return nil }
        self = side
    }

    init?(fileKey: String) {
        guard let side = Self.allCases.first(where: { $0.fileKey == fileKey }) else { return nil }
        self = side
    }

    /// The side's key in a scenario file, which validation paths start with.
    var fileKey: String {
        switch self {
        case .households: "seekers"
        case .groups: "groups"
        case .sites: "sites"
        case .providers: "providers"
        }
    }

    var plural: Message {
        switch self {
        case .households: CommonWords.households
        case .groups: CommonWords.groups
        case .sites: CommonWords.sites
        case .providers: CommonWords.providers
        }
    }

    var singular: Message {
        switch self {
        case .households: CommonWords.household
        case .groups: CommonWords.group
        case .sites: CommonWords.site
        case .providers: CommonWords.provider
        }
    }

    var schema: SideSchema {
        switch self {
        case .households: DataSchemas.households
        case .groups: DataSchemas.groups
        case .sites: DataSchemas.sites
        case .providers: DataSchemas.providers
        }
    }
}

/// What a form field holds, and so how its text is read and written.
enum FieldKind: Sendable {
    case text, requiredText, list, flag
    /// A number; `optional` ones may be left empty (no limit).
    case number(optional: Bool)
    case whole(optional: Bool)
    /// A share from 0 to 1, also written as a percentage.
    case share
    /// A care type, or none.
    case careType
    /// A list where empty means "every" and the word "geen"/"none" an empty list.
    case listOrEvery
}

/// A value of a field, as the scenario holds it.
enum FieldValue: Equatable, Sendable {
    case text(String)
    case list([String])
    case flag(Bool)
    case number(Double?)
    case whole(Int?)
    case optionalList([String]?)
}

/// One field of an entry's form: a key as the file names it (so that a validation
/// path such as `seekers[3].maxRent` finds it), its words, and how it reads and writes the entry.
struct DataField<Entity>: Sendable {
    let key: String
    let label: Message
    var hint: Message?
    let kind: FieldKind
    /// Care type and hours: health data, shown and changed only with care details switched on.
    var isCare = false
    let get: @Sendable (Entity) -> FieldValue
    let set: @Sendable (inout Entity, FieldValue) -> Void
}

/// A field as the form draws it, whatever the side.
struct FieldDescription: Sendable {
    let key: String
    let label: Message
    let hint: Message?
    let kind: FieldKind
    let isCare: Bool
}

/// What a form's fields did to a scenario.
struct FormOutcome: Sendable {
    /// The entry's index in its side after the change; nil after a removal.
    var index: Int?
    var id: String
    /// Fields whose text could not be read, with what to say at each.
    var fieldErrors: [String: String] = [:]
    /// Keys of the fields whose value changed.
    var changedFields: [String] = []
}

/// One side's form, without its entity type: lists, reads and changes entries of a scenario.
struct SideSchema: Sendable {
    let side: DataSide
    let fields: [FieldDescription]
    /// The ids of the side's entries, in file order.
    let ids: @Sendable (Scenario) -> [String]
    /// The form's text for the entry with this id, or for a new entry when nil.
    let texts: @Sendable (Scenario, String?, Language) -> [String: String]?
    /// Reads the form into the entry with id `original` (nil: a new entry at the end).
    let apply: @Sendable (inout Scenario, String?, FormFields, Bool, Language) throws(SaveError) -> FormOutcome
    let remove: @Sendable (inout Scenario, String) throws(SaveError) -> Void

    init<Entity: Sendable & Equatable>(side: DataSide, list: WritableKeyPath<Scenario, [Entity]> & Sendable,
                                         id: @escaping @Sendable (Entity) -> String, blank: Entity,
                                         fields: [DataField<Entity>]) {
        self.side = side
        self.fields = fields.map { FieldDescription(key: $0.key, label: $0.label, hint: $0.hint, kind: $0.kind, isCare: $0.isCare) }
        ids = { scenario in scenario[keyPath: list].map(id) }
        texts = { scenario, wanted, language in
            let entity: Entity
            if let wanted {
                guard let found = scenario[keyPath: list].first(where: { id($0) == wanted }) else { return nil }
                entity = found
            } else {
                entity = blank
            }
            var texts: [String: String] = [:]
            for field in fields {
                texts[field.key] = FieldText.display(field.get(entity), kind: field.kind, language: language)
            }
            return texts
        }
        apply = { scenario, original, form, showsCare, language throws(SaveError) in
            var entity = blank
            var index = scenario[keyPath: list].count
            if let original {
                guard let found = scenario[keyPath: list].firstIndex(where: { id($0) == original }) else { throw .notFound }
                index = found
                entity = scenario[keyPath: list][found]
            }
            let before = entity
            var outcome = FormOutcome(index: index, id: "")
            for field in fields where showsCare || !field.isCare {
                switch FieldText.parse(form[field.key], kind: field.kind, language: language) {
                case .success(let value): field.set(&entity, value)
                case .failure(let problem): outcome.fieldErrors[field.key] = problem.said(in: language)
                }
            }
            outcome.id = id(entity)
            outcome.changedFields = fields.filter { $0.get(before) != $0.get(entity) }.map(\.key)
            if original != nil {
                scenario[keyPath: list][index] = entity
            } else {
                scenario[keyPath: list].append(entity)
            }
            return outcome
        }
        remove = { scenario, original throws(SaveError) in
            guard let found = scenario[keyPath: list].firstIndex(where: { id($0) == original }) else { throw .notFound }
            scenario[keyPath: list].remove(at: found)
        }
    }

    func field(_ key: String) -> FieldDescription? { fields.first { $0.key == key } }
}

/// Reading and writing a field's text, as a Dutch or English person types it.
enum FieldText {
    struct Problem: Error {
        let message: Message
        let values: [String]
        func said(in language: Language) -> String { message.said(in: language, values: values) }
    }

    static func display(_ value: FieldValue, kind: FieldKind, language: Language) -> String {
        switch value {
        case .text(let text): return text
        case .list(let items): return items.joined(separator: ", ")
        case .flag(let on): return on ? "1" : ""
        case .number(let number): return number.map { plain($0, language) } ?? ""
        case .whole(let number): return number.map(String.init) ?? ""
        case .optionalList(let items):
            guard let items else { return "" }
            return items.isEmpty ? CommonWords.none.said(in: language, values: []) : items.joined(separator: ", ")
        }
    }

    /// A number without thousands separators, every digit kept: what is saved is what was there.
    static func plain(_ value: Double, _ language: Language) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let text = String(value)
        return language == .nl ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    static func parse(_ raw: String?, kind: FieldKind, language: Language) -> Result<FieldValue, Problem> {
        let text = (raw ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        switch kind {
        case .text: return .success(.text(text))
        case .requiredText:
            return text.isEmpty ? .failure(Problem(message: DataWords.required, values: [])) : .success(.text(text))
        case .list: return .success(.list(items(text)))
        case .flag: return .success(.flag(!text.isEmpty && text != "0"))
        case .careType: return .success(.text(text))
        case .listOrEvery:
            if text.isEmpty { return .success(.optionalList(nil)) }
            let none = Language.allCases.map { CommonWords.none.said(in: $0, values: []) }
            if none.contains(text.lowercased()) { return .success(.optionalList([])) }
            return .success(.optionalList(items(text)))
        case .number(let optional):
            if text.isEmpty {
                return optional ? .success(.number(nil)) : .failure(Problem(message: DataWords.required, values: []))
            }
            guard let number = number(text, language: language, allowsPercent: false) else {
                return .failure(Problem(message: DataWords.numberNeeded, values: [text]))
            }
            return .success(.number(number))
        case .share:
            // Empty: the model's default (0 for the least share, 1 for the most).
            if text.isEmpty { return .success(.number(nil)) }
            guard let number = number(text, language: language, allowsPercent: true) else {
                return .failure(Problem(message: DataWords.numberNeeded, values: [text]))
            }
            return .success(.number(number))
        case .whole(let optional):
            if text.isEmpty {
                return optional ? .success(.whole(nil)) : .failure(Problem(message: DataWords.required, values: []))
            }
            guard let number = number(text, language: language, allowsPercent: false),
                  number == number.rounded(), abs(number) < 1e9 else {
                return .failure(Problem(message: DataWords.wholeNeeded, values: [text]))
            }
            return .success(.whole(Int(number)))
        }
    }

    static func items(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// "€ 850", "1.020", "0,5", "12 uur", "25%": the number a person meant, or nil.
    ///
    /// A comma is the decimal sign in Dutch and a dot in English; the other sign is
    /// taken for thousands only where it groups three digits ("1.020" in Dutch).
    static func number(_ text: String, language: Language, allowsPercent: Bool) -> Double? {
        var text = text.replacingOccurrences(of: "€", with: "")
            .replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(of: " ", with: "")
            .replacingOccurrences(of: "−", with: "-")
        for unit in ["uur", "hours", "hour", "u", "h", ",-", ".-"] where text.lowercased().hasSuffix(unit) {
            text = String(text.dropLast(unit.count))
            break
        }
        var scale = 1.0
        if text.hasSuffix("%") {
            guard allowsPercent else { return nil }
            text.removeLast()
            scale = 0.01
        }
        let decimal: Character = language == .nl ? "," : "."
        let grouping: Character = language == .nl ? "." : ","
        let hasDecimal = text.contains(decimal), hasGrouping = text.contains(grouping)
        if hasDecimal && hasGrouping {
            // Both: the last one is the decimal sign ("1.020,50", or "1,020.50" typed in a Dutch page).
            let lastDecimal = text.lastIndex(of: decimal)!, lastGrouping = text.lastIndex(of: grouping)!
            let (thousands, point) = lastDecimal > lastGrouping ? (grouping, decimal) : (decimal, grouping)
            text = text.replacingOccurrences(of: String(thousands), with: "").replacingOccurrences(of: String(point), with: ".")
        } else if hasGrouping {
            if isGroupedThousands(text, separator: grouping) {
                text = text.replacingOccurrences(of: String(grouping), with: "")
            } else if text.filter({ $0 == grouping }).count == 1 {
                text = text.replacingOccurrences(of: String(grouping), with: ".")
            } else {
                return nil
            }
        } else if hasDecimal {
            guard text.filter({ $0 == decimal }).count == 1 else { return nil }
            text = text.replacingOccurrences(of: String(decimal), with: ".")
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              let value = Double(text), value.isFinite else { return nil }
        return value * scale
    }

    /// "1.020" or "100.000.000": groups of three digits after the first.
    private static func isGroupedThousands(_ text: String, separator: Character) -> Bool {
        let unsigned = text.hasPrefix("-") ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count >= 2, let first = parts.first, (1...3).contains(first.count),
              first.allSatisfy(\.isNumber) else { return false }
        return parts.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isNumber) }
    }
}
