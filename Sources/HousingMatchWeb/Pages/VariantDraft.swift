import Foundation
import HousingMatch
import HousingMatchReports
import Wording

/// The kinds of variant the Wat-als page makes by form.
enum VariantKind: String, CaseIterable, Sendable {
    case withdrawSite = "woonplek-weg"
    case changeRents = "huren"
    case providerCapacity = "capaciteit"
    case groupRule = "regel"
    case addSite = "woonplek-erbij"

    var title: Message {
        switch self {
        case .withdrawSite: WhatIfWords.withdrawSite
        case .changeRents: WhatIfWords.raiseRents
        case .providerCapacity: WhatIfWords.providerCapacity
        case .groupRule: WhatIfWords.groupRule
        case .addSite: WhatIfWords.addSite
        }
    }
}

/// A variant as a form asked for it, checked field by field against the
/// scenario, and written as a variant file: `base`, `description` and the
/// changes, in the form `housing-match compare` reads.
struct VariantDraft: Sendable, Equatable {
    /// One change of an entry's field, as a variant file's `modify` writes it.
    struct FieldChange: Sendable, Equatable {
        var key: String
        /// The value as YAML: `false`, `6`, `0.3`.
        var value: String
    }

    enum Change: Sendable, Equatable {
        case removeSite(SiteID)
        case modifySites([(id: SiteID, rent: Double)])
        case modifyProvider(ProviderID, capacity: Int)
        case modifyGroup(GroupID, [FieldChange])
        case addSite(NewSite)

        static func == (lhs: Change, rhs: Change) -> Bool {
            switch (lhs, rhs) {
            case (.removeSite(let a), .removeSite(let b)): a == b
            case (.modifySites(let a), .modifySites(let b)): a.map(\.id) == b.map(\.id) && a.map(\.rent) == b.map(\.rent)
            case (.modifyProvider(let a, let x), .modifyProvider(let b, let y)): a == b && x == y
            case (.modifyGroup(let a, let x), .modifyGroup(let b, let y)): a == b && x == y
            case (.addSite(let a), .addSite(let b)): a == b
            default: false
            }
        }
    }

    struct NewSite: Sendable, Equatable {
        var id: String
        var name: String
        var municipality: String
        var units: Int
        var accessibleUnits: Int
        var rent: Double
        var commonRoom: Bool
        var owner: String
    }

    var kind: VariantKind
    /// The file name without `.yaml`: letters, digits, `-` and `_`.
    var stem: String
    var description: String
    /// Whether an existing file of this name may be replaced: only when the visitor ticked it.
    var replacesExisting: Bool
    var change: Change

    var fileName: String { stem + ".yaml" }

