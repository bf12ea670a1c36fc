import Foundation
import HousingMatch
import Wording

/// The `table` report of a solve: each forming group, then a summary.
///
/// Written for founders: ids with names, members with the facts that placed
/// them (generations, care type and hours, accessibility), and for everyone
/// left out, the reason.
struct MatchReport {
    let scenario: Scenario
    let result: MatchResult
    /// The language of the words (`--lang`); the solution file stays English.
    var language: Language = .en
    /// Whether members' care types and hours are shown (`--with-care-details`); otherwise "yes" / "-".
    var showsCare = false

    private var care: CareWording { CareWording(scenario: scenario, language: language, showsCare: showsCare) }

    func render() -> String {
        var sections: [String] = []
        let title = scenario.name.isEmpty ? ReportWords.scenario(language) : scenario.name
        sections.append("\(title): \(statusLine)")
        if let conflict = result.conflict, !conflict.isEmpty { sections.append(Self.describe(conflict, care: care)) }
        for group in result.match.groups { sections.append(render(group)) }
        sections.append(summary())
        return sections.joined(separator: "\n\n")
    }

    private var statusLine: String {
        switch result.status {
        case .optimal: ReportWords.statusOptimal(language)
        case .feasible: ReportWords.statusFeasible(language)
        case .infeasible: ReportWords.statusInfeasible(language)
        case .noSolution: ReportWords.statusNoSolution(language)
        }
    }

    private func render(_ formed: FormedGroup) -> String {
        let group = scenario.groups.first { $0.id == formed.id }
        let site = scenario.sites.first { $0.id == formed.site }
        var lines: [String] = []
        var heading = "\(formed.id)"
        if let group, !group.name.isEmpty { heading += " \(group.name)" }
        var siteWords = formed.site.rawValue
        if let site {
            if !site.name.isEmpty { siteWords += " \(site.name)" }
            let rent = language == .en ? Format.number(site.rent) : NumberWording(language).euros(site.rent)
            siteWords += " " + ReportWords.siteFacts(language, site.municipality, site.units, site.accessibleUnits, rent)
        }
        lines.append(ReportWords.groupAtSite(language, heading, siteWords))
        lines.append("  " + ReportWords.members(language, formed.members.count)
                     + (group.map { ReportWords.size(language, $0.minSize, $0.maxSize) } ?? ""))

        var table = TextTable([ReportWords.columnMember(language), ReportWords.columnGenerations(language),
                               ReportWords.columnCare(language), ReportWords.columnAccessible(language),
                               ReportWords.columnNote(language)])
        let care = self.care
        for id in formed.members {
            guard let seeker = scenario.seekers.first(where: { $0.id == id }) else { continue }
            table.add([id.rawValue, seeker.generations.joined(separator: ", "), care.cell(seeker.care),
                       seeker.needsAccessible ? ReportWords.yes(language) : "-", note(for: seeker, in: group)])
        }
        lines.append(table.render())
        if !formed.care.isEmpty {
            let arrangements = care.arrangements(formed.care, separator: "; ") { id in
                let provider = scenario.providers.first { $0.id == id }
                return "\(id)" + (provider.map { $0.name.isEmpty ? "" : " (\($0.name))" } ?? "") + ":"
            }
            lines.append("  " + ReportWords.care(language, arrangements))
        }
        return lines.joined(separator: "\n")
    }

    private func note(for seeker: Seeker, in group: Group?) -> String {
        guard let group else { return "" }
        if group.founders.contains(seeker.id) { return ReportWords.founder(language) }
        if let position = seeker.preferences.firstIndex(of: group.id) {
            return ReportWords.choice(language, position + 1, seeker.preferences.count)
        }
        return ""
    }

    /// A number as the reader's language writes it: "39.5" in English, "39,5" in Dutch.
    private func number(_ value: Double) -> String {
        language == .en ? Format.number(value) : NumberWording(language).number(value)
    }

    /// The rules that cannot all hold together, each with what changing it on
    /// its own gave when the engine solved that changed scenario:
    ///
    ///     These rules cannot all hold together:
    ///       - s5 (Kloosterhof, De Bilt) has a rent of 1020
    ///         changed on its own, with s5's rent at 950: a match exists; g5 forms with 7 households, ...
    ///       - c3 (GGZ Kromme Rijn) serves at least 2 clients at a site
    ///         changed on its own, with c3 at a minimum of 0 clients per site: still no match
    static func describe(_ conflict: [ConflictingRule], in language: Language = .en) -> String {
        describe(conflict, care: CareWording(showingAllIn: language))
    }

