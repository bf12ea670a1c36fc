import HousingMatch
import Wording

/// The `table` report of `site`: the site, the groups that could take it and
/// what each would bring, what it lacks for those that almost fit, and why
/// the others are out.
struct SiteOfferReport {
    let scenario: Scenario
    let offer: SiteOffer
    let seconds: Double
    /// The language of the words (`--lang`).
    var language: Language = .en
    /// Whether care types of households are shown (`--with-care-details`).
    var showsCare = false

    private typealias W = ExplorationReportWords

    func render() -> String {
        let care = CareWording(scenario: scenario, language: language, showsCare: showsCare)
        let o = offer
        var sections: [String] = []
        let owner = o.owner.isEmpty ? "" : W.offeredBy(language, o.owner)
        let rent = language == .en ? Format.number(o.rent) : NumberWording(language).euros(o.rent)
        var head = W.siteHead(language, o.site, o.name, o.town, o.units, o.accessibleUnits, rent,
                              o.commonRoom ? W.commonRoom(language) : W.noCommonRoom(language), owner)
        head += o.takenBy.map { W.takenBy(language, $0, o.members) } ?? W.unused(language)
        if o.baseStatus != .optimal { head += W.statusNotProven(language, o.baseStatus.rawValue) }
        sections.append(head)

        let could = o.groups.filter(\.exclusions.isEmpty)
        if could.isEmpty {
            sections.append(W.noGroupAsItIs(language))
        } else {
            var table = TextTable([W.columnGroup, W.columnMembersThere, W.columnCareThere, W.columnHouseholdsOverall,
                                   W.columnWho].map { $0(language) })
            for candidate in could {
                guard let outcome = candidate.ifTaken else {
                    table.add([candidate.group.rawValue, W.notAsked(language), "", "", ""])
                    continue
                }
                table.add(["\(candidate.group) \(candidate.name)", TrialWording.members(outcome, in: language),
                           TrialWording.care(outcome.careAfter, care: care), TrialWording.overall(outcome, in: language),
                           TrialWording.who(outcome, in: language, care: care)])
            }
            sections.append(W.couldTakeTitle(language) + "\n" + table.render())
            for candidate in could {
                if let lines = TrialWording.effectLines(candidate.ifTaken?.effects,
                                                        heading: W.ifTakes(language, candidate.group, o.site), in: scenario,
                                                        care: care) {
                    sections.append(lines)
                }
            }
            for candidate in could {
                guard let rules = candidate.ifTaken?.conflict, !rules.isEmpty else { continue }
                sections.append(W.cannotTakeIt(language, candidate.group) + GroupExplanationReport.conflictLines(
                    rules, intro: ": " + W.rulesCannotHoldWithIt(language), care: care))
            }
        }

        let almost = o.groups.filter(\.almostFits)
        if !almost.isEmpty {
            var table = TextTable([W.columnGroup, W.columnLacks, W.columnChangedTo, W.columnMembersThere,
                                   W.columnHouseholdsOverall, W.columnWho].map { $0(language) })
            for candidate in almost {
                let lacks = candidate.exclusions.map(care.say).joined(separator: "; ")
                guard let outcome = candidate.ifChanged else {
                    table.add([candidate.group.rawValue, lacks, W.notAsked(language), "", "", ""])
                    continue
                }
                table.add([candidate.group.rawValue, lacks, outcome.text(care, scenario: scenario),
                           TrialWording.members(outcome, in: language), TrialWording.overall(outcome, in: language),
                           TrialWording.who(outcome, in: language, care: care)])
            }
            sections.append(W.almostTitle(language) + "\n" + table.render())
            for candidate in almost {
                guard let outcome = candidate.ifChanged else { continue }
                let heading = W.withIfTakes(language, outcome.text(care, scenario: scenario), candidate.group)
                if let lines = TrialWording.effectLines(outcome.effects, heading: heading, in: scenario, care: care) {
                    sections.append(lines)
                }
            }
        }

        let out = o.groups.filter { !$0.exclusions.isEmpty && !$0.almostFits }
        if !out.isEmpty {
            sections.append(W.otherTitle(language) + "\n" + out.map { candidate in
                "  \(candidate.group): " + candidate.exclusions.map(care.say).joined(separator: "; ")
            }.joined(separator: "\n"))
        }
        sections.append(W.answeredIn(language, TrialWording.seconds(seconds, in: language), o.complete ? "" : W.stoppedEarly(language)))
        return sections.joined(separator: "\n\n")
    }
}
