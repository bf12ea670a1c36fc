import HousingMatch

/// The `table` report of `candidates`: the group's members, then who could
/// join, best fit first, with what each would cost the others.
struct GroupCandidatesReport {
    let scenario: Scenario
    let candidates: GroupCandidates

    func render() -> String {
        let group = scenario.groups.first { $0.id == candidates.group }
        let name = group.map { $0.name.isEmpty ? $0.id.rawValue : "\($0.id) (\($0.name))" } ?? candidates.group.rawValue
        var sections: [String] = []
        if let why = candidates.cannotForm {
            sections.append("\(name) cannot form: \(why).")
        } else if let site = candidates.site {
            sections.append("\(name) forms at \(site) in the best match"
                            + (candidates.status == .feasible ? " (not proven best)" : "") + ", with "
                            + candidates.members.map { member in
                                member.seeker.rawValue + describe(care: member.careType, founder: member.founder)
                            }.joined(separator: ", ") + ".")
        } else {
            sections.append("\(name) does not form in the best match (\(candidates.status.rawValue)).")
        }

        let id = candidates.group
        if candidates.candidates.isEmpty {
            sections.append(candidates.impossible.isEmpty && candidates.notAsked == 0
                ? "No other household could join \(id) under the rules."
                : "No household was found that a match can place in \(id).")
        } else {
            let shown = candidates.candidates.count
            var table = TextTable(["seeker", "care", "fit", "choice", "values", "now in", "comes with", "what it changes"])
            for candidate in candidates.candidates {
                table.add([
                    candidate.seeker.rawValue, candidate.careType ?? "-", Format.number(candidate.fit.score),
                    candidate.fit.preferencePosition.map { "\($0) of \(candidate.fit.preferenceCount)" } ?? "-",
                    candidate.fit.sharedValues.isEmpty ? "-" : candidate.fit.sharedValues.joined(separator: ", "),
                    candidate.currentGroup?.rawValue ?? "-",
                    candidate.together.isEmpty ? "-" : candidate.together.map(\.rawValue).joined(separator: ", "),
                    candidate.cost.map(\.description) ?? "not asked",
                ])
            }
            let asked = candidates.candidates.contains { $0.cost != nil }
            let rest = candidates.notAsked
            sections.append((!asked ? "\(candidates.eligibleCount) households could join under the rules; the best \(shown) by fit:"
                             : rest == 0 ? "\(shown) household\(shown == 1 ? "" : "s") could join, best fit first:"
                             : "\(shown) households could join (\(rest) more the rules let in were not asked), best fit first:")
                            + "\n" + table.render()
                            + "\n  fit: how well the household's wishes meet \(id): where it stands in their own list of groups"
                            + " (choice) and the group's values they share, weighted as the scenario says; higher is better.")
            // Everything each placement changes, both sides, as its re-solve found it.
            for candidate in candidates.candidates {
                guard let lines = TrialWording.effectLines(candidate.cost?.effects,
                                                           heading: "If \(candidate.seeker) joins \(id):", in: scenario)
                else { continue }
                sections.append(lines)
            }
        }
        if !candidates.impossible.isEmpty {
            // Households with the same conflicting rules are told together.
            var order: [[String]] = []
            var who: [[String]: [SeekerID]] = [:]
            for candidate in candidates.impossible {
                let rules = (candidate.cost?.conflict ?? []).map(\.statement)
                if who[rules] == nil { order.append(rules) }
                who[rules, default: []].append(candidate.seeker)
            }
            var lines = ["Cannot join \(id) after all: the rules let them in, but no match places them there."]
            for rules in order {
                let seekers = who[rules]!
                let names = TrialEffects.list(seekers)
                lines.append(rules.isEmpty
                    ? "  \(names)"
                    : "  \(names): these rules cannot all hold with \(seekers.count == 1 ? "it" : "them"):\n"
                        + rules.map { "    - \($0)" }.joined(separator: "\n"))
            }
            sections.append(lines.joined(separator: "\n"))
        }
        if candidates.candidates.isEmpty && candidates.notAsked > 0 {
            sections.append("\(candidates.notAsked) more the rules let in were not asked about (see --top).")
        }
        if !candidates.declined.isEmpty {
            sections.append("Declined by the founders (otherwise they could join): "
                            + candidates.declined.map { "\($0.seeker) (fit \(Format.number($0.fit.score)))" }
                                .joined(separator: ", ") + ".")
        }
        return sections.joined(separator: "\n\n")
    }

    private func describe(care: CareType?, founder: Bool) -> String {
        let notes = (founder ? ["founder"] : []) + (care.map { ["care: \($0)"] } ?? [])
        return notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")"
    }
}
