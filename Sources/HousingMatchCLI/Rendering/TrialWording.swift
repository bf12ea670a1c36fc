import HousingMatch

/// Words shared by the reports that show what a tried change brings.
enum TrialWording {
    /// "+2", "-1", "0"; "+2 found, not proven" when a solve stopped at its
    /// time limit: the two matches compared are then both only the best found,
    /// so the difference is neither a bound nor exact.
    static func change(_ value: Int?, proven: Bool) -> String {
        guard let value else { return "-" }
        let text = value > 0 ? "+\(value)" : "\(value)"
        return proven ? text : "\(text) found, not proven"
    }

    /// "0 → 7", or "infeasible" / "no match in time" without a match.
    static func members(_ outcome: TrialOutcome) -> String {
        switch outcome.status {
        case .infeasible: return "cannot"
        case .noSolution: return "no match in time"
        case .optimal, .feasible:
            return "\(outcome.membersBefore ?? 0) → \(outcome.membersAfter ?? 0)"
                + (outcome.siteAfter.map { " at \($0)" } ?? "")
        }
    }

    /// Who the change houses and who it leaves out, both sides read from the
    /// re-solve: "h7 loses their place; h12 and h40 gain one; g3 moves to s2".
    /// Without the two matches to compare, the old short form "h12, h40; not h7".
    static func who(_ outcome: TrialOutcome) -> String {
        if let effects = outcome.effects {
            return effects.changesNothingElse && effects.gainPlace.isEmpty ? "nobody else changes" : effects.summary
        }
        var parts: [String] = []
        if !outcome.newlyHoused.isEmpty { parts.append(ids(outcome.newlyHoused)) }
        if !outcome.noLongerHoused.isEmpty { parts.append("not " + ids(outcome.noLongerHoused)) }
        return parts.joined(separator: "; ")
    }

    /// The whole of a trial's effects as indented lines under a heading
    /// ("If g1 takes s4:"), or nothing when it changes nothing beyond placing one household.
    static func effectLines(_ effects: TrialEffects?, heading: String, in scenario: Scenario) -> String? {
        let lines = effectSentences(effects, in: scenario)
        guard !lines.isEmpty else { return nil }
        return heading + "\n" + lines.map { "  - " + $0 }.joined(separator: "\n")
    }

    /// ``TrialEffects/sentences(in:)``, or none when the summary has said it all
    /// (one household placed and nothing else moved).
    static func effectSentences(_ effects: TrialEffects?, in scenario: Scenario) -> [String] {
        guard let effects else { return [] }
        if effects.changesNothingElse && effects.gainPlace.count <= 1 && effects.startForming.isEmpty { return [] }
        return effects.sentences(in: scenario)
    }

    /// Households shown in one cell before the rest are counted (the JSON lists them all).
    static let shownHouseholds = 8

    /// "h1, h2, h3", or "h1, …, h8 and 12 more".
    static func ids(_ seekers: [SeekerID]) -> String {
        let shown = seekers.prefix(shownHouseholds).map(\.rawValue).joined(separator: ", ")
        return seekers.count > shownHouseholds ? shown + " and \(seekers.count - shownHouseholds) more" : shown
    }

    /// "households +1 (priority +1.5)", or why there is no number.
    static func overall(_ outcome: TrialOutcome) -> String {
        switch outcome.status {
        case .infeasible: return "no match meets it"
        case .noSolution: return "no match found in time"
        case .optimal, .feasible:
            var text = change(outcome.householdsChange, proven: outcome.proven)
            if let priority = outcome.housedChange, let households = outcome.householdsChange,
               abs(priority - Double(households)) > 1e-9 {
                text += " (priority \(priority > 0 ? "+" : "")\(Format.number(priority)))"
            }
            return text
        }
    }

    /// Care arrangements in a few words: "c2 3 × VG, c1 2 × elderly".
    static func care(_ arrangements: [CareArrangement]) -> String {
        arrangements.isEmpty ? "-" : arrangements.map { "\($0.provider) \($0.clients) × \($0.careType)" }.joined(separator: ", ")
    }
}
