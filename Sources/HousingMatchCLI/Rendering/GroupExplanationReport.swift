import HousingMatch
import Wording

/// The `table` report of `explain --group`: where the group stands, the rules
/// that hold it back, then what each tried change brings.
struct GroupExplanationReport {
    let scenario: Scenario
    let explanation: GroupExplanation
    let seconds: Double
    /// The language of the words (`--lang`).
    var language: Language = .en
    /// Whether care types of households are shown (`--with-care-details`).
    var showsCare = false

    private typealias W = ExplorationReportWords

    func render() -> String {
        let care = CareWording(scenario: scenario, language: language, showsCare: showsCare)
        let e = explanation
        var sections: [String] = []
        var state = e.site.map { W.takesWith(language, $0, e.members) } ?? W.doesNotFormBest(language)
        if e.baseStatus != .optimal { state += W.statusNotProven(language, e.baseStatus.rawValue) }
        sections.append(W.groupHead(language, e.group, e.name, e.minSize, e.maxSize, state) + ".")

        var sites = [W.possibleSites(language, e.possibleSites.isEmpty ? W.none(language)
                                                                       : e.possibleSites.map(\.rawValue).joined(separator: ", "))]
        for excluded in e.excludedSites {
            sites.append(W.notSite(language, excluded.site,
                                   excluded.exclusions.map(care.say).joined(separator: "; ")))
        }
        if e.sitesElsewhere > 0 {
            sites.append((e.sitesElsewhere == 1 ? W.sitesOutsideOne : W.sitesOutsideMany)(language, e.sitesElsewhere))
        }
        sections.append(sites.map { "  " + $0 }.joined(separator: "\n"))

        if let forced = e.ifFormed {
            if forced.membersAfter ?? 0 > 0 {
                let who = TrialWording.who(forced, in: language, care: care)
                sections.append(W.ifMustForm(language, TrialWording.members(forced, in: language),
                                             TrialWording.care(forced.careAfter, care: care),
                                             TrialWording.overall(forced, in: language), who.isEmpty ? "" : " (\(who))"))
            } else {
                let said = forced.status == .infeasible ? W.noMatchLetsItForm(language) : TrialWording.overall(forced, in: language)
                sections.append(W.ifMustFormNot(language, said, Self.conflictLines(
                    forced.conflict, intro: "; " + W.rulesCannotHoldWithIt(language), care: care)))
            }
        }

        let heading = e.site == nil && (e.ifFormed?.membersAfter ?? 0) == 0 ? W.whyNotForm(language) : W.whyNotLarger(language)
            + (e.site == nil ? W.whereItWouldForm(language) : "")
        // The rules that keep it from forming at all are listed just above, under "If it must form".
        let shown = e.ifFormed?.conflict?.map(\.statement)
        let conflictShown = shown?.isEmpty == false && e.formingCheck?.conflict?.map(\.statement) == shown
        sections.append(heading + ":\n" + (e.bindingRules.isEmpty ? "  " + W.nothingFound(language)
            : e.bindingRules.map { rule in
                rule.kind == .cannotFormAtAll && conflictShown
                    ? "  - " + W.cannotFormRulesAbove(language)
                    : "  - " + care.say(rule)
            }.joined(separator: "\n")))

        let tried = e.changes.filter { $0.requirements.isEmpty }.count
        var table = TextTable([W.columnChange(language), W.columnMembersOf(language, e.group),
                               W.columnHouseholdsOverall(language), W.columnWho(language)])
        for outcome in e.changes {
            let label = outcome.requirements.isEmpty ? outcome.text(care, scenario: scenario) : W.andIfMustForm(language, e.group)
            table.add([label, TrialWording.members(outcome, in: language), TrialWording.overall(outcome, in: language),
                       TrialWording.who(outcome, in: language, care: care)])
        }
        let helpful = e.helpful.map { $0.text(care, scenario: scenario) }
        let verdict = helpful.isEmpty ? W.noneHelps(language) : W.helping(language, helpful.joined(separator: "; "))
        sections.append((tried == 1 ? W.changesTriedOne : W.changesTriedMany)(
            language, tried, TrialWording.seconds(seconds, in: language), e.complete ? "" : W.stoppedEarly(language), verdict)
            + (e.changes.isEmpty ? "" : "\n\n" + table.render()))
        return sections.joined(separator: "\n\n")
    }

    /// ":\n  - rule\n  - rule" after `intro`, or "." when there is no conflict to show.
    static func conflictLines(_ rules: [ConflictingRule]?, intro: String, care: CareWording) -> String {
        guard let rules, !rules.isEmpty else { return "." }
        return intro + "\n" + rules.map { "  - \(care.say($0))" }.joined(separator: "\n")
    }
}
