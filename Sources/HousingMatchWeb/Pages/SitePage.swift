import Foundation
import HousingMatch
import Wording

/// Woonplek: a site as its owner (a housing corporation, developer or private
/// owner) sees the match. The list of sites, and for one site which groups
/// could live there and what each brings, what the site lacks for groups that
/// almost fit, and what keeps the others out: the library's ``SiteOffer``,
/// as `housing-match site --site` shows it.
enum SitePage {
    // MARK: The list

    static func list(_ base: BaseMatch, _ context: PageContext) -> HTML {
        let scenario = base.scenario
        let links = EntityLinks(scenario, context)
        let numbers = context.numbers
        let takenBy = Dictionary(base.result.match.groups.map { ($0.site, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = scenario.sites.map { site -> HTML in
            let now: HTML = takenBy[site.id].map { formed in
                "\(links.group(formed.id)) <span class=\"small\">(\(context.text(OverviewWords.membersCount, formed.members.count)))</span>"
            } ?? "<span class=\"small\">\(context.text(SiteWords.nobodyNow))</span>"
            return """
                <tr><th scope="row">\(links.site(site.id, withTown: false))</th><td>\(site.municipality)</td>
                <td>\(owner(site, context))</td><td class="num">\(site.units) <span class="small">\(context.text(SiteWords.accessibleCount, site.accessibleUnits))</span></td>
                <td class="num">\(numbers.euros(site.rent))</td><td>\(context.text(site.commonRoom ? CommonWords.yes : CommonWords.no))</td>
                <td>\(now)</td></tr>
                """
        }
        return """
            <p class="lead">\(context.text(SiteWords.listLead))</p>
            <div class="table-scroll"><table class="sites"><thead><tr><th scope="col">\(context.text(CommonWords.site))</th>
            <th scope="col">\(context.text(CommonWords.town))</th><th scope="col">\(context.text(SiteWords.owner))</th>
            <th scope="col" class="num">\(context.text(CommonWords.dwellings))</th>
            <th scope="col" class="num">\(context.text(CommonWords.rent))</th>
            <th scope="col">\(context.text(CommonWords.commonRoom))</th>
            <th scope="col">\(context.text(SiteWords.livesThereNow))</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
    }

    private static func owner(_ site: Site, _ context: PageContext) -> String {
        site.owner.isEmpty ? context.text(SiteWords.unknownOwner) : site.owner
    }

    // MARK: One site

    static func detail(_ offer: SiteOffer, _ base: BaseMatch, _ context: PageContext) -> HTML {
        let scenario = base.scenario
        let links = EntityLinks(scenario, context)
        let effects = EffectWording(links: links, context: context)
        var parts: [HTML] = [facts(offer, links, context)]
        if offer.baseStatus != .optimal {
            parts.append("<p class=\"warning\">\(context.text(SiteWords.notProvenBase))</p>")
        }
        if !offer.complete {
            parts.append("<p class=\"warning\">\(context.text(SiteWords.stoppedEarly))</p>")
        }
        parts.append(couldTake(offer, links, effects, context))
        let almost = offer.groups.filter(\.almostFits)
        if !almost.isEmpty { parts.append(almostFit(almost, offer, links, effects, scenario, context)) }
        let others = offer.groups.filter { !$0.exclusions.isEmpty && !$0.almostFits }
        if !others.isEmpty { parts.append(otherGroups(others, offer, links, scenario, context)) }
        parts.append("<p class=\"no-print\"><a href=\"/woonplek\">\(context.text(SiteWords.backToList))</a></p>")
        return HTML.joined(parts, separator: "\n")
    }

    private static func facts(_ offer: SiteOffer, _ links: EntityLinks, _ context: PageContext) -> HTML {
        let numbers = context.numbers
        let owner = offer.owner.isEmpty ? context.text(SiteWords.unknownOwner) : offer.owner
        let now: HTML = if let group = offer.takenBy {
            MessageHTML.fill(SiteWords.takenNow, in: context.language, [links.group(group), HTML("\(offer.members)")])
        } else {
            "\(context.text(SiteWords.unusedNow))"
        }
        return """
            <dl class="facts">
            <div><dt>\(context.text(CommonWords.town))</dt><dd>\(offer.town)</dd></div>
            <div><dt>\(context.text(SiteWords.owner))</dt><dd>\(owner)</dd></div>
            <div><dt>\(context.text(CommonWords.dwellings))</dt><dd>\(context.text(SiteWords.dwellingsAccessible, offer.units, offer.accessibleUnits))</dd></div>
            <div><dt>\(context.text(CommonWords.rent))</dt><dd>\(context.text(SiteWords.rentPerMonth, numbers.euros(offer.rent)))</dd></div>
            <div><dt>\(context.text(CommonWords.commonRoom))</dt><dd>\(context.text(offer.commonRoom ? CommonWords.yes : CommonWords.no))</dd></div>
            </dl>
            <p class="summary">\(now)</p>
            """
    }

    private static func couldTake(_ offer: SiteOffer, _ links: EntityLinks, _ effects: EffectWording,
                                  _ context: PageContext) -> HTML {
        let could = offer.groups.filter(\.exclusions.isEmpty)
        guard !could.isEmpty else {
            return """
                <section aria-labelledby="kunnen"><h2 id="kunnen">\(context.text(SiteWords.couldTake))</h2>
                <p>\(context.text(SiteWords.noneCouldTake))</p></section>
                """
        }
        let careHeader: HTML = context.showsCare ? "<th scope=\"col\">\(context.text(SiteWords.careHere))</th>" : .empty
        let rows = could.map { candidate -> HTML in
            guard let outcome = candidate.ifTaken else {
                let span = context.showsCare ? 4 : 3
                return "<tr><th scope=\"row\">\(links.group(candidate.group))</th><td colspan=\"\(span)\">\(context.text(SiteWords.notAsked))</td></tr>"
            }
            let care: HTML = context.showsCare ? "<td>\(careCell(outcome.careAfter, links, context))</td>" : .empty
            return """
                <tr><th scope="row">\(links.group(candidate.group))</th><td class="num">\(members(outcome, context))</td>\(care)
                <td class="num">\(overall(outcome, context))</td><td>\(effects.summary(outcome))</td></tr>
                """
        }
        let conflicts = could.compactMap { candidate -> HTML? in
            guard let rules = candidate.ifTaken?.conflict, !rules.isEmpty else { return nil }
            let items = rules.map { rule -> HTML in "<li>\(context.text(rule))</li>" }
            return """
                <h3>\(context.text(SiteWords.whyCannot, links.groupObject(candidate.group)?.displayName ?? candidate.group.rawValue))</h3>
                <ul class="conflict">\(items)</ul>
                """
        }
        return """
            <section aria-labelledby="kunnen"><h2 id="kunnen">\(context.text(SiteWords.couldTake))</h2>
            <p>\(context.text(SiteWords.couldTakeLead))</p>
            <div class="table-scroll"><table class="offers"><thead><tr><th scope="col">\(context.text(CommonWords.group))</th>
            <th scope="col" class="num">\(context.text(SiteWords.membersHere))</th>\(careHeader)
            <th scope="col" class="num">\(context.text(SiteWords.overall))</th>
            <th scope="col">\(context.text(SiteWords.whatChanges))</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            \(conflicts)
            </section>
            """
    }

    private static func almostFit(_ almost: [SiteCandidate], _ offer: SiteOffer, _ links: EntityLinks,
                                  _ effects: EffectWording, _ scenario: Scenario, _ context: PageContext) -> HTML {
        let rows = almost.map { candidate -> HTML in
            let lacks = exclusionList(candidate.exclusions, town: offer.town, links)
            guard let outcome = candidate.ifChanged else {
                return """
                    <tr><th scope="row">\(links.group(candidate.group))</th><td>\(lacks)</td>
                    <td colspan="4">\(context.text(SiteWords.notAsked))</td></tr>
                    """
            }
            return """
                <tr><th scope="row">\(links.group(candidate.group))</th><td>\(lacks)</td>
                <td>\(editWords(outcome, links))</td>
                <td class="num">\(members(outcome, context))</td><td class="num">\(overall(outcome, context))</td>
                <td>\(effects.summary(outcome))</td></tr>
                """
        }
        return """
            <section aria-labelledby="bijna"><h2 id="bijna">\(context.text(SiteWords.almostFit))</h2>
            <p>\(context.text(SiteWords.almostFitLead))</p>
            <div class="table-scroll"><table class="offers"><thead><tr><th scope="col">\(context.text(CommonWords.group))</th>
            <th scope="col">\(context.text(SiteWords.lacks))</th><th scope="col">\(context.text(SiteWords.changedTo))</th>
            <th scope="col" class="num">\(context.text(SiteWords.membersHere))</th>
            <th scope="col" class="num">\(context.text(SiteWords.overall))</th>
            <th scope="col">\(context.text(SiteWords.whatChanges))</th></tr></thead>
            <tbody>\(rows)</tbody></table></div></section>
            """
    }

    private static func otherGroups(_ others: [SiteCandidate], _ offer: SiteOffer, _ links: EntityLinks,
                                    _ scenario: Scenario, _ context: PageContext) -> HTML {
        let rows = others.map { candidate -> HTML in
            "<tr><th scope=\"row\">\(links.group(candidate.group))</th><td>\(exclusionList(candidate.exclusions, town: offer.town, links))</td></tr>"
        }
        return """
            <section aria-labelledby="anders"><h2 id="anders">\(context.text(SiteWords.otherGroups))</h2>
            <div class="table-scroll"><table class="reasons"><thead><tr><th scope="col">\(context.text(CommonWords.group))</th>
            <th scope="col">\(context.text(CommonWords.reason))</th></tr></thead><tbody>\(rows)</tbody></table></div></section>
            """
    }

    // MARK: Cells

    /// "12 → 12", "0 → 7", or why there is no number.
    private static func members(_ outcome: TrialOutcome, _ context: PageContext) -> String {
        switch outcome.status {
        case .infeasible: context.text(SiteWords.cannot)
        case .noSolution: context.text(SiteWords.noMatchInTime)
        case .optimal, .feasible: context.text(SiteWords.membersChange, outcome.membersBefore ?? 0, outcome.membersAfter ?? 0)
        }
    }

    /// "+1", "−2", "gelijk"; "(gevonden, niet bewezen)" when either solve stopped at its time limit.
    static func overall(_ outcome: TrialOutcome, _ context: PageContext) -> String {
        switch outcome.status {
        case .infeasible: return context.text(SiteWords.cannot)
        case .noSolution: return context.text(SiteWords.noMatchInTime)
        case .optimal, .feasible: break
        }
        let change = outcome.householdsChange ?? 0
        let text = change == 0 ? context.text(SiteWords.unchanged) : (change > 0 ? "+\(change)" : "−\(-change)")
        return outcome.proven ? text : context.text(SiteWords.notProven, text)
    }

    private static func careCell(_ arrangements: [CareArrangement], _ links: EntityLinks, _ context: PageContext) -> HTML {
        guard !arrangements.isEmpty else { return "–" }
        return HTML.joined(arrangements.map { arrangement -> HTML in
            let type = DomainWords.careTypeShort(arrangement.careType, in: context.language)
            return "\(links.provider(arrangement.provider)): \(context.text(ProviderWords.typeCount, arrangement.clients, type))"
        }, separator: "<br>")
    }

    /// What keeps a group from the site, one line each, worded from the exclusion's kind and numbers.
    static func exclusionList(_ exclusions: [SiteExclusion], town: Municipality, _ links: EntityLinks) -> HTML {
        let context = links.context
        // Founders kept out by the same town make one line: "niet een van de gemeenten van oprichters h03 en h04".
        let townFounders = exclusions.filter { $0.kind == .founderTown }.compactMap(\.founder?.rawValue)
        var items: [HTML] = []
        for exclusion in exclusions {
            if exclusion.kind == .founderTown, townFounders.count > 1 {
                guard exclusion.founder?.rawValue == townFounders.first else { continue }
                items.append("<li>\(context.text(SiteWords.exclusionFoundersTown, town, ListWording.joined(townFounders, in: context.language)))</li>")
            } else {
                items.append("<li>\(exclusionWords(exclusion, links, context))</li>")
            }
        }
        return "<ul class=\"plain\">\(items)</ul>"
    }

    /// The library's own words for an exclusion, names as links. A founder's care type is
    /// health data: named only when the visitor shows care details.
    static func exclusionWords(_ exclusion: SiteExclusion, _ links: EntityLinks, _ context: PageContext) -> HTML {
        guard let sentence = exclusion.sentence else { return "\(exclusion.message)" }
        let founderCare = exclusion.kind == .founderCare || exclusion.kind == .founders
        return SentenceHTML(links, hidesCare: founderCare && !context.showsCare)(sentence)
    }

    /// The site as changed to let a group in: the library's words for the change ("s4 met een
    /// gemeenschappelijke ruimte, 8 woningen (+2)"), names as links.
    static func editWords(_ outcome: TrialOutcome, _ links: EntityLinks) -> HTML {
        guard let sentence = outcome.sentence(in: links.scenario) else { return "\(outcome.description)" }
        return SentenceHTML(links)(sentence)
    }
}

/// What a tried change does to everyone else, in the visitor's language, from
/// the structured ``TrialEffects``: who gains and who loses a place, who moves,
/// which groups move, start or stop forming.
struct EffectWording {
    let links: EntityLinks
    let context: PageContext
    /// Households named in one cell before the rest are counted.
    static let shownHouseholds = 8

    /// The library's one line of what changes (``TrialEffects/summarySentence``), names as links.
    func summary(_ outcome: TrialOutcome) -> HTML {
        guard let effects = outcome.effects else { return "–" }
        let nothingElse = effects.changesNothingElse && effects.gainPlace.isEmpty && effects.startForming.isEmpty
        let line: HTML = nothingElse ? "\(context.text(SiteWords.nobodyElse))" : SentenceHTML(links)(effects.summarySentence)
        guard !effects.proven, !(effects.changesNothingElse && effects.gainPlace.isEmpty) else { return line }
        return "\(line)<br><span class=\"small\">\(context.text(SiteWords.mayCostLess))</span>"
    }

    /// "h1, h2 en h3", each a link; after eight, "… en nog 4".
    func households(_ ids: [SeekerID]) -> HTML {
        let shown = ids.prefix(Self.shownHouseholds).map { links.household($0).rendered }
        let listed = HTML(trusted: ListWording.joined(Array(shown), in: context.language))
        guard ids.count > Self.shownHouseholds else { return listed }
        return sentence(SiteWords.andMore, HTML(trusted: shown.joined(separator: ", ")), HTML("\(ids.count - Self.shownHouseholds)"))
    }

    /// A message whose placeholders take HTML (links), its own text escaped.
    func sentence(_ message: Message, _ values: HTML...) -> HTML {
        MessageHTML.fill(message, in: context.language, values)
    }
}

/// A message with HTML pieces (links) in its placeholders: the template's
/// text is escaped, the pieces are not.
enum MessageHTML {
    static func fill(_ message: Message, in language: Language, _ values: [HTML]) -> HTML {
        // Fill with markers no message holds, escape the text, then put the pieces in.
        let markers = values.indices.map { "\u{E000}\($0)\u{E001}" }
        var rendered = HTML("\(message.said(in: language, values: markers))").rendered
        for (index, value) in values.enumerated() {
            rendered = rendered.replacingOccurrences(of: markers[index], with: value.rendered)
        }
        return HTML(trusted: rendered)
    }
}
