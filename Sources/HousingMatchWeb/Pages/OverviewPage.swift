import HTMLRendering
import HousingMatch
import Wording

/// Overzicht: the current match at a glance, for everyone. Which groups form
/// where and with whom, who has no place and why, how each care type fares,
/// and how full each site is.
enum OverviewPage {
    static func body(_ base: BaseMatch, _ context: PageContext) -> HTML {
        let result = base.result
        let scenario = base.scenario
        let links = EntityLinks(scenario, context)
        let housed = result.match.groups.reduce(0) { $0 + $1.members.count }
        var parts: [HTML] = []
        if !scenario.name.isEmpty {
            parts.append("<p class=\"lead\">\(context.text(OverviewWords.scenario, scenario.name))</p>")
        }
        parts.append("<p class=\"status status-\(result.status.rawValue)\">\(statusSentence(result, base, context))</p>")
        if result.hasMatch {
            parts.append("""
                <p class="summary">\(context.text(OverviewWords.summary, housed, scenario.seekers.count, result.match.groups.count))</p>
                """)
            if let objective = result.objective {
                parts.append("""
                    <ul class="numbers">
                    <li>\(context.text(OverviewWords.countedByPriority, context.numbers.number(objective.housed)))</li>
                    <li>\(context.text(OverviewWords.fitWithWishes, context.numbers.number(objective.preference)))</li>
                    </ul>
                    """)
            }
            parts.append(groupsTable(result.match, links, context))
        }
        parts.append(unplacedSection(result, links, context))
        parts.append(careTypeTable(scenario, result.match, context))
        if result.hasMatch { parts.append(siteChart(scenario, result.match, context)) }
        return HTML.joined(parts, separator: "\n")
    }

    private static func statusSentence(_ result: MatchResult, _ base: BaseMatch, _ context: PageContext) -> String {
        let sentence = switch result.status {
        case .optimal: context.text(OverviewWords.statusOptimal)
        case .feasible: context.text(OverviewWords.statusFeasible)
        case .infeasible: context.text(OverviewWords.statusInfeasible)
        case .noSolution: context.text(OverviewWords.statusNoSolution)
        }
        return base.wasStopped ? context.text(ProgressWords.cancelled) + " " + sentence : sentence
    }

    private static func groupsTable(_ match: Match, _ links: EntityLinks, _ context: PageContext) -> HTML {
        let careHeader: HTML = context.showsCare ? "<th scope=\"col\">\(context.text(CommonWords.care))</th>" : .empty
        let rows = match.groups.map { formed -> HTML in
            let members = HTML.joined(formed.members.map { links.household($0) }, separator: ", ")
            let care: HTML = context.showsCare ? "<td>\(careCell(formed, links, context))</td>" : .empty
            return """
                <tr><th scope="row">\(links.group(formed.id))</th><td>\(links.site(formed.site))</td>
                <td class="num">\(formed.members.count)</td><td class="members">\(members)</td>\(care)</tr>
                """
        }
        return """
            <section aria-labelledby="gevormd"><h2 id="gevormd">\(context.text(OverviewWords.formedGroups))</h2>
            <table class="match"><thead><tr><th scope="col">\(context.text(CommonWords.group))</th>
            <th scope="col">\(context.text(CommonWords.site))</th><th scope="col" class="num">#</th>
            <th scope="col">\(context.text(CommonWords.members))</th>\(careHeader)</tr></thead>
            <tbody>\(rows)</tbody></table></section>
            """
    }

    private static func careCell(_ formed: FormedGroup, _ links: EntityLinks, _ context: PageContext) -> HTML {
        let lines = formed.care.map { arrangement -> HTML in
            let type = DomainWords.careTypeShort(arrangement.careType, in: context.language)
            return "\(links.provider(arrangement.provider)): \(arrangement.clients) \(context.text(CommonWords.clients)) (\(type))"
        }
        return HTML.joined(lines, separator: "<br>")
    }

    private static func unplacedSection(_ result: MatchResult, _ links: EntityLinks, _ context: PageContext) -> HTML {
        guard !result.unassigned.isEmpty else {
            return "<section aria-labelledby=\"zonder\"><h2 id=\"zonder\">\(context.text(OverviewWords.unplaced))</h2><p>\(context.text(OverviewWords.noneUnplaced))</p></section>"
        }
        let rows = result.unassigned.map { entry -> HTML in
            "<tr><th scope=\"row\">\(links.household(entry.seeker))</th><td>\(context.text(entry))</td></tr>"
        }
        return """
            <section aria-labelledby="zonder"><h2 id="zonder">\(context.text(OverviewWords.unplaced)) (\(result.unassigned.count))</h2>
            <table class="reasons"><thead><tr><th scope="col">\(context.text(CommonWords.household))</th>
            <th scope="col">\(context.text(CommonWords.reason))</th></tr></thead><tbody>\(rows)</tbody></table></section>
            """
    }

    /// Counts, not persons: how many with each care type have a place and how many are still looking.
    private static func careTypeTable(_ scenario: Scenario, _ match: Match, _ context: PageContext) -> HTML {
        let housed = Set(match.groups.flatMap(\.members))
        var order: [String] = []
        var counts: [String: (housed: Int, looking: Int)] = [:]
        for seeker in scenario.seekers {
            let type = seeker.care?.type ?? ""
            if counts[type] == nil { order.append(type) }
            let isHoused = housed.contains(seeker.id)
            counts[type, default: (0, 0)].housed += isHoused ? 1 : 0
            counts[type, default: (0, 0)].looking += isHoused ? 0 : 1
        }
        order.sort { ($0.isEmpty ? 0 : 1, $0) < ($1.isEmpty ? 0 : 1, $1) }
        let rows = order.map { type -> HTML in
            let name = type.isEmpty ? context.text(OverviewWords.withoutCare) : DomainWords.careType(type, in: context.language)
            let count = counts[type]!
            return "<tr><th scope=\"row\">\(name)</th><td class=\"num\">\(count.housed)</td><td class=\"num\">\(count.looking)</td></tr>"
        }
        return """
            <section aria-labelledby="zorgsoort"><h2 id="zorgsoort">\(context.text(OverviewWords.perCareType))</h2>
            <table class="counts"><thead><tr><th scope="col">\(context.text(CommonWords.careType))</th>
            <th scope="col" class="num">\(context.text(OverviewWords.housed))</th>
            <th scope="col" class="num">\(context.text(OverviewWords.looking))</th></tr></thead><tbody>\(rows)</tbody></table></section>
            """
    }

    private static func siteChart(_ scenario: Scenario, _ match: Match, _ context: PageContext) -> HTML {
        let taken = Dictionary(match.groups.map { ($0.site, $0.members.count) }, uniquingKeysWith: +)
        let sites = scenario.sites.prefix(40)
        var chart = SVGBarChart(
            identifier: "plekken",
            title: context.text(OverviewWords.chartTitle),
            categories: sites.map(\.displayName),
            series: [SVGBarChart.Series(name: context.text(OverviewWords.chartTaken), values: sites.map { Double(taken[$0.id] ?? 0) }),
                     SVGBarChart.Series(name: context.text(OverviewWords.chartOffered), values: sites.map { Double($0.units) })],
            xAxisLabel: context.text(CommonWords.sites),
            yAxisLabel: context.text(CommonWords.dwellings))
        chart.showsTitle = false
        return """
            <section aria-labelledby="grafiek"><h2 id="grafiek">\(context.text(OverviewWords.chartTitle))</h2>
            <figure class="chart">\(HTML(trusted: chart.render()))</figure></section>
            """
    }
}
