import HousingMatch

/// The `table` report of `site`: the site, the groups that could take it and
/// what each would bring, what it lacks for those that almost fit, and why
/// the others are out.
struct SiteOfferReport {
    let scenario: Scenario
    let offer: SiteOffer
    let seconds: Double

    func render() -> String {
        let o = offer
        var sections: [String] = []
        let owner = o.owner.isEmpty ? "" : ", offered by \(o.owner)"
        var head = "\(o.site) \(o.name) (\(o.town), \(o.units) dwellings, \(o.accessibleUnits) accessible, rent "
            + "\(Format.number(o.rent)), \(o.commonRoom ? "common room" : "no common room")\(owner))"
        if let group = o.takenBy {
            head += ": taken by \(group) with \(o.members) members in the best match."
        } else {
            head += ": unused in the best match."
        }
        if o.baseStatus != .optimal { head += " (\(o.baseStatus.rawValue): not proven best)" }
        sections.append(head)

        let could = o.groups.filter(\.exclusions.isEmpty)
        if could.isEmpty {
            sections.append("No group could take it as it is.")
        } else {
            var table = TextTable(["group", "members there", "care there", "households overall", "who"])
            for candidate in could {
                guard let outcome = candidate.ifTaken else {
                    table.add([candidate.group.rawValue, "not asked", "", "", ""])
                    continue
                }
                table.add(["\(candidate.group) \(candidate.name)", TrialWording.members(outcome),
                           TrialWording.care(outcome.careAfter), TrialWording.overall(outcome), TrialWording.who(outcome)])
            }
            sections.append("Groups that could take it, each required to (against the best match):\n" + table.render())
            for candidate in could {
                if let lines = TrialWording.effectLines(candidate.ifTaken?.effects,
                                                        heading: "If \(candidate.group) takes \(o.site):", in: scenario) {
                    sections.append(lines)
                }
            }
            for candidate in could {
                guard let rules = candidate.ifTaken?.conflict, !rules.isEmpty else { continue }
                sections.append("\(candidate.group) cannot take it"
                                + GroupExplanationReport.conflictLines(rules, intro: ": these rules cannot all hold with it:"))
            }
        }

        let almost = o.groups.filter(\.almostFits)
        if !almost.isEmpty {
            var table = TextTable(["group", "lacks", "site changed to", "members there", "households overall", "who"])
            for candidate in almost {
                let lacks = candidate.exclusions.map(\.message).joined(separator: "; ")
                guard let outcome = candidate.ifChanged else {
                    table.add([candidate.group.rawValue, lacks, "not asked", "", "", ""])
                    continue
                }
                table.add([candidate.group.rawValue, lacks, outcome.description, TrialWording.members(outcome),
                           TrialWording.overall(outcome), TrialWording.who(outcome)])
            }
            sections.append("Groups that almost fit: what the site lacks, and what it brings changed (the group required to take it):\n"
                            + table.render())
            for candidate in almost {
                guard let outcome = candidate.ifChanged else { continue }
                if let lines = TrialWording.effectLines(outcome.effects,
                                                        heading: "With \(outcome.description), if \(candidate.group) takes it:",
                                                        in: scenario) {
                    sections.append(lines)
                }
            }
        }

        let out = o.groups.filter { !$0.exclusions.isEmpty && !$0.almostFits }
        if !out.isEmpty {
            sections.append("Other groups, and what keeps each out:\n" + out.map { candidate in
                "  \(candidate.group): " + candidate.exclusions.map(\.message).joined(separator: "; ")
            }.joined(separator: "\n"))
        }
        sections.append("Answered in \(Format.seconds(seconds))" + (o.complete ? "." : " (stopped early)."))
        return sections.joined(separator: "\n\n")
    }
}
