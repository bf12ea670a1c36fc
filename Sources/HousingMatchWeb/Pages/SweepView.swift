import HousingMatch
import HousingMatchReports
import ScenarioIO
import Wording

/// One number of the scenario that a sweep can vary, as the form offers it.
struct SweepParameter: Sendable {
    /// The path as `housing-match sweep --vary` takes it: `providers[c1].capacity`.
    var path: String
    /// The number in the visitor's words: "Capaciteit van Zorggroep Heuvelrug (c1)".
    var words: String
    var current: Double
    var isWholeNumber: Bool

    /// The numbers an analyst asks about most: providers' capacity, sites' dwellings and rent, groups' sizes, the weights.
    static func choices(in scenario: Scenario, _ context: PageContext) -> [SweepParameter] {
        func named(_ name: String, _ id: String) -> String { name.isEmpty || name == id ? id : "\(name) (\(id))" }
        var choices: [SweepParameter] = []
        for provider in scenario.providers {
            choices.append(.init(path: "providers[\(provider.id)].capacity",
                                 words: context.text(WhatIfWords.capacityOf, named(provider.name, provider.id.rawValue)),
                                 current: Double(provider.capacity), isWholeNumber: true))
        }
        for site in scenario.sites {
            let name = named(site.name, site.id.rawValue)
            choices.append(.init(path: "sites[\(site.id)].units", words: context.text(WhatIfWords.unitsOf, name),
                                 current: Double(site.units), isWholeNumber: true))
            choices.append(.init(path: "sites[\(site.id)].accessibleUnits", words: context.text(WhatIfWords.accessibleOf, name),
                                 current: Double(site.accessibleUnits), isWholeNumber: true))
            choices.append(.init(path: "sites[\(site.id)].rent", words: context.text(WhatIfWords.rentOf, name),
                                 current: site.rent, isWholeNumber: false))
        }
        for group in scenario.groups {
            let name = named(group.name, group.id.rawValue)
            choices.append(.init(path: "groups[\(group.id)].minSize", words: context.text(WhatIfWords.minSizeOf, name),
                                 current: Double(group.minSize), isWholeNumber: true))
            choices.append(.init(path: "groups[\(group.id)].maxSize", words: context.text(WhatIfWords.maxSizeOf, name),
                                 current: Double(group.maxSize), isWholeNumber: true))
        }
        choices.append(.init(path: "weights.preference", words: context.text(WhatIfWords.preferenceWeight),
                             current: scenario.weights.preference, isWholeNumber: false))
        choices.append(.init(path: "weights.values", words: context.text(WhatIfWords.valuesWeight),
                             current: scenario.weights.values, isWholeNumber: false))
        return choices
    }
}

/// The sweep: its form on the Wat-als page, and its chart and table when done.
enum SweepView {
    /// The form; `fields` holds what was asked before, `problem` why it could not run.
    static func form(_ scenario: Scenario, _ context: PageContext, fields: FormFields?, problem: String?) -> HTML {
        let choices = SweepParameter.choices(in: scenario, context)
        let chosen = fields?["pad"] ?? choices.first?.path ?? ""
        let first = choices.first { $0.path == chosen }
        let numbers = context.numbers
        func prefilled(_ name: String, _ fallback: Double?) -> String {
            if let given = fields?[name] { return given }
            return fallback.map { numbers.number($0) } ?? ""
        }
        let current = first?.current ?? 0
        let options = choices.map { choice -> HTML in
            let selected: HTML = choice.path == chosen ? " selected" : .empty
            return "<option value=\"\(choice.path)\"\(selected)>\(choice.words) (\(numbers.number(choice.current)))</option>"
        }
        let problemHTML: HTML = problem.map { "<p class=\"warning\" role=\"alert\">\(context.text(WhatIfWords.sweepProblem, $0))</p>" } ?? .empty
        return """
            <section aria-labelledby="reeks"><h2 id="reeks">\(context.text(WhatIfWords.sweep))</h2>
            <p>\(context.text(WhatIfWords.sweepIntro))</p>\(problemHTML)
            <form method="get" action="/wat-als/reeks" class="sweep-form">
            <div class="field"><label for="reeks-pad">\(context.text(WhatIfWords.parameter))</label>
            <select id="reeks-pad" name="pad">\(options)</select></div>
            <div class="field-row">
            <div class="field"><label for="reeks-van">\(context.text(WhatIfWords.from))</label>
            <input type="text" inputmode="decimal" id="reeks-van" name="van" size="8" value="\(prefilled("van", max(0, current - 4)))"></div>
            <div class="field"><label for="reeks-tot">\(context.text(WhatIfWords.to))</label>
            <input type="text" inputmode="decimal" id="reeks-tot" name="tot" size="8" value="\(prefilled("tot", current + 4))"></div>
            <div class="field"><label for="reeks-stap">\(context.text(WhatIfWords.step))</label>
            <input type="text" inputmode="decimal" id="reeks-stap" name="stap" size="6" value="\(prefilled("stap", 1))"></div>
            </div>
            <p><button type="submit">\(context.text(WhatIfWords.runSweep))</button></p>
            </form></section>
            """
    }