    /// The variant file's text; `baseFile` is the scenario's file name, beside the `variants/` folder.
    func yaml(baseFile: String) -> String {
        var lines = ["# Made on the Wat-als page of housing-match serve.", "",
                     "base: \(Self.quoted("../" + baseFile))",
                     "description: \(Self.quoted(description))"]
        switch change {
        case .removeSite(let id):
            lines += ["remove:", "  sites: [\(Self.quoted(id.rawValue))]"]
        case .modifySites(let sites):
            lines += ["modify:", "  sites:"]
            lines += sites.map { "    - {id: \(Self.quoted($0.id.rawValue)), rent: \(ReportFormat.number($0.rent))}" }
        case .modifyProvider(let id, let capacity):
            lines += ["modify:", "  providers:", "    - {id: \(Self.quoted(id.rawValue)), capacity: \(capacity)}"]
        case .modifyGroup(let id, let fields):
            let pairs = fields.map { "\($0.key): \($0.value)" }
            lines += ["modify:", "  groups:", "    - {id: \(Self.quoted(id.rawValue)), \(pairs.joined(separator: ", "))}"]
        case .addSite(let site):
            lines += ["add:", "  sites:",
                      "    - id: \(Self.quoted(site.id))",
                      "      name: \(Self.quoted(site.name))",
                      "      municipality: \(Self.quoted(site.municipality))",
                      "      units: \(site.units)",
                      "      accessibleUnits: \(site.accessibleUnits)",
                      "      rent: \(ReportFormat.number(site.rent))",
                      "      commonRoom: \(site.commonRoom)"]
            if !site.owner.isEmpty { lines.append("      owner: \(Self.quoted(site.owner))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text as a YAML double-quoted scalar: JSON's escapes, which YAML reads the same.
    static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(text) else { return "\"\"" }
        return String(decoding: data, as: UTF8.self)
    }

    /// A file name made of what the visitor typed: `Zonder Oude school` becomes `zonder-oude-school`.
    static func stem(from written: String) -> String? {
        var stem = ""
        for character in written.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber || character == "-" || character == "_" {
                stem.append(character)
            } else if character == " " || character == "." {
                if !stem.isEmpty, stem.last != "-" { stem.append("-") }
            } else {
                return nil
            }
        }
        while stem.hasSuffix("-") { stem.removeLast() }
        guard !stem.isEmpty, stem.count <= 60 else { return nil }
        return stem
    }
}

/// Reads a variant form: the draft, or a problem for each field that is wrong, in the visitor's language.
struct VariantFormReader {
    let fields: FormFields
    let scenario: Scenario
    let language: Language
    var problems: [String: String] = [:]

    init(fields: FormFields, scenario: Scenario, language: Language) {
        self.fields = fields
        self.scenario = scenario
        self.language = language
    }

    /// The draft when every field is right; else `nil`, with ``problems`` by field name.
    mutating func read() -> VariantDraft? {
        guard let kind = fields["soort"].flatMap(VariantKind.init(rawValue:)) else {
            problems["soort"] = WhatIfWords.unknownEntry(language)
            return nil
        }
        let stem = text("naam").flatMap { written -> String? in
            guard let stem = VariantDraft.stem(from: written) else {
                problems["naam"] = WhatIfWords.badFileName(language)
                return nil
            }
            return stem
        }
        let written = fields["beschrijving"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        var description = written
        let change: VariantDraft.Change?
        switch kind {
        case .withdrawSite:
            let site = entry("woonplek", in: scenario.sites)
            change = site.map { .removeSite($0.id) }
            if let site, description.isEmpty { description = WhatIfWords.describeWithdraw(language, "\(site.displayName) (\(site.id))") }
        case .changeRents:
            let percent = number("procent")
            if let percent, percent <= -100 { problems["procent"] = WhatIfWords.tooLow(language) }
            change = percent.flatMap { percent in
                percent <= -100 ? nil : .modifySites(scenario.sites.map { site in
                    (site.id, ((site.rent * (1 + percent / 100)) * 100).rounded() / 100)
                })
            }
            if let percent, description.isEmpty {
                description = WhatIfWords.describeRents(language, (percent > 0 ? "+" : "") + ReportFormat.number(percent) + "%")
            }
        case .providerCapacity:
            let provider = entry("zorgaanbieder", in: scenario.providers)
            let capacity = wholeNumber("capaciteit")
            change = provider.flatMap { provider in capacity.map { .modifyProvider(provider.id, capacity: $0) } }
            if let provider, let capacity, description.isEmpty {
                description = WhatIfWords.describeCapacity(language, "\(provider.displayName) (\(provider.id))", capacity, provider.capacity)
            }
        case .groupRule:
            let group = entry("woongroep", in: scenario.groups)
            var changes: [VariantDraft.FieldChange] = []
            switch fields["ruimte"] {
            case "ja": changes.append(.init(key: "needsCommonRoom", value: "true"))
            case "nee": changes.append(.init(key: "needsCommonRoom", value: "false"))
            default: break
            }
            if let size = wholeNumber("min", optional: true) { changes.append(.init(key: "minSize", value: String(size))) }
            if let size = wholeNumber("max", optional: true) { changes.append(.init(key: "maxSize", value: String(size))) }
            let low = share("zorgmin"), high = share("zorgmax")
            if low != nil || high != nil {
                let pairs = [low.map { "min: \(ReportFormat.number($0, decimals: 4))" },
                             high.map { "max: \(ReportFormat.number($0, decimals: 4))" }].compactMap { $0 }
                changes.append(.init(key: "careShare", value: "{\(pairs.joined(separator: ", "))}"))
            }
            if group != nil, changes.isEmpty, problems.isEmpty { problems["ruimte"] = WhatIfWords.nothingChanges(language) }
            change = group.flatMap { changes.isEmpty ? nil : .modifyGroup($0.id, changes) }
            if let group, !changes.isEmpty, description.isEmpty {
                let said = changes.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                description = WhatIfWords.describeGroup(language, "\(group.displayName) (\(group.id))", said)
            }
        case .addSite:
            change = newSite().map { .addSite($0) }
            if case .addSite(let site)? = change, description.isEmpty {
                description = WhatIfWords.describeAddSite(language, "\(site.name) (\(site.id))", site.municipality, site.units)
            }
        }
        guard let stem, let change, problems.isEmpty else { return nil }
        return VariantDraft(kind: kind, stem: stem, description: description,
                            replacesExisting: fields["vervang"] == "1", change: change)
    }

    private mutating func newSite() -> VariantDraft.NewSite? {
        let taken = Set(scenario.sites.map(\.id.rawValue))
        var id = fields["code"]?.trimmingCharacters(in: .whitespaces) ?? ""
        if id.isEmpty {
            var number = scenario.sites.count + 1
            while taken.contains("s\(number)") { number += 1 }
            id = "s\(number)"
        } else if taken.contains(id) {
            problems["code"] = WhatIfWords.idTaken(language)
        } else if id.count > 64 || id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            problems["code"] = WhatIfWords.badFileName(language)
        }
        let name = text("plaatsnaam")
        let town = text("gemeente")
        let units = wholeNumber("woningen")
        let accessible = wholeNumber("toegankelijk", optional: true) ?? 0
        let rent = number("huur")
        if let rent, rent < 0 || rent > 100_000 { problems["huur"] = WhatIfWords.notANumber(language) }
        if let units, accessible > units { problems["toegankelijk"] = WhatIfWords.accessibleAboveUnits(language) }
        guard let name, let town, let units, let rent, problems.isEmpty else { return nil }
        return VariantDraft.NewSite(id: id, name: name, municipality: town, units: units, accessibleUnits: accessible,
                                    rent: rent, commonRoom: fields["gemeenschappelijk"] == "1",
                                    owner: fields["eigenaar"]?.trimmingCharacters(in: .whitespaces) ?? "")
    }

    // MARK: Fields

    private mutating func text(_ name: String) -> String? {
        let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !value.isEmpty else {
            problems[name] = WhatIfWords.required(language)
            return nil
        }
        return value
    }

    private mutating func entry<Subject: Identifiable>(_ name: String, in entries: [Subject]) -> Subject?
    where Subject.ID == Identifier<Subject> {
        guard let id = fields[name], let found = entries.first(where: { $0.id.rawValue == id }) else {
            problems[name] = WhatIfWords.unknownEntry(language)
            return nil
        }
        return found
    }

    /// A number as people type it: `10`, `-5`, `2,5` or `2.5`.
    static func parse(_ written: String) -> Double? {
        let trimmed = written.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard let value = Double(trimmed), value.isFinite else { return nil }
        return value
    }

    private mutating func number(_ name: String, optional: Bool = false) -> Double? {
        let written = fields[name]?.trimmingCharacters(in: .whitespaces) ?? ""
        if written.isEmpty {
            if !optional { problems[name] = WhatIfWords.required(language) }
            return nil
        }
        guard let value = Self.parse(written) else {
            problems[name] = WhatIfWords.notANumber(language)
            return nil
        }
        return value
    }

    private mutating func wholeNumber(_ name: String, optional: Bool = false) -> Int? {
        guard let value = number(name, optional: optional) else { return nil }
        guard value >= 0, value <= 10_000, value == value.rounded() else {
            problems[name] = WhatIfWords.notAWholeNumber(language)
            return nil
        }
        return Int(value)
    }

    private mutating func share(_ name: String) -> Double? {
        guard let value = number(name, optional: true) else { return nil }
        guard (0...1).contains(value) else {
            problems[name] = WhatIfWords.notAShare(language)
            return nil
        }
        return value
    }
}
