import HousingMatch
import Wording

/// The words of a comparison report, shared by the table and the HTML report so that both say the same.
///
/// Written for a policy officer: households, not seekers; "gains a place", not "assigned".
/// Every phrase comes from ``ComparisonWords``; English is the CLI's default.
public enum ComparisonWording {
    /// A solve's status in a few words.
    public static func status(_ status: MatchStatus, in language: Language = .en) -> String {
        switch status {
        case .optimal: ComparisonWords.statusOptimal(language)
        case .feasible: ComparisonWords.statusFeasible(language)
        case .infeasible: ComparisonWords.statusInfeasible(language)
        case .noSolution: ComparisonWords.statusNoSolution(language)
        }
    }

    /// A care type as a row name; households without a care need are "no care".
    /// In English the code as written, in Dutch the word of care (ouderenzorg).
    public static func careType(_ careType: CareType?, in language: Language = .en) -> String {
        guard let careType else { return ComparisonWords.noCare(language) }
        return language == .en ? careType : DomainWords.careTypeShort(careType, in: language)
    }

    /// `1 household`, `2 households`; with a word between, `1 more household`.
    public static func households(_ count: Int, more: String? = nil) -> String {
        "\(count) " + (more.map { $0 + " " } ?? "") + "household\(count == 1 ? "" : "s")"
    }

    /// `1 household`, `2 households` in `language`.
    public static func households(_ count: Int, in language: Language) -> String {
        (count == 1 ? ComparisonWords.householdsOne : ComparisonWords.householdsMany)(language, count)
    }

    /// A number as the report writes it: `41.5` in English, `41,5` in Dutch.
    public static func number(_ value: Double, in language: Language = .en) -> String {
        language == .en ? ReportFormat.number(value) : NumberWording(language).number(value)
    }

    /// A difference with its sign: `+1`, `-20`, `0`.
    public static func signed(_ value: Double, in language: Language = .en) -> String {
        value > 0 ? "+" + number(value, in: language) : number(value, in: language)
    }

    /// Where a household lives: `g3 at s8 (Bunnik)`, or `-` when not housed.
    public static func placement(_ placement: Placement?, in language: Language = .en) -> String {
        guard let placement else { return "-" }
        return ComparisonWords.placement(language, placement.group, placement.site, placement.town)
    }

    /// Where a group forms: `s8 De Nieuwe Hof (Bunnik), 12 members`, or `-`.
    public static func formation(_ formation: GroupChange.Formation?, in language: Language = .en) -> String {
        guard let formation else { return "-" }
        let name = formation.siteName == formation.site.rawValue ? "" : " \(formation.siteName)"
        return ComparisonWords.formation(language, formation.site, name, formation.town, formation.members)
    }

    public static func kind(_ kind: HouseholdChange.Kind, in language: Language = .en) -> String {
        switch kind {
        case .gainsPlace: ComparisonWords.gainsPlace(language)
        case .losesPlace: ComparisonWords.losesPlace(language)
        case .changesGroup: ComparisonWords.changesGroup(language)
        case .changesSite: ComparisonWords.changesSite(language)
        }
    }

    public static func kind(_ kind: GroupChange.Kind, in language: Language = .en) -> String {
        switch kind {
        case .forms: ComparisonWords.groupForms(language)
        case .stopsForming: ComparisonWords.groupStops(language)
        case .changesSite: ComparisonWords.groupMoves(language)
        }
    }

    /// A note on a household the variant adds or removes, else empty.
    public static func presence(_ presence: HouseholdChange.Presence, in language: Language = .en) -> String {
        switch presence {
        case .both: ""
        case .onlyInBase: ComparisonWords.removedByVariant(language)
        case .onlyInVariant: ComparisonWords.addedByVariant(language)
        }
    }

    /// A group by id and, when it has one, name: `g5 (Stationsburen Zeist)`.
    public static func group(_ change: GroupChange) -> String {
        change.name == change.group.rawValue ? change.group.rawValue : "\(change.group) (\(change.name))"
    }

