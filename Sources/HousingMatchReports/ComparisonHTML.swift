import HTMLRendering
import HousingMatch
import Wording

/// The `html` report of a comparison: one self-contained page for a policy officer.
///
/// Everything is inside the file (styles, SVG charts); it loads nothing from
/// anywhere, runs no script and reads the same printed. Every text from the
/// scenarios is escaped. Each scenario keeps one colour throughout: its
/// swatch in the summaries is its bar in the charts.
///
/// The web workspace shows the same content inside its own page
/// (``content()``, with ``Markup/embedded``): no `style` attribute, which its
/// Content-Security-Policy blocks, and a household's care type only when asked.
public struct ComparisonHTML {
    /// How the pieces are marked up.
    public enum Markup: Sendable {
        /// A page of its own, with its style sheet inside (`housing-match compare --format html`).
        case standalone
        /// Inside a page whose style sheet has the classes `swatch-N` (one per colour of
        /// ``SVGBarChart/palette``) and `meter`: no `style` attributes.
        case embedded
    }

    public let comparison: MatchComparison
    public var markup: Markup
    /// Whether the households table shows each household's care type (health data).
    public var showsHouseholdCare: Bool
    /// The language of every word; English for `housing-match compare`.
    public var language: Language

    public init(comparison: MatchComparison, markup: Markup = .standalone, showsHouseholdCare: Bool = true,
                language: Language = .en) {
        self.comparison = comparison
        self.language = language
        self.markup = markup
        self.showsHouseholdCare = showsHouseholdCare
    }