    /// The conflicting rules, said as `care` says care.
    static func describe(_ conflict: [ConflictingRule], care: CareWording) -> String {
        let language = care.language
        var lines = [ReportWords.conflictHeading(language)]
        for rule in conflict {
            lines.append("  - \(care.say(rule))")
            guard let tried = rule.tried else { continue }
            var line = "    " + ConflictTrialWords.changedAlone(language, care.masked(tried.changeText(in: language)),
                                                                care.masked(tried.outcomeText(in: language)))
            if let smaller = tried.smallerChange {
                line += ConflictTrialWords.smallerNoMatch(language, care.masked(smaller.changeText(in: language)))
            }
            lines.append(line)
        }
        if conflict.contains(where: { $0.tried == nil }) && conflict.contains(where: { $0.tried != nil }) {
            lines.append("  (the rules without a change below them were not tried in the time given)")
        }
        return lines.joined(separator: "\n")
    }

    /// "kept from the earlier match: 38 of 39 households in their group (moved: h17); 6 of 6 groups at their site".
    static func describe(_ kept: KeptAssignments) -> String {
        func moved<ID: CustomStringConvertible>(_ ids: [ID]) -> String {
            guard !ids.isEmpty else { return "" }
            let shown = ids.prefix(8).map(\.description).joined(separator: ", ")
            return " (moved: \(shown)\(ids.count > 8 ? " and \(ids.count - 8) more" : ""))"
        }
        return "kept from the earlier match: \(kept.membersKept) of \(kept.membersBefore) households in their group"
            + moved(kept.membersMoved)
            + "; \(kept.sitesKept) of \(kept.groupsBefore) groups at their site" + moved(kept.groupsMoved)
    }

    private func summary() -> String {
        var lines = [ReportWords.summary(language)]
        let housed = result.match.groups.reduce(0) { $0 + $1.members.count }
        if let objective = result.objective {
            var bound = ""
            if result.status != .optimal, let best = result.statistics.housedBound {
                bound = ReportWords.housedBound(language, number(best))
            }
            lines.append("  " + ReportWords.housed(language, housed, scenario.seekers.count, number(objective.housed), bound))
            var fitBound = ""
            if result.status != .optimal, let best = result.statistics.preferenceBound,
               best > objective.preference + 1e-6 * max(1, abs(best)) {
                fitBound = ReportWords.fitBound(language, number(best))
            }
            lines.append("  " + ReportWords.fit(language, number(objective.preference), fitBound))
        }
        if let kept = result.kept { lines.append("  " + Self.describe(kept)) }
        lines.append("  " + ReportWords.groupsFormed(language, result.match.groups.count, scenario.groups.count,
                                                      result.match.groups.count, scenario.sites.count))
        if !result.unassigned.isEmpty {
            lines.append("  " + ReportWords.unassigned(language, result.unassigned.count))
            var byReason: [(reason: String, seekers: [String])] = []
            for entry in result.unassigned {
                let reason = care.say(entry)
                if let index = byReason.firstIndex(where: { $0.reason == reason }) {
                    byReason[index].seekers.append(entry.seeker.rawValue)
                } else {
                    byReason.append((reason, [entry.seeker.rawValue]))
                }
            }
            for (reason, seekers) in byReason {
                lines.append("    \(seekers.joined(separator: ", ")): \(reason)")
            }
        }
        let stats = result.statistics
        var stages = stats.stageSeconds.enumerated().map { "stage \($0.offset + 1) \(Format.seconds($0.element))" }
        if let seconds = stats.tieBreakSeconds { stages.append("choosing among equal matches \(Format.seconds(seconds))") }
        lines.append("  solve time: \(Format.seconds(stats.totalSeconds)) (build \(Format.seconds(stats.buildSeconds))"
                     + (stages.isEmpty ? "" : ", " + stages.joined(separator: ", ")) + ")")
        lines.append("  model: \(stats.variables) variables (\(stats.integerVariables) integer), \(stats.constraints) constraints")
        for (stage, how) in stats.settledBy.enumerated() where how.contains("failed") {
            lines.append("  note: in stage \(stage + 1) a solver failed (settled by: \(how))")
        }
        if stats.tieBreakSettled == false {
            lines.append("  note: other matches may be just as good, and the engine did not settle which of them to"
                         + " show (it does not on large regions); another run may show another one")
        }
        return lines.joined(separator: "\n")
    }
}
