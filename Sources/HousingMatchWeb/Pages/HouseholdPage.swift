import Foundation
import HousingMatch
import Wording

/// Huishouden: the list of households with whether each has a place, and one
/// household's page: why it is placed or not (the checked reason), each group
/// as seen from it, and the smallest change of its own wishes that would place
/// it (`explain --seeker`). Households are shown by their code only; care
/// type, hours and the need for an accessible dwelling only with the care switch on.
enum HouseholdPage {
    // MARK: The list

    static func list(_ base: BaseMatch, _ context: PageContext) -> HTML {
        let links = EntityLinks(base.scenario, context)
        let placement = Dictionary(base.result.match.groups.flatMap { formed in formed.members.map { ($0, formed) } },
                                   uniquingKeysWith: { first, _ in first })
        let reasons = Dictionary(base.result.unassigned.map { ($0.seeker, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = base.scenario.seekers.map { seeker -> HTML in
            if let formed = placement[seeker.id] {
                return """
                    <tr class="placed"><th scope="row">\(links.household(seeker.id))</th><td>\(context.text(HouseholdWords.hasPlace))</td>
                    <td>\(links.group(formed.id))</td><td>\(links.site(formed.site))</td></tr>
                    """
            }
            let reason = reasons[seeker.id].map { context.text($0) } ?? ""
            return """
                <tr class="unplaced"><th scope="row">\(links.household(seeker.id))</th><td><strong>\(context.text(HouseholdWords.noPlace))</strong></td>
                <td colspan="2">\(reason)</td></tr>
                """
        }
        let housed = placement.count
        return """
            <p class="lead">\(context.text(HouseholdWords.listIntro))</p>
            <p class="summary">\(context.text(HouseholdWords.counts, housed, base.scenario.seekers.count, base.scenario.seekers.count - housed))</p>
            <table class="households"><thead><tr><th scope="col">\(context.text(CommonWords.household))</th>
            <th scope="col">\(context.text(HouseholdWords.place))</th><th scope="col">\(context.text(CommonWords.group))</th>
            <th scope="col">\(context.text(CommonWords.site))</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }

    // MARK: One household

    static func body(_ seeker: Seeker, explanation: SeekerExplanation, base: BaseMatch, _ context: PageContext) -> HTML {
        let links = EntityLinks(base.scenario, context)
        var parts: [HTML] = []
        if let placement = explanation.placement {
            parts.append("""
                <p class="status status-optimal">\(context.html(HouseholdWords.placedIn, links.household(seeker.id), links.group(placement.group),
                                                                links.site(placement.site)))
                \(context.text(HouseholdWords.fitHere, GroupPage.fitWords(placement.fit, context)))</p>
                """)
        } else {
            parts.append("<p class=\"status status-infeasible\">\(context.html(HouseholdWords.notPlaced, links.household(seeker.id)))</p>")
            if let reason = explanation.reasonSentence.map(context.text) ?? explanation.reason.map({ masked($0, careType: seeker.care?.type, context) }) {
                parts.append("""
                    <section aria-labelledby="waarom"><h2 id="waarom">\(context.text(HouseholdWords.reason))</h2>
                    <p class="reason">\(reason)</p></section>
                    """)
            }
        }
        if explanation.status == .feasible { parts.append("<p class=\"small\">\(context.text(HouseholdWords.notProven))</p>") }
        if explanation.placement == nil {
            parts.append(changeSection(explanation.changeSearch, complete: explanation.complete, links, context))
        }
        parts.append(wishes(seeker, links, context))
        parts.append(groupsSection(explanation, careType: seeker.care?.type, links, context))
        return HTML.joined(parts, separator: "\n")
    }

    /// The household's own wishes: what a change would loosen.
    static func wishes(_ seeker: Seeker, _ links: EntityLinks, _ context: PageContext) -> HTML {
        let none: HTML = "\(context.text(HouseholdWords.nothingListed))"
        var rows: [(String, HTML)] = []
        rows.append((context.text(HouseholdWords.wishTowns), "\(GroupPage.towns(seeker.municipalities, context))"))
        rows.append((context.text(HouseholdWords.wishMaxRent),
                     "\(seeker.maxRent.map(context.numbers.euros) ?? context.text(HouseholdWords.noLimit))"))
        rows.append((context.text(HouseholdWords.wishPreferences),
                     seeker.preferences.isEmpty ? none
                         : HTML.joined(seeker.preferences.map { links.group($0) }, separator: ", ")))
        if !seeker.excludes.isEmpty {
            rows.append((context.text(HouseholdWords.wishExcludes), HTML.joined(seeker.excludes.map { links.group($0) }, separator: ", ")))
        }
        rows.append((context.text(HouseholdWords.wishGenerations),
                     "\(ListWording.joined(seeker.generations.map { DomainWords.generation($0, in: context.language) }, in: context.language))"))
        if !seeker.together.isEmpty {
            rows.append((context.text(HouseholdWords.wishTogether), HTML.joined(seeker.together.map { links.household($0) }, separator: ", ")))
        }
        if context.showsCare {
            rows.append((context.text(CommonWords.care), "\(seeker.care.map(links.careWords) ?? context.text(CommonWords.careNo))"))
            rows.append((context.text(HouseholdWords.wishAccessible), "\(context.text(seeker.needsAccessible ? CommonWords.yes : CommonWords.no))"))
        }
        let items = rows.map { row -> HTML in "<dt>\(row.0)</dt><dd>\(row.1)</dd>" }
        return """
            <section aria-labelledby="wensen"><h2 id="wensen">\(context.text(HouseholdWords.wishesTitle))</h2>
            <dl class="wishes">\(items)</dl></section>
            """
    }

    /// The smallest change of its own wishes that places it, and what was tried.
    static func changeSection(_ search: SeekerExplanation.ChangeSearch?, complete: Bool, _ links: EntityLinks,
                              _ context: PageContext) -> HTML {
        var parts: [HTML] = []
        if let search {
            let working = search.working
            if let smallest = working.first {
                parts.append("<p class=\"notice\">\(context.html(HouseholdWords.smallestChange, trialWords(smallest, links, context)))</p>")
                if working.count > 1 {
                    let items = working.dropFirst().map { trial -> HTML in "<li>\(trialWords(trial, links, context))</li>" }
                    parts.append("<h3>\(context.text(HouseholdWords.alsoWorks))</h3><ul>\(items)</ul>")
                }
            } else if search.tried.isEmpty {
                parts.append("<p>\(context.text(HouseholdWords.noChangeOpens))</p>")
            } else {
                parts.append("<p>\(context.text(HouseholdWords.noChangeWorks))</p>")
            }
            let failed = search.tried.filter { $0.verdict != .works }
            if !failed.isEmpty {
                let items = failed.map { trial -> HTML in
                    let undecided: HTML = trial.verdict == .undecided ? " \(context.text(HouseholdWords.undecided))" : .empty
                    return "<li>\(trialWords(trial, links, context))\(undecided)</li>"
                }
                parts.append("<h3>\(context.text(HouseholdWords.triedWithout))</h3><ul class=\"small\">\(items)</ul>")
            }
            if search.screenedOut > 0 {
                parts.append("<p class=\"small\">\(context.text(HouseholdWords.screenedOut, search.screenedOut))</p>")
            }
        }
        if !complete || search?.complete == false {
            parts.append("<p class=\"warning\">\(context.text(HouseholdWords.searchStopped))</p>")
        }
        return """
            <section aria-labelledby="verandering"><h2 id="verandering">\(context.text(HouseholdWords.changeTitle))</h2>
            \(HTML.joined(parts, separator: "\n"))</section>
            """
    }

    /// "met een huurgrens van € 950 (dan in Hofje aan de Laan (g2))".
    static func trialWords(_ trial: WishChangeTrial, _ links: EntityLinks, _ context: PageContext) -> HTML {
        var words = trial.changes.map { changeWords($0, links, context) }
        while words.count > 1 {
            let last = words.removeLast()
            words[words.count - 1] = context.html(HouseholdWords.changeAnd, words[words.count - 1], last)
        }
        let joined = words.first ?? .empty
        guard let group = trial.group else { return joined }
        return "\(joined) (\(context.html(HouseholdWords.joins, links.group(group))))"
    }

    static func changeWords(_ change: WishChange, _ links: EntityLinks, _ context: PageContext) -> HTML {
        switch change.kind {
        case .raiseMaxRent:
            return context.html(HouseholdWords.raiseRent, "\(change.maxRent.map(context.numbers.euros) ?? "?")")
        case .addTown:
            return context.html(HouseholdWords.addTown, "\(change.town ?? "?")")
        case .dropExclude:
            return context.html(HouseholdWords.dropExclude, change.group.map { links.group($0) } ?? "?")
        case .dropApart:
            return context.html(HouseholdWords.dropApart, change.seeker.map { links.household($0) } ?? "?")
        }
    }

    /// Every group from the household's side: open ones first, with what a place there costs the others;
    /// the rest with what rules them out.
    static func groupsSection(_ explanation: SeekerExplanation, careType: CareType?, _ links: EntityLinks,
                              _ context: PageContext) -> HTML {
        let effects = EffectsWording(links)
        let ordered = explanation.groups.filter(\.open) + explanation.groups.filter { !$0.open }
        let rows = ordered.map { check -> HTML in
            let openness: String
            var detail: [HTML] = []
            if check.current {
                openness = context.text(HouseholdWords.openCurrent)
            } else if check.open {
                openness = context.text(HouseholdWords.openYes)
                if let cost = check.cost { detail.append(effects.cost(cost)) }
                let suits = check.sites.filter { $0.ruledOutBy.isEmpty }.map { links.site($0.site, withTown: false) }
                if !suits.isEmpty {
                    detail.append("<p class=\"small\">\(context.html(HouseholdWords.sitesThatSuit, HTML.joined(suits, separator: ", ")))</p>")
                }
            } else {
                openness = context.text(HouseholdWords.openNo)
                let reasons = check.ruledOutBy.map { reason -> HTML in "<li>\(reasonText(reason, careType: careType, context))</li>" }
                detail.append("<ul class=\"rules\">\(reasons)</ul>")
                // Site by site only when the sites are what decides (not, say, a decline).
                let siteKinds: Set<HardFilterReason.Kind> = [.noSuitableSite, .outsideTowns]
                if check.ruledOutBy.contains(where: { siteKinds.contains($0.kind) }) {
                    let sites = check.sites.filter { !$0.ruledOutBy.isEmpty }.map { site -> HTML in
                        let why = site.ruledOutBy.map { reasonText($0, careType: careType, context) }.joined(separator: "; ")
                        return "<li>\(links.site(site.site)) (\(context.numbers.euros(site.rent))): \(why)</li>"
                    }
                    if !sites.isEmpty { detail.append("<ul class=\"rules small\">\(sites)</ul>") }
                }
            }
            return """
                <tr class="\(check.open ? "open" : "closed")"><th scope="row">\(links.group(check.group))</th><td>\(openness)</td>
                <td>\(HTML.joined(detail))</td><td>\(GroupPage.fitWords(check.fit, context))</td></tr>
                """
        }
        return """
            <section aria-labelledby="groepen"><h2 id="groepen">\(context.text(HouseholdWords.groupsTitle))</h2>
            <table class="seeker-groups"><thead><tr><th scope="col">\(context.text(CommonWords.group))</th>
            <th scope="col">\(context.text(HouseholdWords.openness))</th><th scope="col">\(context.text(HouseholdWords.whatItTakes))</th>
            <th scope="col">\(context.text(GroupWords.fitColumn))</th></tr></thead><tbody>\(rows)</tbody></table></section>
            """
    }

    // MARK: Care details kept back

    /// A filter's words; those that would tell a household's care type or need are said without it unless care is shown.
    static func reasonText(_ reason: HardFilterReason, careType: CareType?, _ context: PageContext) -> String {
        guard !context.showsCare else { return context.text(reason) }
        switch reason.kind {
        case .careType: return context.text(HouseholdWords.careTypeHidden)
        case .noCareProvider: return context.text(HouseholdWords.careProviderHidden)
        case .noAccessibleDwelling: return context.text(HouseholdWords.accessHidden)
        default: return context.text(reason)
        }
    }

    /// Stored words (a reason read from a file) with the household's care type left out, unless care is shown;
    /// the library's sentences go through `context.text`, which keeps care types back by itself.
    static func masked(_ text: String, careType: CareType?, _ context: PageContext) -> String {
        guard let careType, !careType.isEmpty else { return text }
        return context.withoutCareWords(text, careType: careType)
    }
}