    /// The chart of households housed per value, and the same as a table (for screen readers and print).
    static func result(_ answer: SweepAnswer, parameter: SweepParameter?, _ context: PageContext) -> HTML {
        let report = answer.report
        let language = context.language
        let numbers = context.numbers
        let words = parameter?.words ?? report.parameter.words
        let chartWords = SweepChart.Words(
            allHouseholds: WhatIfWords.chartAll(language), noCareNeed: WhatIfWords.chartNoCare(language),
            careType: { WhatIfWords.chartCare(language, DomainWords.careTypeShort($0, in: language)) },
            title: { WhatIfWords.chartTitle(language, $0) }, yTitle: WhatIfWords.housed(language),
            gapLabel: WhatIfWords.chartGap(language), parameterShort: words.lowercasedFirst, parameterLong: words)
        let svg = SweepChart.svg(report, scenarioName: "", words: chartWords)
        let rows = report.points.map { point -> HTML in
            let status: String = switch point.outcome {
            case .invalid: context.text(WhatIfWords.invalidPoint)
            case .solved(let result): Self.status(result.status, context)
            }
            return """
                <tr><th scope="row" class="num">\(numbers.number(point.value))</th><td>\(status)</td>
                <td class="num">\(point.housedHouseholds.map(String.init) ?? "–")</td>
                <td class="num">\(point.groupsFormed.map(String.init) ?? "–")</td></tr>
                """
        }
        let stopped: HTML = report.stopped
            ? "<p class=\"warning\">\(context.text(WhatIfWords.sweepStopped, report.points.count, report.plannedValues.count))</p>" : .empty
        return """
            \(stopped)
            <figure class="chart sweep-chart">\(HTML(trusted: svg))</figure>
            <table class="sweep"><thead><tr><th scope="col" class="num">\(context.text(WhatIfWords.value))</th>
            <th scope="col">\(context.text(WhatIfWords.status))</th>
            <th scope="col" class="num">\(context.text(WhatIfWords.housed))</th>
            <th scope="col" class="num">\(context.text(WhatIfWords.groupsFormed))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            <p><a href="/wat-als">\(context.text(WhatIfWords.backToWhatIf))</a></p>
            """
    }

    static func status(_ status: MatchStatus, _ context: PageContext) -> String {
        switch status {
        case .optimal: context.text(WhatIfWords.shortOptimal)
        case .feasible: context.text(WhatIfWords.shortFeasible)
        case .infeasible: context.text(WhatIfWords.shortInfeasible)
        case .noSolution: context.text(WhatIfWords.shortNoSolution)
        }
    }
}

extension String {
    /// "Capaciteit van c1" as it reads inside a sentence: "capaciteit van c1".
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
