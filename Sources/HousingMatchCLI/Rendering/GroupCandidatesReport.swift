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

        if candidates.candidates.isEmpty {
            sections.append("No other household could join \(candidates.group) under the rules.")
        } else {
            let shown = candidates.candidates.count
            var table = TextTable(["seeker", "care", "fit", "choice", "values", "now in", "comes with", "cost"])
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
            let count = candidates.eligibleCount
            sections.append((count == shown ? "\(count) households could join, best fit first:"
                                            : "\(count) households could join; the best \(shown) by fit:")
                            + "\n" + table.render())
            // An impossible placement with its reason: the rules that cannot hold with it.
            let impossible = candidates.candidates.compactMap { candidate in
                candidate.cost?.conflict.map { (candidate.seeker, $0) }
            }
            for (seeker, rules) in impossible where !rules.isEmpty {
                sections.append("\(seeker) cannot join \(candidates.group) because these rules cannot all hold with it:\n"
                                + rules.map { "  - \($0.statement)" }.joined(separator: "\n"))
            }
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
