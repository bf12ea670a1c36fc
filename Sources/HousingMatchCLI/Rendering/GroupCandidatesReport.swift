import HousingMatch
import Wording

/// The `table` report of `candidates`: the group's members, then who could
/// join, best fit first, with what each would cost the others.
struct GroupCandidatesReport {
    let scenario: Scenario
    let candidates: GroupCandidates
    /// The language of the words (`--lang`).
    var language: Language = .en
    /// Whether households' care types are shown (`--with-care-details`); otherwise "care: yes".
    var showsCare = false

    private typealias W = ExplorationReportWords

    func render() -> String {
        let care = CareWording(scenario: scenario, language: language, showsCare: showsCare)
        let group = scenario.groups.first { $0.id == candidates.group }
        let name = group.map { $0.name.isEmpty ? $0.id.rawValue : "\($0.id) (\($0.name))" } ?? candidates.group.rawValue
        var sections: [String] = []
        if let why = candidates.cannotForm {
            let said = candidates.cannotFormSentence(in: scenario).map(care.say) ?? care.masked(why)
            sections.append(W.cannotForm(language, name, said))
        } else if let site = candidates.site {
            let members = candidates.members.map { member in
                member.seeker.rawValue + describe(care: member.careType, founder: member.founder)
            }.joined(separator: ", ")
            sections.append(W.formsAt(language, name, site, candidates.status == .feasible ? W.notProvenBest(language) : "",
                                      members))
        } else {
            sections.append(W.doesNotFormStatus(language, name, candidates.status.rawValue))
        }

        let id = candidates.group
        if candidates.candidates.isEmpty {
            sections.append(candidates.impossible.isEmpty && candidates.notAsked == 0
                ? W.noOtherCouldJoin(language, id) : W.noneFound(language, id))
        } else {
            let shown = candidates.candidates.count
            var table = TextTable([W.columnSeeker, W.columnCare, W.columnFit, W.columnChoice, W.columnValues, W.columnNowIn,
                                   W.columnComesWith, W.columnWhatItChanges].map { $0(language) })
            for candidate in candidates.candidates {
                table.add([
                    candidate.seeker.rawValue, candidate.careType.map(careShown) ?? "-", number(candidate.fit.score),
                    candidate.fit.preferencePosition.map { W.choiceOf(language, $0, candidate.fit.preferenceCount) } ?? "-",
                    candidate.fit.sharedValues.isEmpty ? "-" : candidate.fit.sharedValues.joined(separator: ", "),
                    candidate.currentGroup?.rawValue ?? "-",
                    candidate.together.isEmpty ? "-" : candidate.together.map(\.rawValue).joined(separator: ", "),
                    candidate.cost.map { care.say($0.sentence) } ?? W.notAsked(language),
                ])
            }
            let asked = candidates.candidates.contains { $0.cost != nil }
            let rest = candidates.notAsked
            let lead = !asked ? W.bestByFit(language, candidates.eligibleCount, shown)
                : rest == 0 ? (shown == 1 ? W.couldJoinOne : W.couldJoinMany)(language, shown)
                : W.couldJoinNotAsked(language, shown, rest)
            sections.append(lead + "\n" + table.render() + "\n" + W.fitNote(language, id))
            // Everything each placement changes, both sides, as its re-solve found it.
            for candidate in candidates.candidates {
                guard let lines = TrialWording.effectLines(candidate.cost?.effects,
                                                           heading: W.ifJoins(language, candidate.seeker, id), in: scenario,
                                                           care: care)
                else { continue }
                sections.append(lines)
            }
        }
        if !candidates.impossible.isEmpty {
            // Households with the same conflicting rules are told together.
            var order: [[String]] = []
            var who: [[String]: [SeekerID]] = [:]
            var said: [[String]: [String]] = [:]
            for candidate in candidates.impossible {
                let rules = (candidate.cost?.conflict ?? []).map(\.statement)
                if who[rules] == nil {
                    order.append(rules)
                    said[rules] = (candidate.cost?.conflict ?? []).map(care.say)
                }
                who[rules, default: []].append(candidate.seeker)
            }
            var lines = [W.cannotJoinAfterAll(language, id)]
            for rules in order {
                let seekers = who[rules]!
                let names = TrialWording.list(seekers, in: language)
                lines.append(rules.isEmpty
                    ? "  \(names)"
                    : "  " + (seekers.count == 1 ? W.rulesWithOne : W.rulesWithMany)(language, names) + "\n"
                        + said[rules]!.map { "    - \($0)" }.joined(separator: "\n"))
            }
            sections.append(lines.joined(separator: "\n"))
        }
        if candidates.candidates.isEmpty && candidates.notAsked > 0 {
            sections.append(W.moreNotAsked(language, candidates.notAsked))
        }
        if !candidates.declined.isEmpty {
            sections.append(W.declinedByFounders(language, candidates.declined.map {
                W.withFit(language, $0.seeker, number($0.fit.score))
            }.joined(separator: ", ")))
        }
        return sections.joined(separator: "\n\n")
    }

    private func describe(care: CareType?, founder: Bool) -> String {
        let notes = (founder ? [W.founder(language)] : []) + (care.map { [W.careNote(language, careShown($0))] } ?? [])
        return notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")"
    }

    /// A household's care type with care details, otherwise only "yes" ("ja").
    private func careShown(_ code: CareType) -> String {
        showsCare ? Sentence.Value.careType(code).text(in: language) : ReportWords.yes(language)
    }

    private func number(_ value: Double) -> String { TrialWording.number(value, in: language) }
}
