import HousingMatch
import Wording

/// Words shared by the reports that show what a tried change brings, in the
/// report's language (`--lang`); English unless asked.
enum TrialWording {
    private typealias W = ExplorationReportWords

    /// "+2", "-1", "0"; "+2 found, not proven" when a solve stopped at its
    /// time limit: the two matches compared are then both only the best found,
    /// so the difference is neither a bound nor exact.
    static func change(_ value: Int?, proven: Bool, in language: Language = .en) -> String {
        guard let value else { return "-" }
        let text = value > 0 ? "+\(value)" : "\(value)"
        return proven ? text : W.foundNotProven(language, text)
    }

    /// "0 → 7", or "cannot" / "no match in time" without a match.
    static func members(_ outcome: TrialOutcome, in language: Language = .en) -> String {
        switch outcome.status {
        case .infeasible: return W.cannot(language)
        case .noSolution: return W.noMatchInTime(language)
        case .optimal, .feasible:
            return W.membersChange(language, outcome.membersBefore ?? 0, outcome.membersAfter ?? 0)
                + (outcome.siteAfter.map { W.atSite(language, $0) } ?? "")
        }
    }

    /// Who the change houses and who it leaves out, both sides read from the
    /// re-solve: "h7 loses their place; h12 and h40 gain one; g3 moves to s2".
    /// Without the two matches to compare, the old short form "h12, h40; not h7".
    static func who(_ outcome: TrialOutcome, in language: Language = .en, care: CareWording? = nil) -> String {
        if let effects = outcome.effects {
            return effects.changesNothingElse && effects.gainPlace.isEmpty
                ? W.nobodyElseChanges(language) : (care ?? CareWording(showingAllIn: language)).say(effects.summarySentence)
        }
        var parts: [String] = []
        if !outcome.newlyHoused.isEmpty { parts.append(ids(outcome.newlyHoused, in: language)) }
        if !outcome.noLongerHoused.isEmpty { parts.append(W.notHoused(language, ids(outcome.noLongerHoused, in: language))) }
        return parts.joined(separator: "; ")
    }

    /// The whole of a trial's effects as indented lines under a heading
    /// ("If g1 takes s4:"), or nothing when it changes nothing beyond placing one household.
    static func effectLines(_ effects: TrialEffects?, heading: String, in scenario: Scenario,
                            care: CareWording) -> String? {
        let lines = effectSentences(effects, in: scenario, care: care)
        guard !lines.isEmpty else { return nil }
        return heading + "\n" + lines.map { "  - " + $0 }.joined(separator: "\n")
    }

    /// ``TrialEffects/statements(in:)`` in `language`, or none when the summary has said it all
    /// (one household placed and nothing else moved).
    static func effectSentences(_ effects: TrialEffects?, in scenario: Scenario, care: CareWording) -> [String] {
        guard let effects else { return [] }
        if effects.changesNothingElse && effects.gainPlace.count <= 1 && effects.startForming.isEmpty { return [] }
        return effects.statements(in: scenario).map(care.say)
    }

    /// Households shown in one cell before the rest are counted (the JSON lists them all).
    static let shownHouseholds = 8

    /// "h1, h2, h3", or "h1, …, h8 and 12 more".
    static func ids(_ seekers: [SeekerID], in language: Language = .en) -> String {
        let shown = seekers.prefix(shownHouseholds).map { Sentence.Value.plain($0.rawValue) }
        return Sentence.Value.commas(Array(shown), more: max(0, seekers.count - shownHouseholds)).text(in: language)
    }

    /// "h1, h2 and h3" ("h1, h2 en h3"), or "h1, …, h8 and 12 more", as ``TrialEffects/list(_:)`` lists them.
    static func list(_ seekers: [SeekerID], in language: Language = .en) -> String {
        let shown = seekers.prefix(shownHouseholds).map { Sentence.Value.plain($0.rawValue) }
        return Sentence.Value.andMore(Array(shown), more: max(0, seekers.count - shownHouseholds)).text(in: language)
    }

    /// "households +1 (priority +1.5)", or why there is no number.
    static func overall(_ outcome: TrialOutcome, in language: Language = .en) -> String {
        switch outcome.status {
        case .infeasible: return W.noMatchMeetsIt(language)
        case .noSolution: return W.noMatchFoundInTime(language)
        case .optimal, .feasible:
            var text = change(outcome.householdsChange, proven: outcome.proven, in: language)
            if let priority = outcome.housedChange, let households = outcome.householdsChange,
               abs(priority - Double(households)) > 1e-9 {
                text += W.priority(language, (priority > 0 ? "+" : "") + number(priority, in: language))
            }
            return text
        }
    }

    /// Care arrangements in a few words: "c2 3 × VG, c1 2 × elderly" ("c1 2 × ouderenzorg") with care details,
    /// "c2 3, c1 2" without (``CareWording/arrangements(_:separator:provider:)``).
    static func care(_ arrangements: [CareArrangement], care: CareWording) -> String {
        care.arrangements(arrangements)
    }

    /// "4.16 s" in English, "4,16 s" in Dutch.
    static func seconds(_ value: Double, in language: Language) -> String {
        language == .en ? Format.seconds(value) : Format.seconds(value).replacingOccurrences(of: ".", with: ",")
    }

    /// A number as the report's language writes it: "1.5" in English, "1,5" in Dutch.
    static func number(_ value: Double, in language: Language) -> String {
        language == .en ? Format.number(value) : NumberWording(language).number(value)
    }
}