    /// The whole self-contained page.
    public func render() -> String {
        let base = comparison.base
        let title = ComparisonWords.title(language, base.scenarioName.isEmpty ? base.label : base.scenarioName)
        var body: [String] = []
        body.append("<header><h1>\(e(title))</h1>")
        body.append("<p class=\"lede\">\(lede)</p></header>")
        body.append(contentsOf: sections)
        body.append("<footer><p>\(ComparisonWords.madeWith(language, statusNote))</p></footer>")

        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title))</title>
            <style>
            \(Self.style)
            </style>
            </head>
            <body>
            <main>
            \(body.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
    }

    private var outcomes: [ScenarioOutcome] { [comparison.base] + comparison.variants.map(\.outcome) }

    /// The report without the page around it, for a page that has its own heading:
    /// the introduction, the sections (headed `h2`) and the note on statuses.
    public func content() -> String {
        (["<p class=\"lead\">\(lede)</p>"] + sections + ["<p class=\"small\">\(statusNote)</p>"]).joined(separator: "\n")
    }

    private var lede: String {
        let base = comparison.base
        let variants = comparison.variants.count == 1 ? ComparisonWords.oneVariant(language)
            : ComparisonWords.eachVariant(language, comparison.variants.count)
        return ComparisonWords.lede(language, e(base.label), variants,
                                    showsHouseholdCare ? ComparisonWords.andCareType(language) : ".")
    }

    private var statusNote: String {
        ComparisonWords.statusNote(language)
    }

    private var sections: [String] {
        let base = comparison.base
        var body: [String] = []
        body.append(summarySection())
        body.append(totalsSection())
        body.append(chartSection(id: "care", title: ComparisonWords.byCareTitle(language),
                                 explanation: ComparisonWords.byCareExplanation(language),
                                 categories: base.housedByCareType.map { ComparisonWording.careType($0.careType, in: language) },
                                 values: { outcome in outcome.housedByCareType.map { Double($0.housed) } },
                                 xAxis: ComparisonWords.byCareAxis(language)))
        body.append(chartSection(id: "town", title: ComparisonWords.byTownTitle(language),
                                 explanation: ComparisonWords.byTownExplanation(language),
                                 categories: base.housedByTown.map(\.town),
                                 values: { outcome in outcome.housedByTown.map { Double($0.housed) } },
                                 xAxis: ComparisonWords.byTownAxis(language)))
        body.append(groupsSection())
        body.append(householdsSection())
        body.append(providersSection())
        return body
    }

    // MARK: Sections

    private func summarySection() -> String {
        let base = comparison.base
        var html = ["<section id=\"summary\"><h2>\(ComparisonWords.inShort(language))</h2>"]
        var baseText = ComparisonWords.baseHoused(language, base.housedHouseholds, base.seekers)
        if let priority = base.housedPriority { baseText += ComparisonWords.byPriority(language, number(priority)) }
        baseText += ComparisonWords.baseGroups(language, base.groupsFormed, base.groups, ComparisonWording.status(base.status, in: language))
        html.append("<article class=\"card\">\(heading(base, index: 0, suffix: ComparisonWords.theBase(language)))<p>\(e(baseText))</p>"
                    + description(base) + "</article>")
        for (offset, variant) in comparison.variants.enumerated() {
            let outcome = variant.outcome
            var card = "<article class=\"card\(outcome.hasMatch ? "" : " warning")\">\(heading(outcome, index: offset + 1, suffix: nil))"
            card += description(outcome)
            card += "<p class=\"summary\">\(e(ComparisonWording.summary(of: variant, base: base, in: language)))</p>"
            if !outcome.changes.isEmpty {
                card += "<p class=\"small\">\(ComparisonWords.whatChanges(language))</p><ul class=\"changes\">"
                    + outcome.changes.map { "<li>\(e($0.text(in: language)))</li>" }.joined() + "</ul>"
            }
            card += "</article>"
            html.append(card)
        }
        html.append("</section>")
        return html.joined(separator: "\n")
    }

    /// The scenario's colour, file label and name, as the heading of its card.
    private func heading(_ outcome: ScenarioOutcome, index: Int, suffix: String?) -> String {
        let name = outcome.scenarioName.isEmpty || outcome.scenarioName == outcome.label ? "" : " <span class=\"name\">\(e(outcome.scenarioName))</span>"
        return "<h3>\(swatch(index))\(e(outcome.label))\(suffix.map { " <span class=\"tag\">\(e($0))</span>" } ?? "")\(name)</h3>"
    }

    private func description(_ outcome: ScenarioOutcome) -> String {
        guard let text = outcome.description, !text.isEmpty else { return "" }
        return "<p class=\"description\">\(e(text))</p>"
    }

    private func totalsSection() -> String {
        var rows: [String] = []
        for (index, outcome) in outcomes.enumerated() {
            let variant = index == 0 ? nil : comparison.variants[index - 1]
            let baseWord = ComparisonWords.base(language)
            let change = index == 0 ? baseWord : variant?.housedChange.map { ComparisonWording.signed(Double($0), in: language) } ?? "–"
            let priorityChange = index == 0 ? baseWord : variant?.housedPriorityChange.map { ComparisonWording.signed($0, in: language) } ?? "–"
            rows.append("<tr><th scope=\"row\">\(swatch(index))\(e(outcome.label))</th>"
                        + "<td class=\"\(outcome.hasMatch ? "" : "bad")\">\(e(ComparisonWording.status(outcome.status, in: language)))</td>"
                        + "<td class=\"num\">\(ComparisonWords.ofTotal(language, outcome.housedHouseholds, outcome.seekers))</td>"
                        + "<td class=\"num\">\(e(change))</td>"
                        + "<td class=\"num\">\(outcome.housedPriority.map { number($0) } ?? "–")</td>"
                        + "<td class=\"num\">\(e(priorityChange))</td>"
                        + "<td class=\"num\">\(ComparisonWords.ofTotal(language, outcome.groupsFormed, outcome.groups))</td></tr>")
        }
        return """
            <section id="totals"><h2>\(w(ComparisonWords.housedTitle))</h2>
            <p>\(w(ComparisonWords.housedExplanation))</p>
            <table><thead><tr><th scope="col">\(w(ComparisonWords.scenario))</th><th scope="col">\(w(ComparisonWords.status))</th><th scope="col" class="num">\(w(ComparisonWords.housed))</th><th scope="col" class="num">\(w(ComparisonWords.change))</th><th scope="col" class="num">\(w(ComparisonWords.countedByPriority))</th><th scope="col" class="num">\(w(ComparisonWords.change))</th><th scope="col" class="num">\(w(ComparisonWords.groupsFormed))</th></tr></thead>
            <tbody>\(rows.joined(separator: "\n"))</tbody></table></section>
            """
    }

    private func chartSection(id: String, title: String, explanation: String, categories: [String],
                              values: (ScenarioOutcome) -> [Double], xAxis: String) -> String {
        var chart = SVGBarChart(identifier: "chart-\(id)", title: title, categories: categories,
                                series: outcomes.map { SVGBarChart.Series(name: $0.label, values: values($0)) },
                                xAxisLabel: xAxis, yAxisLabel: w(ComparisonWords.housedTitle))
        chart.showsTitle = false  // the section's heading says it
        let noMatch = outcomes.filter { !$0.hasMatch }.map(\.label)
        let noMatchWords = noMatch.count == 1 ? ComparisonWords.noMatchOne : ComparisonWords.noMatchMany
        let note = noMatch.isEmpty ? "" : "<p class=\"small\">\(noMatchWords(language, e(ComparisonWording.list(noMatch, in: language))))</p>"
        return "<section id=\"by-\(id)\"><h2>\(e(title))</h2><p>\(e(explanation))</p><figure>\(chart.render())</figure>\(note)</section>"
    }

    private func groupsSection() -> String {
        var rows: [String] = []
        for (offset, variant) in comparison.variants.enumerated() {
            for change in variant.differences?.groups ?? [] {
                rows.append("<tr><td class=\"label\">\(swatch(offset + 1))\(e(variant.outcome.label))</td><td>\(e(ComparisonWording.group(change)))</td>"
                            + "<td>\(e(ComparisonWording.kind(change.kind, in: language)))</td>"
                            + "<td>\(e(ComparisonWording.formation(change.base, in: language)))</td><td>\(e(ComparisonWording.formation(change.variant, in: language)))</td></tr>")
            }
        }
        let table = rows.isEmpty ? "<p>\(w(ComparisonWords.sameGroups))</p>" : """
            <table><thead><tr><th scope="col">\(w(ComparisonWords.variant))</th><th scope="col">\(w(ComparisonWords.group))</th><th scope="col">\(w(ComparisonWords.change))</th><th scope="col">\(w(ComparisonWords.inTheBase))</th><th scope="col">\(w(ComparisonWords.inTheVariant))</th></tr></thead>
            <tbody>\(rows.joined(separator: "\n"))</tbody></table>
            """
        return "<section id=\"groups\"><h2>\(w(ComparisonWords.groupsTitle))</h2>\(table)\(noComparison)</section>"
    }

    /// One table per variant: a long list reads better under its variant's name than with the name on every row.
    private func householdsSection() -> String {
        var parts: [String] = []
        for (offset, variant) in comparison.variants.enumerated() {
            guard let households = variant.differences?.households else { continue }
            let heading = "<h3>\(swatch(offset + 1))\(e(variant.outcome.label))</h3>"
            guard !households.isEmpty else {
                parts.append(heading + "<p>\(w(ComparisonWords.noHouseholdMoves))</p>")
                continue
            }
            let rows = households.map { change in
                let note = ComparisonWording.presence(change.presence, in: language)
                return "<tr><td class=\"id\"><code>\(e(change.seeker.rawValue))</code></td>"
                    + "<td class=\"\(Self.cssClass(change.kind))\">\(e(ComparisonWording.kind(change.kind, in: language)))\(note.isEmpty ? "" : " <span class=\"small\">(\(e(note)))</span>")</td>"
                    + (showsHouseholdCare ? "<td>\(e(ComparisonWording.careType(change.careType, in: language)))</td>" : "")
                    + "<td>\(e(ComparisonWording.placement(change.base, in: language)))</td><td>\(e(ComparisonWording.placement(change.variant, in: language)))</td></tr>"
            }
            parts.append(heading + """
                <table class="households"><thead><tr><th scope="col">\(w(ComparisonWords.household))</th><th scope="col">\(w(ComparisonWords.change))</th>\(showsHouseholdCare ? "<th scope=\"col\">\(w(ComparisonWords.careNeed))</th>" : "")<th scope="col">\(w(ComparisonWords.inTheBase))</th><th scope="col">\(w(ComparisonWords.inTheVariant))</th></tr></thead>
                <tbody>\(rows.joined(separator: "\n"))</tbody></table>
                """)
        }
        let intro = "<p>\(w(ComparisonWords.householdsIntro))</p>"
        return "<section id=\"households\"><h2>\(w(ComparisonWords.householdsTitle))</h2>\(intro)\(parts.joined(separator: "\n"))\(noComparison)</section>"
    }

    /// A note naming the variants whose matches cannot be compared, if any.
    private var noComparison: String {
        let labels = comparison.variants.filter { $0.differences == nil }.map(\.outcome.label)
        guard !labels.isEmpty else { return "" }
        return "<p class=\"small\">\(ComparisonWords.notListed(language, e(ComparisonWording.list(labels, in: language))))</p>"
    }

    private func providersSection() -> String {
        var providers: [(id: ProviderID, name: String)] = []
        for outcome in outcomes {
            for load in outcome.providerLoads where !providers.contains(where: { $0.id == load.provider }) {
                providers.append((load.provider, load.name))
            }
        }
        guard !providers.isEmpty else {
            return "<section id=\"providers\"><h2>\(w(ComparisonWords.providersTitle))</h2><p>\(w(ComparisonWords.noProviders))</p></section>"
        }
        // Scenarios are rows, as in the totals table; a region has a few providers, so they fit as columns.
        let header = providers.map { provider in
            "<th scope=\"col\">\(e(provider.name))" + (provider.name == provider.id.rawValue ? "" : " <span class=\"small\">(\(e(provider.id.rawValue)))</span>") + "</th>"
        }.joined()
        var rows: [String] = []
        for (index, outcome) in outcomes.enumerated() {
            let cells = providers.map { provider -> String in
                guard let load = outcome.providerLoads.first(where: { $0.provider == provider.id }) else {
                    return "<td class=\"absent\">\(w(ComparisonWords.notInScenario))</td>"
                }
                let share = load.capacity > 0 ? min(1, Double(load.clients) / Double(load.capacity)) : 0
                let full = load.capacity > 0 && load.clients >= load.capacity
                return "<td><span class=\"load\">\(ComparisonWords.ofTotal(language, load.clients, load.capacity))</span>" + meter(share: share, full: full) + "</td>"
            }
            rows.append("<tr><th scope=\"row\">\(swatch(index))\(e(outcome.label))</th>\(cells.joined())</tr>")
        }
        return """
            <section id="providers"><h2>\(w(ComparisonWords.loadsTitle))</h2>
            <p>\(w(ComparisonWords.loadsExplanation))</p>
            <table class="providers"><thead><tr><th scope="col">\(w(ComparisonWords.scenario))</th>\(header)</tr></thead>
            <tbody>\(rows.joined(separator: "\n"))</tbody></table></section>
            """
    }

    // MARK: Pieces

    /// A small square in the scenario's chart colour.
    private func swatch(_ index: Int) -> String {
        switch markup {
        case .standalone:
            "<span class=\"swatch\" style=\"background: \(SVGBarChart.colour(at: index))\" aria-hidden=\"true\"></span>"
        case .embedded:
            "<span class=\"swatch swatch-\(index % SVGBarChart.palette.count)\" aria-hidden=\"true\"></span>"
        }
    }

    /// A bar of `share` (0 to 1) of a provider's capacity; dark when full.
    private func meter(share: Double, full: Bool) -> String {
        let label = ComparisonWords.ofCapacity(language, ReportFormat.number(share * 100, decimals: 0))
        switch markup {
        case .standalone:
            return "<span class=\"meter\" role=\"img\" aria-label=\"\(label)\">"
                + "<span class=\"fill\(full ? " full" : "")\" style=\"width: \(ReportFormat.number(share * 100, decimals: 1))%\"></span></span>"
        case .embedded:
            // SVG attributes, not a style attribute: the page's policy allows the one and blocks the other.
            return "<svg class=\"meter\" viewBox=\"0 0 100 8\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"\(label)\">"
                + "<rect width=\"100\" height=\"8\" rx=\"4\" fill=\"#e8e8e8\"/>"
                + "<rect width=\"\(ReportFormat.number(share * 100, decimals: 1))\" height=\"8\" rx=\"4\" fill=\"\(full ? "#1f4e89" : "#7aa6d6")\"/></svg>"
        }
    }

    private static func cssClass(_ kind: HouseholdChange.Kind) -> String {
        switch kind {
        case .gainsPlace: "gain"
        case .losesPlace: "loss"
        case .changesGroup, .changesSite: "move"
        }
    }

    private func e(_ text: String) -> String { HTMLText.escape(text) }

    /// A message of the report in its language (templates hold markup of ours, never scenario text).
    private func w(_ message: Message) -> String { message(language) }

    private func number(_ value: Double) -> String { ComparisonWording.number(value, in: language) }

    private static let style = """
        :root { color-scheme: light; }
        body { margin: 0; background: #f6f6f4; color: #1a1a1a; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
        main { max-width: 1060px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
        h1 { font-size: 28px; margin: 8px 0 4px; }
        h2 { font-size: 21px; margin: 36px 0 8px; padding-top: 12px; border-top: 2px solid #e6e6e6; }
        h3 { font-size: 17px; margin: 0 0 6px; }
        .lede { color: #333; max-width: 52em; }
        .card { border: 1px solid #ddd; border-left: 4px solid #9aa0a6; border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
        .card.warning { border-left-color: #c5221f; background: #fdf3f2; }
        .card p { margin: 4px 0; }
        .summary { font-size: 17px; }
        .description { color: #444; font-style: italic; }
        .name { font-weight: normal; color: #555; margin-left: 6px; }
        .tag { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: #555; background: #eee; border-radius: 3px; padding: 1px 6px; margin-left: 4px; }
        .small { font-size: 14px; color: #555; }
        .changes { margin: 2px 0 0; padding-left: 22px; font-size: 15px; columns: 2 16em; column-gap: 32px; }
        .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 7px; vertical-align: -1px; }
        table { border-collapse: collapse; width: 100%; font-size: 15px; margin: 8px 0; }
        th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid #e4e4e4; vertical-align: top; }
        thead th { background: #f1f1ef; border-bottom: 2px solid #ccc; }
        tbody tr:nth-child(even) { background: #fafaf8; }
        .label, .id, th[scope=row] { white-space: nowrap; }
        section h3 { margin-top: 20px; }
        .card h3 { margin-top: 0; }
        /* The same columns in every variant's table, so the tables line up one under another. */
        table.households { table-layout: fixed; }
        table.households th:nth-child(1) { width: 11%; } table.households th:nth-child(2) { width: 29%; }
        table.households th:nth-child(3) { width: 12%; } table.households th:nth-child(4), table.households th:nth-child(5) { width: 24%; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .bad { color: #a50e0e; font-weight: 600; }
        .gain { color: #0b6b2e; font-weight: 600; }
        .loss { color: #a50e0e; font-weight: 600; }
        .move { color: #7a4a00; }
        .absent { color: #888; font-style: italic; }
        .load { display: block; font-variant-numeric: tabular-nums; }
        .meter { display: block; width: 100%; max-width: 120px; height: 8px; background: #e8e8e8; border-radius: 4px; overflow: hidden; margin-top: 3px; }
        .fill { display: block; height: 100%; background: #7aa6d6; }
        .fill.full { background: #1f4e89; }
        figure { margin: 8px 0; overflow-x: auto; }
        svg.chart { max-width: 100%; height: auto; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 14px; }
        footer { margin-top: 40px; font-size: 14px; color: #555; border-top: 1px solid #ddd; }
        @media print { body { background: #fff; } main { padding: 0; } section { break-inside: avoid-page; } }
        """
}