    /// What the variant does, as the subject of its summary: "Adding site s8 (De Nieuwe Hof)".
    ///
    /// One change, or several changes to one entry, are named; otherwise the
    /// changes are counted. Always a phrase that takes a verb in the singular.
    public static func subject(of outcome: ScenarioOutcome, in language: Language = .en) -> String {
        let changes = outcome.changes
        // A plain scenario file compared with the base: its name is the subject.
        guard let first = changes.first else { return outcome.label }
        func noun(_ entry: String?, plural: Bool) -> String {
            switch entry {
            case "seeker": (plural ? ComparisonWords.entriesHousehold : ComparisonWords.entryHousehold)(language)
            case "group": (plural ? ComparisonWords.entriesGroup : ComparisonWords.entryGroup)(language)
            case "site": (plural ? ComparisonWords.entriesSite : ComparisonWords.entrySite)(language)
            case "provider": (plural ? ComparisonWords.entriesProvider : ComparisonWords.entryProvider)(language)
            default: (entry ?? "entry") + (plural ? "s" : "")
            }
        }
        func entry(_ change: ScenarioChange) -> String {
            "\(noun(change.entry, plural: false)) \(change.id ?? "")" + (change.name.map { " (\($0))" } ?? "")
        }
        let sameEntry = changes.allSatisfy { $0.entry == first.entry && $0.id == first.id && $0.kind == first.kind }
        if sameEntry {
            switch first.kind {
            case .add: return ComparisonWords.adding(language, entry(first))
            case .remove: return ComparisonWords.removing(language, entry(first))
            case .modify: return ComparisonWords.changing(language, entry(first))
            case .weight: return ComparisonWords.changingWeights(language)
            }
        }
        let sameKind = changes.allSatisfy { $0.entry == first.entry && $0.kind == first.kind }
        if sameKind, let kind = first.entry, first.kind != .weight {
            let nouns = noun(kind, plural: true)
            switch first.kind {
            case .add: return ComparisonWords.addingMany(language, changes.count, nouns)
            case .remove: return ComparisonWords.removingMany(language, changes.count, nouns)
            default: return ComparisonWords.changingMany(language, Set(changes.compactMap(\.id)).count, nouns)
            }
        }
        return ComparisonWords.makingChanges(language, changes.count, outcome.label)
    }

    /// A variant's result in a few plain sentences: what it does to the number housed,
    /// who gains, loses or moves, and which groups form or stop forming.
    public static func summary(of variant: VariantComparison, base: ScenarioOutcome, in language: Language = .en) -> String {
        let outcome = variant.outcome
        let subject = subject(of: outcome, in: language)
        guard outcome.hasMatch else {
            return outcome.status == .infeasible
                ? ComparisonWords.infeasible(language, subject)
                    + (outcome.conflict.map { rules in
                        rules.isEmpty ? "" : ComparisonWords.conflict(language, rules.map(\.statement).joined(separator: "; "))
                    } ?? "")
                : ComparisonWords.noSolution(language, subject)
        }
        guard base.hasMatch, let change = variant.housedChange, let differences = variant.differences else {
            return ComparisonWords.baseWithoutMatch(language, status(base.status, in: language),
                                                    households(outcome.housedHouseholds, in: language))
        }

        var sentences: [String] = []
        // Priorities only need a mention when they tell a different story from the count.
        var priorityNote = ""
        if let priority = variant.housedPriorityChange, abs(priority - Double(change)) > 1e-6,
           let before = base.housedPriority, let after = outcome.housedPriority {
            priorityNote = ComparisonWords.byPriorityInstead(language, number(after, in: language), number(before, in: language))
        }
        if change != 0 {
            let count = abs(change)
            let phrase: Message = change > 0 ? (count == 1 ? ComparisonWords.moreOne : ComparisonWords.moreMany)
                                             : (count == 1 ? ComparisonWords.fewerOne : ComparisonWords.fewerMany)
            sentences.append(ComparisonWords.housesOther(language, subject, phrase(language, count), outcome.housedHouseholds,
                                                         base.housedHouseholds, priorityNote))
        } else {
            sentences.append(ComparisonWords.housesSame(language, subject, outcome.housedHouseholds, priorityNote))
        }

        let moves: [(HouseholdChange.Kind, Message, Message)] = [
            (.gainsPlace, ComparisonWords.gainsPlace, ComparisonWords.gainPlace),
            (.losesPlace, ComparisonWords.losesPlace, ComparisonWords.losePlace),
            (.changesGroup, ComparisonWords.changesGroup, ComparisonWords.changeGroup),
            (.changesSite, ComparisonWords.changesSite, ComparisonWords.changeSite),
        ]
        let parts = moves.compactMap { kind, one, many -> String? in
            let count = differences.households(kind).count
            return count == 0 ? nil : "\(households(count, in: language)) \((count == 1 ? one : many)(language))"
        }
        sentences.append(parts.isEmpty ? ComparisonWords.noneMoves(language) : list(parts, in: language))

        let groupParts = GroupChange.Kind.allCases.compactMap { kind -> String? in
            let groups = differences.groups(kind)
            guard !groups.isEmpty else { return nil }
            let names = list(groups.map(group), in: language)
            if groups.count == 1 { return ComparisonWords.groupOne(language, names, self.kind(kind, in: language)) }
            switch kind {
            case .forms: return ComparisonWords.groupsForm(language, names)
            case .stopsForming: return ComparisonWords.groupsStop(language, names)
            case .changesSite: return ComparisonWords.groupsMove(language, names)
            }
        }
        if !groupParts.isEmpty {
            let text = list(groupParts, in: language)
            sentences.append(text.prefix(1).uppercased() + text.dropFirst())
        }
        if outcome.status == .feasible {
            sentences.append(ComparisonWords.notProven(language))
        }
        return sentences.joined(separator: ". ") + "."
    }

    /// `a`, `a and b`, `a, b and c`.
    public static func list(_ items: [String], in language: Language = .en) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return ComparisonWords.and(language, items.dropLast().joined(separator: ", "), items.last!)
    }
}
