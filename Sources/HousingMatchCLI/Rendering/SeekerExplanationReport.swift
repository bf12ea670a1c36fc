import HousingMatch
import Wording

/// The `table` report of `explain --seeker`: where the household stands,
/// each group with what keeps it out or what placing it there would cost,
/// then the smallest change to its wishes that would place it.
struct SeekerExplanationReport {
    let scenario: Scenario
    let explanation: SeekerExplanation
    /// The language of the words (`--lang`); what is not yet in the catalogue stays English.
    var language: Language = .en
    /// Whether the household's care type is shown (`--with-care-details`).
    var showsCare = false

    private var care: CareWording { CareWording(scenario: scenario, language: language, showsCare: showsCare) }

    func render() -> String {
        let id = explanation.seeker.rawValue
        let who = explanation.careType.map { ReportWords.careOf(language, id, careShown($0)) } ?? id
        let title = scenario.name.isEmpty ? ReportWords.theScenario(language) : scenario.name
        var sections: [String] = []
        let unproven = explanation.status == .feasible ? ReportWords.notProvenBest(language) : ""

        if let placement = explanation.placement {
            sections.append(ReportWords.isPlaced(language, who, placement.group, placement.site, title, unproven,
                                                 placement.fit.text(in: language)))
            let others = explanation.groups.filter { $0.open && !$0.current }
            sections.append(others.isEmpty
                ? ReportWords.noOtherOpen(language, id)
                : ReportWords.alsoOpen(language, id, others.map { "\($0.group) (\($0.fit.text(in: language)))" }.joined(separator: "; ")))
        } else {
            var line = ReportWords.notPlaced(language, who, title, unproven)
            let reason = explanation.reasonSentence.map(care.say) ?? explanation.reason.map(care.masked)
            if let reason { line += "\n" + ReportWords.reason(language, reason) }
            sections.append(line)
        }
        sections.append(groupsSection())
        if let search = explanation.changeSearch { sections.append(changesSection(search)) }
        return sections.joined(separator: "\n\n")
    }

    private func groupsSection() -> String {
        let care = self.care
        var lines = [ReportWords.groups(language)]
        // Open groups first (those a household can act on), then the rest in scenario order.
        let ordered = explanation.groups.filter(\.open) + explanation.groups.filter { !$0.open }
        for check in ordered {
            let head = "  \(check.group)  "
            if check.open {
                var text = head + (check.current ? ReportWords.member(language) : ReportWords.open(language))
                if let cost = check.cost { text += "; placing \(explanation.seeker) here: " + costWords(cost) }
                text += "; " + check.fit.text(in: language)
                lines.append(text)
                // Everything else the placement changes, both sides, as its re-solve found it.
                for sentence in TrialWording.effectSentences(check.cost?.effects, in: scenario, care: care) {
                    lines.append("      - " + sentence)
                }
                if let rules = check.cost?.conflict, !rules.isEmpty {
                    lines.append("      " + ReportWords.rulesWithIt(language, rules.map(care.say).joined(separator: "; ")))
                }
                let suits = check.sites.filter { $0.ruledOutBy.isEmpty }.map(\.site.rawValue)
                if !suits.isEmpty, !check.current {
                    lines.append("      " + ReportWords.sitesThatSuit(language, suits.joined(separator: ", ")))
                }
                continue
            }
            lines.append(head + ReportWords.ruledOut(language, check.ruledOutBy.map(care.say).joined(separator: "; ")))
            // Site by site only when the sites are what decides (not, say, a decline).
            let siteKinds: Set<HardFilterReason.Kind> = [.noSuitableSite, .outsideTowns]
            guard check.ruledOutBy.contains(where: { siteKinds.contains($0.kind) }) else { continue }
            for site in check.sites where !site.ruledOutBy.isEmpty {
                let rent = language == .en ? Format.number(site.rent) : NumberWording(language).euros(site.rent)
                lines.append("      " + ReportWords.siteRent(language, site.site, site.municipality, rent,
                                                             site.ruledOutBy.map(care.say).joined(separator: "; ")))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The household's care: its type with care details ("ouderenzorg"), otherwise only "yes" ("ja").
    private func careShown(_ code: String) -> String {
        showsCare ? care.careType(code) : ReportWords.yes(language)
    }

    private func costWords(_ cost: PlacementCost) -> String {
        var text = care.say(cost.sentence)
        if !cost.proven && cost.feasible && !cost.displaced.isEmpty { text += " (not proven in the time given)" }
        return text
    }

    private func changesSection(_ search: SeekerExplanation.ChangeSearch) -> String {
        let id = explanation.seeker.rawValue
        var lines: [String] = []
        let working = search.working
        if let smallest = working.first {
            lines.append("Smallest change to \(id)'s own wishes that places them without displacing anyone: "
                         + "\(care.masked(smallest.description))" + (smallest.group.map { " (joins \($0))" } ?? "") + ".")
            for other in working.dropFirst() {
                lines.append("  also: \(care.masked(other.description))" + (other.group.map { " (joins \($0))" } ?? ""))
            }
        } else if search.tried.isEmpty {
            lines.append("No change to \(id)'s own wishes (towns, rent limit, excludes, apart) opens a group or site to them"
                         + (search.complete ? "." : " among those tried."))
        } else {
            lines.append("No change to \(id)'s own wishes tried places them without displacing anyone.")
        }
        let failed = search.tried.filter { $0.verdict != .works }
        if !failed.isEmpty {
            lines.append("Tried without success: " + failed.map { trial in
                care.masked(trial.description) + (trial.verdict == .undecided ? " (not settled in the time given)" : "")
            }.joined(separator: "; ") + ".")
        }
        if search.screenedOut > 0 {
            lines.append(search.screenedOut == 1
                ? "1 other change left untried: it opens no group or site to \(id)."
                : "\(search.screenedOut) other changes left untried: they open no group or site to \(id).")
        }
        if !search.complete { lines.append("The search stopped before its end (see --change-solves).") }
        return lines.joined(separator: "\n")
    }
}
