import HousingMatch

/// The `table` report of `explain --group`: where the group stands, the rules
/// that hold it back, then what each tried change brings.
struct GroupExplanationReport {
    let scenario: Scenario
    let explanation: GroupExplanation
    let seconds: Double

    func render() -> String {
        let e = explanation
        var sections: [String] = []
        var head = "\(e.group) \(e.name) (\(e.minSize)–\(e.maxSize) members): "
        if let site = e.site {
            head += "takes \(site) with \(e.members) members in the best match"
        } else {
            head += "does not form in the best match"
        }
        if e.baseStatus != .optimal { head += " (\(e.baseStatus.rawValue): not proven best)" }
        sections.append(head + ".")

        var sites = ["possible sites: " + (e.possibleSites.isEmpty ? "none" : e.possibleSites.map(\.rawValue).joined(separator: ", "))]
        for excluded in e.excludedSites {
            sites.append("not \(excluded.site): " + excluded.exclusions.map(\.message).joined(separator: "; "))
        }
        if e.sitesElsewhere > 0 { sites.append("\(e.sitesElsewhere) site\(e.sitesElsewhere == 1 ? "" : "s") outside its towns") }
        sections.append(sites.map { "  " + $0 }.joined(separator: "\n"))

        if let forced = e.ifFormed {
            if forced.membersAfter ?? 0 > 0 {
                sections.append("If it must form: \(TrialWording.members(forced)) with care \(TrialWording.care(forced.careAfter)); "
                                + "households housed overall \(TrialWording.overall(forced))"
                                + (TrialWording.who(forced).isEmpty ? "" : " (\(TrialWording.who(forced)))") + ".")
            } else {
                sections.append("If it must form: \(forced.status == .infeasible ? "no match lets it form" : TrialWording.overall(forced))"
                                + Self.conflictLines(forced.conflict, intro: "; these rules cannot all hold with it:"))
            }
        }

        let heading = e.site == nil && (e.ifFormed?.membersAfter ?? 0) == 0 ? "Why it does not form" : "Why it is not larger"
            + (e.site == nil ? " (where it would form)" : "")
        // The rules that keep it from forming at all are listed just above, under "If it must form".
        let shown = e.ifFormed?.conflict?.map(\.statement)
        let conflictShown = shown?.isEmpty == false && e.formingCheck?.conflict?.map(\.statement) == shown
        sections.append(heading + ":\n" + (e.bindingRules.isEmpty ? "  nothing found"
            : e.bindingRules.map { rule in
                rule.kind == .cannotFormAtAll && conflictShown
                    ? "  - cannot form at all, even on its own: the rules above cannot all hold together"
                    : "  - " + rule.message
            }.joined(separator: "\n")))

        let tried = e.changes.filter { $0.requirements.isEmpty }.count
        var table = TextTable(["change", "\(e.group) members", "households overall", "who"])
        for outcome in e.changes {
            let label = outcome.requirements.isEmpty ? outcome.description : "  and if \(e.group) must form"
            table.add([label, TrialWording.members(outcome), TrialWording.overall(outcome), TrialWording.who(outcome)])
        }
        let helpful = e.helpful.map(\.description)
        sections.append("\(tried) change\(tried == 1 ? "" : "s") tried in \(Format.seconds(seconds))"
                        + (e.complete ? "" : " (stopped early)") + ": "
                        + (helpful.isEmpty ? "none lets it form or grow, or houses anyone more." : "helping: " + helpful.joined(separator: "; ") + ".")
                        + (e.changes.isEmpty ? "" : "\n\n" + table.render()))
        return sections.joined(separator: "\n\n")
    }

    /// ":\n  - rule\n  - rule" after `intro`, or "." when there is no conflict to show.
    static func conflictLines(_ rules: [ConflictingRule]?, intro: String) -> String {
        guard let rules, !rules.isEmpty else { return "." }
        return intro + "\n" + rules.map { "  - \($0.statement)" }.joined(separator: "\n")
    }
}
