import HousingMatch

/// The words of a comparison report, shared by the table and the HTML report so that both say the same.
///
/// Written for a policy officer: households, not seekers; "gains a place", not "assigned".
public enum ComparisonWording {
    /// A solve's status in a few words.
    public static func status(_ status: MatchStatus) -> String {
        switch status {
        case .optimal: "optimal"
        case .feasible: "feasible, not proven best"
        case .infeasible: "infeasible: no match meets every rule"
        case .noSolution: "no match found within the limits"
        }
    }

    /// A care type as a row name; households without a care need are "no care".
    public static func careType(_ careType: CareType?) -> String {
        careType ?? "no care"
    }

    /// `1 household`, `2 households`; with a word between, `1 more household`.
    public static func households(_ count: Int, more: String? = nil) -> String {
        "\(count) " + (more.map { $0 + " " } ?? "") + "household\(count == 1 ? "" : "s")"
    }

    /// A difference with its sign: `+1`, `-20`, `0`.
    public static func signed(_ value: Double) -> String {
        value > 0 ? "+" + ReportFormat.number(value) : ReportFormat.number(value)
    }

    /// Where a household lives: `g3 at s8 (Bunnik)`, or `-` when not housed.
    public static func placement(_ placement: Placement?) -> String {
        guard let placement else { return "-" }
        return "\(placement.group) at \(placement.site) (\(placement.town))"
    }

    /// Where a group forms: `s8 De Nieuwe Hof (Bunnik), 12 members`, or `-`.
    public static func formation(_ formation: GroupChange.Formation?) -> String {
        guard let formation else { return "-" }
        let name = formation.siteName == formation.site.rawValue ? "" : " \(formation.siteName)"
        return "\(formation.site)\(name) (\(formation.town)), \(formation.members) members"
    }

    public static func kind(_ kind: HouseholdChange.Kind) -> String {
        switch kind {
        case .gainsPlace: "gains a place"
        case .losesPlace: "loses its place"
        case .changesGroup: "moves to another group"
        case .changesSite: "moves with its group to another site"
        }
    }

    public static func kind(_ kind: GroupChange.Kind) -> String {
        switch kind {
        case .forms: "forms"
        case .stopsForming: "no longer forms"
        case .changesSite: "takes another site"
        }
    }

    /// A note on a household the variant adds or removes, else empty.
    public static func presence(_ presence: HouseholdChange.Presence) -> String {
        switch presence {
        case .both: ""
        case .onlyInBase: "removed by the variant"
        case .onlyInVariant: "added by the variant"
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
    public static func subject(of outcome: ScenarioOutcome) -> String {
        let changes = outcome.changes
        // A plain scenario file compared with the base: its name is the subject.
        guard let first = changes.first else { return outcome.label }
        func entry(_ change: ScenarioChange) -> String {
            let kind = change.entry == "seeker" ? "household" : change.entry ?? "entry"
            return "\(kind) \(change.id ?? "")" + (change.name.map { " (\($0))" } ?? "")
        }
        let sameEntry = changes.allSatisfy { $0.entry == first.entry && $0.id == first.id && $0.kind == first.kind }
        if sameEntry {
            switch first.kind {
            case .add: return "Adding \(entry(first))"
            case .remove: return "Removing \(entry(first))"
            case .modify: return "Changing \(entry(first))"
            case .weight: return "Changing the weights of the second objective"
            }
        }
        let sameKind = changes.allSatisfy { $0.entry == first.entry && $0.kind == first.kind }
        if sameKind, let kind = first.entry, first.kind != .weight {
            let noun = (kind == "seeker" ? "household" : kind) + "s"
            switch first.kind {
            case .add: return "Adding \(changes.count) \(noun)"
            case .remove: return "Removing \(changes.count) \(noun)"
            default: return "Changing the entries of \(Set(changes.compactMap(\.id)).count) \(noun)"
            }
        }
        return "Making the \(changes.count) changes of \(outcome.label)"
    }

    /// A variant's result in a few plain sentences: what it does to the number housed,
    /// who gains, loses or moves, and which groups form or stop forming.
    public static func summary(of variant: VariantComparison, base: ScenarioOutcome) -> String {
        let outcome = variant.outcome
        let subject = subject(of: outcome)
        guard outcome.hasMatch else {
            return outcome.status == .infeasible
                ? "\(subject) leaves no match that meets every rule (infeasible): as it stands, this change cannot be carried out."
                    + (outcome.conflict.map { rules in
                        rules.isEmpty ? "" : " These rules cannot all hold: " + rules.map(\.statement).joined(separator: "; ") + "."
                    } ?? "")
                : "\(subject): no match was found within the limits, so the solve needs more time before it says anything."
        }
        guard base.hasMatch, let change = variant.housedChange, let differences = variant.differences else {
            return "The base has no match (\(status(base.status))); with this variant \(households(outcome.housedHouseholds)) are housed."
        }

        var sentences: [String] = []
        var housed = "\(subject) houses "
        let counts = "\(outcome.housedHouseholds) instead of \(base.housedHouseholds)"
        if change > 0 {
            housed += "\(households(change, more: "more")) than the base (\(counts)"
        } else if change < 0 {
            housed += "\(households(-change, more: "fewer")) than the base (\(counts)"
        } else {
            housed += "as many households as the base (\(outcome.housedHouseholds)"
        }
        // Priorities only need a mention when they tell a different story from the count.
        if let priority = variant.housedPriorityChange, abs(priority - Double(change)) > 1e-6,
           let before = base.housedPriority, let after = outcome.housedPriority {
            housed += "; \(ReportFormat.number(after)) counted by priority instead of \(ReportFormat.number(before))"
        }
        sentences.append(housed + ")")

        let moves: [(HouseholdChange.Kind, String, String)] = [
            (.gainsPlace, "gains a place", "gain a place"),
            (.losesPlace, "loses its place", "lose their place"),
            (.changesGroup, "moves to another group", "move to another group"),
            (.changesSite, "moves with its group to another site", "move with their group to another site"),
        ]
        let parts = moves.compactMap { kind, one, many -> String? in
            let count = differences.households(kind).count
            return count == 0 ? nil : "\(households(count)) \(count == 1 ? one : many)"
        }
        sentences.append(parts.isEmpty ? "No household changes place" : list(parts))

        let groupParts = GroupChange.Kind.allCases.compactMap { kind -> String? in
            let groups = differences.groups(kind)
            guard !groups.isEmpty else { return nil }
            let names = list(groups.map(group))
            switch kind {
            case .forms: return "\(groups.count == 1 ? "group" : "groups") \(names) \(groups.count == 1 ? "forms" : "form")"
            case .stopsForming: return "\(groups.count == 1 ? "group" : "groups") \(names) no longer \(groups.count == 1 ? "forms" : "form")"
            case .changesSite: return "\(groups.count == 1 ? "group" : "groups") \(names) \(groups.count == 1 ? "takes" : "take") another site"
            }
        }
        if !groupParts.isEmpty {
            let text = list(groupParts)
            sentences.append(text.prefix(1).uppercased() + text.dropFirst())
        }
        if outcome.status == .feasible {
            sentences.append("This match is valid but was not proven best within the time limit")
        }
        return sentences.joined(separator: ". ") + "."
    }

    /// `a`, `a and b`, `a, b and c`.
    public static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
