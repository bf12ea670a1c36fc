import HousingMatch
import Wording

/// Zorgaanbieder: the match as a care coordinator sees it. The list of
/// providers, and for one provider its clients by group and site, its load
/// against its capacity, the households of its care types left out and why
/// (those who only want towns it does not serve marked so), and where one
/// more place would house someone: the library's ``ProviderPlacements``, as
/// `housing-match placements` shows it.
///
/// Care is this page's subject, so care types are shown; a household's hours
/// only when the visitor shows care details.
enum ProviderPage {
    // MARK: The list

    static func list(_ base: BaseMatch, _ context: PageContext) -> HTML {
        let scenario = base.scenario
        let links = EntityLinks(scenario, context)
        var load: [ProviderID: Int] = [:]
        for formed in base.result.match.groups {
            for arrangement in formed.care { load[arrangement.provider, default: 0] += arrangement.clients }
        }
        let rows = scenario.providers.map { provider -> HTML in
            """
            <tr><th scope="row">\(links.provider(provider.id))</th><td>\(careTypes(provider.careTypes, context))</td>
            <td>\(towns(provider.municipalities, context))</td><td class="num">\(load[provider.id] ?? 0)</td>
            <td class="num">\(provider.capacity)</td>
            <td>\(context.text(ProviderWords.perSiteRange, provider.minClientsPerSite, provider.effectiveMaxClientsPerSite))</td></tr>
            """
        }
        return """
            <p class="lead">\(context.text(ProviderWords.listLead))</p>
            <div class="table-scroll"><table class="providers"><thead><tr><th scope="col">\(context.text(CommonWords.provider))</th>
            <th scope="col">\(context.text(ProviderWords.careTypes))</th><th scope="col">\(context.text(CommonWords.towns))</th>
            <th scope="col" class="num">\(context.text(ProviderWords.inUse))</th>
            <th scope="col" class="num">\(context.text(CommonWords.capacity))</th>
            <th scope="col">\(context.text(ProviderWords.perSite))</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
    }

    private static func careTypes(_ types: [CareType], _ context: PageContext) -> String {
        ListWording.joined(types.map { DomainWords.careType($0, in: context.language) }, in: context.language)
    }

    private static func towns(_ towns: [Municipality], _ context: PageContext) -> String {
        towns.isEmpty ? context.text(CommonWords.anyTown) : ListWording.joined(towns, in: context.language)
    }

    // MARK: One provider

    static func detail(_ placements: ProviderPlacements, _ base: BaseMatch, _ context: PageContext) -> HTML {
        let links = EntityLinks(base.scenario, context)
        var parts: [HTML] = [facts(placements, context)]
        if let never = placements.neverServesSentence {
            parts.append("<p class=\"warning\">\(context.text(ProviderWords.neverServes, never.text(in: context.language)))</p>")
        } else {
            parts.append(loadBar(placements, context))
        }
        if placements.baseStatus != .optimal {
            parts.append("<p class=\"warning\">\(context.text(SiteWords.notProvenBase))</p>")
        }
        parts.append(clients(placements, base, links, context))
        parts.append(leftOut(placements, base, links, context))
        parts.append(extraPlaces(placements, base.scenario, links, context))
        parts.append("<p class=\"small no-print\">\(context.text(ProviderWords.printHint))</p>")
        parts.append("<p class=\"no-print\"><a href=\"/zorgaanbieder\">\(context.text(ProviderWords.backToList))</a></p>")
        return HTML.joined(parts, separator: "\n")
    }

    private static func facts(_ placements: ProviderPlacements, _ context: PageContext) -> HTML {
        """
        <dl class="facts">
        <div><dt>\(context.text(ProviderWords.careTypes))</dt><dd>\(careTypes(placements.careTypes, context))</dd></div>
        <div><dt>\(context.text(CommonWords.towns))</dt><dd>\(towns(placements.towns, context))</dd></div>
        <div><dt>\(context.text(CommonWords.capacity))</dt><dd>\(placements.capacity)</dd></div>
        <div><dt>\(context.text(ProviderWords.perSite))</dt><dd>\(context.text(ProviderWords.perSiteRange, placements.minClientsPerSite, placements.maxClientsPerSite))</dd></div>
        </dl>
        """
    }

    /// The load as a sentence and a bar: an SVG drawn with presentation attributes, which the page's CSP allows.
    static func loadBar(_ placements: ProviderPlacements, _ context: PageContext) -> HTML {
        let sentence = context.text(ProviderWords.load, placements.load, placements.capacity)
        let width = 320.0
        let share = placements.capacity > 0 ? min(1, Double(placements.load) / Double(placements.capacity)) : 0
        let filled = (width * share).rounded()
        return """
            <div class="load"><p class="summary" id="bezetting">\(sentence)</p>
            <svg class="load-bar" width="\(Int(width))" height="18" viewBox="0 0 \(Int(width)) 18" role="img" aria-labelledby="bezetting">
            <rect x="0" y="0" width="\(Int(width))" height="18" fill="#e3e8ec" stroke="#767676"></rect>
            <rect x="0" y="0" width="\(Int(filled))" height="18" fill="#00567a"></rect>
            </svg></div>
            """
    }

    private static func clients(_ placements: ProviderPlacements, _ base: BaseMatch, _ links: EntityLinks,
                                _ context: PageContext) -> HTML {
        guard !placements.placements.isEmpty else {
            return """
                <section aria-labelledby="clienten"><h2 id="clienten">\(context.text(ProviderWords.clientsTitle))</h2>
                <p>\(context.text(ProviderWords.noClients))</p></section>
                """
        }
        let types = Set(placements.careTypes)
        let membersByGroup = Dictionary(base.result.match.groups.map { ($0.id, $0.members) }, uniquingKeysWith: { first, _ in first })
        let householdsHeader: HTML = context.showsCare
            ? "<th scope=\"col\">\(context.text(ProviderWords.householdsOfTypes))</th>" : .empty
        let rows = placements.placements.map { placement -> HTML in
            let byType = placement.clients.map {
                context.text(ProviderWords.typeCount, $0.clients, DomainWords.careTypeShort($0.careType, in: context.language))
            }.joined(separator: ", ")
            var households: HTML = .empty
            if context.showsCare {
                // Which members have its care types, with their hours: only with care details shown.
                let ids = (membersByGroup[placement.group] ?? []).filter { id in
                    links.seekerObject(id)?.care.map { types.contains($0.type) } ?? false
                }
                households = "<td class=\"members\">\(HTML.joined(ids.map { links.household($0) }, separator: ", "))</td>"
            }
            return """
                <tr><th scope="row">\(links.group(placement.group))</th><td>\(links.site(placement.site, withTown: false))</td>
                <td>\(placement.town)</td><td class="num">\(placement.total)</td><td>\(byType)</td>\(households)</tr>
                """
        }
        let totalRow: HTML = """
            <tr class="total"><th scope="row" colspan="3">\(context.text(ProviderWords.total))</th>
            <td class="num">\(placements.load)</td><td></td>\(context.showsCare ? "<td></td>" as HTML : .empty)</tr>
            """
        return """
            <section aria-labelledby="clienten"><h2 id="clienten">\(context.text(ProviderWords.clientsTitle))</h2>
            <div class="table-scroll"><table class="placements"><thead><tr><th scope="col">\(context.text(CommonWords.group))</th>
            <th scope="col">\(context.text(CommonWords.site))</th><th scope="col">\(context.text(CommonWords.town))</th>
            <th scope="col" class="num">\(context.text(ProviderWords.clientCount))</th>
            <th scope="col">\(context.text(ProviderWords.byCareType))</th>\(householdsHeader)</tr></thead>
            <tbody>\(rows)\(totalRow)</tbody></table></div></section>
            """
    }

    /// A household of the provider's care types without a place.
    struct LeftOut: Sendable, Equatable {
        var seeker: SeekerID
        var careType: CareType
        var reason: String
        /// Whether the household only wants towns the provider does not serve.
        var outsideTowns: Bool
    }

    /// Those the library lists (in its towns, reasons checked), then the rest of its
    /// care types without a place, who only want towns it does not serve, with
    /// the reason the current match gives.
    static func leftOut(_ placements: ProviderPlacements, _ base: BaseMatch, language: Language = .en,
                        showsCare: Bool = true) -> [LeftOut] {
        // The current match's reasons first, then the placements' own, each in the visitor's language.
        let context = PageContext(language: language, showsCare: showsCare, csrfToken: "", path: "", workspaceName: "")
        let reasons = Dictionary(base.result.unassigned.map { ($0.seeker, context.text($0)) },
                                 uniquingKeysWith: { first, _ in first })
        var list = placements.unplaced.map {
            LeftOut(seeker: $0.seeker, careType: $0.careType, reason: reasons[$0.seeker] ?? context.text($0), outsideTowns: false)
        }
        let listed = Set(list.map(\.seeker))
        let types = Set(placements.careTypes)
        for seeker in base.scenario.seekers where !listed.contains(seeker.id) {
            guard let care = seeker.care, types.contains(care.type), let reason = reasons[seeker.id] else { continue }
            list.append(LeftOut(seeker: seeker.id, careType: care.type, reason: reason, outsideTowns: true))
        }
        return list
    }

    private static func leftOut(_ placements: ProviderPlacements, _ base: BaseMatch, _ links: EntityLinks,
                                _ context: PageContext) -> HTML {
        let entries = leftOut(placements, base, language: context.language, showsCare: context.showsCare)
        guard !entries.isEmpty else {
            return """
                <section aria-labelledby="zonder"><h2 id="zonder">\(context.text(ProviderWords.leftOutTitle))</h2>
                <p>\(context.text(ProviderWords.noneLeftOut))</p></section>
                """
        }
        let rows = entries.map { entry -> HTML in
            let marker: HTML = entry.outsideTowns
                ? "<span class=\"tag\">\(context.text(ProviderWords.outsideTowns))</span>"
                : "<span class=\"small\">\(context.text(ProviderWords.inItsTowns))</span>"
            return """
                <tr\(entry.outsideTowns ? " class=\"outside\"" as HTML : .empty)><th scope="row">\(links.household(entry.seeker))</th>
                \(careCell(entry.careType, context))<td>\(marker)</td><td>\(entry.reason)</td></tr>
                """
        }
        let note: HTML = entries.contains(where: \.outsideTowns)
            ? "<p class=\"small\">\(context.text(ProviderWords.outsideTownsNote))</p>" : .empty
        return """
            <section aria-labelledby="zonder"><h2 id="zonder">\(context.text(ProviderWords.leftOutTitle)) (\(entries.count))</h2>
            <div class="table-scroll"><table class="reasons left-out"><thead><tr><th scope="col">\(context.text(CommonWords.household))</th>
            \(careHeader(context))<th scope="col">\(context.text(ProviderWords.whereWanted))</th>
            <th scope="col">\(context.text(CommonWords.reason))</th></tr></thead><tbody>\(rows)</tbody></table></div>
            \(note)</section>
            """
    }

    /// A household's care type, in a column of its own only when the visitor shows care details: the
    /// provider's own care types are this page's subject, a household's are health data.
    private static func careHeader(_ context: PageContext) -> HTML {
        context.showsCare ? "<th scope=\"col\">\(context.text(CommonWords.careType))</th>" : .empty
    }

    private static func careCell(_ careType: CareType, _ context: PageContext) -> HTML {
        context.showsCare ? "<td>\(DomainWords.careTypeShort(careType, in: context.language))</td>" : .empty
    }

    private static func extraPlaces(_ placements: ProviderPlacements, _ scenario: Scenario, _ links: EntityLinks,
                                    _ context: PageContext) -> HTML {
        var parts: [HTML] = ["<p>\(context.text(ProviderWords.extraLead, placements.tried.count))</p>"]
        if !placements.complete { parts.append("<p class=\"warning\">\(context.text(ProviderWords.stoppedEarly))</p>") }
        if placements.extraPlaces.isEmpty {
            parts.append("<p>\(context.text(ProviderWords.noExtra))</p>")
        } else {
            let wording = EffectWording(links: links, context: context)
            let rows = placements.extraPlaces.map { extra -> HTML in
                let effect = extra.effect
                let gain = effect.proven ? "+\(effect.householdsGain)" : context.text(ProviderWords.atLeast, effect.householdsGain)
                var who = wording.households(effect.newlyHoused)
                if !effect.noLongerHoused.isEmpty {
                    who = "\(who); \(wording.sentence(ProviderWords.notAnyMore, wording.households(effect.noLongerHoused)))"
                }
                let clients: HTML = extra.clients.isEmpty ? "–" : wording.households(extra.clients)
                return """
                    <tr><th scope="row">\(changeWords(effect.change, links, context))</th><td class="num">\(gain)</td>
                    <td>\(clients)</td><td>\(who)</td></tr>
                    """
            }
            parts.append("""
                <div class="table-scroll"><table class="extra"><thead><tr><th scope="col">\(context.text(ProviderWords.change))</th>
                <th scope="col" class="num">\(context.text(ProviderWords.gain))</th>
                <th scope="col">\(context.text(ProviderWords.ofItsTypes))</th><th scope="col">\(context.text(ProviderWords.who))</th></tr></thead>
                <tbody>\(rows)</tbody></table></div>
                """)
        }
        return """
            <section aria-labelledby="extra"><h2 id="extra">\(context.text(ProviderWords.extraTitle))</h2>
            \(HTML.joined(parts, separator: "\n"))</section>
            """
    }

    /// "één toegankelijke woning meer op Oude school (s1)", with a link.
    static func changeWords(_ change: CapacityChange, _ links: EntityLinks, _ context: PageContext) -> HTML {
        switch change {
        case .dwelling(let site):
            MessageHTML.fill(ProviderWords.oneMoreDwelling, in: context.language, [links.site(site, withTown: false)])
        case .accessibleDwelling(let site):
            MessageHTML.fill(ProviderWords.oneMoreAccessible, in: context.language, [links.site(site, withTown: false)])
        case .carePlace(let provider):
            MessageHTML.fill(ProviderWords.oneMoreCarePlace, in: context.language, [links.provider(provider)])
        }
    }

    /// The change in words for the progress line, without links.
    static func changeText(_ change: CapacityChange, _ scenario: Scenario, _ language: Language) -> String {
        switch change {
        case .dwelling(let site):
            ProviderWords.oneMoreDwelling(language, scenario.sites.first { $0.id == site }?.displayName ?? site.rawValue)
        case .accessibleDwelling(let site):
            ProviderWords.oneMoreAccessible(language, scenario.sites.first { $0.id == site }?.displayName ?? site.rawValue)
        case .carePlace(let provider):
            ProviderWords.oneMoreCarePlace(language, scenario.providers.first { $0.id == provider }?.displayName ?? provider.rawValue)
        }
    }
}
