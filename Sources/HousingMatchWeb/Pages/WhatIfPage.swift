import HousingMatch
import HousingMatchReports
import Wording

/// Wat als: the analyst's page. The workspace's variants, to compare with the
/// base; forms that make a new variant file; and a sweep of one number.
enum WhatIfPage {
    /// What the page shows besides the scenario and its variants.
    struct Notes: Sendable {
        /// The form that came back with problems.
        var form: VariantFormState?
        /// The variant just saved, ticked in the list.
        var saved: (stem: String, fileName: String)?
        /// The compare button was pressed with no variant ticked.
        var noneChosen = false
    }

    static func body(_ scenario: Scenario, variants: [VariantFiles.Entry], _ context: PageContext, notes: Notes) -> HTML {
        var parts: [HTML] = ["<p class=\"lead\">\(context.text(WhatIfWords.intro))</p>"]
        if let saved = notes.saved {
            parts.append("<p class=\"notice\" role=\"status\">\(context.text(WhatIfWords.saved, saved.stem, saved.fileName))</p>")
        }
        parts.append(variantList(variants, context, notes: notes))
        parts.append(VariantForms(scenario: scenario, context: context, state: notes.form).body)
        parts.append(SweepView.form(scenario, context, fields: nil, problem: nil))
        return HTML.joined(parts, separator: "\n")
    }

    private static func variantList(_ variants: [VariantFiles.Entry], _ context: PageContext, notes: Notes) -> HTML {
        let heading: HTML = "<h2 id=\"varianten\">\(context.text(WhatIfWords.variants))</h2>"
        guard !variants.isEmpty else {
            return "<section aria-labelledby=\"varianten\">\(heading)<p>\(context.text(WhatIfWords.noVariants))</p></section>"
        }
        let rows = variants.map { entry -> HTML in
            let isSaved = entry.stem == notes.saved?.stem
            let ticked: HTML = isSaved ? " checked" : .empty
            let id = "variant-" + entry.stem.addingPercentEncodingForPath
            let detail: HTML
            switch entry.loaded {
            case .success(let file):
                detail = "\(file.variant?.description ?? file.scenario.name)"
            case .failure(let error):
                detail = "<span class=\"field-error\">\(context.text(WhatIfWords.unreadableVariant, error.lines(in: context.language).joined(separator: "\n")))</span>"
            }
            let canCompare: HTML = {
                if case .success = entry.loaded {
                    return "<input type=\"checkbox\" name=\"variant\" value=\"\(entry.stem)\" id=\"\(id)\"\(ticked)>"
                }
                return .empty
            }()
            return """
                <tr\(isSaved ? HTML(trusted: " class=\"just-saved\"") : .empty)><td class="check">\(canCompare)</td>
                <th scope="row"><label for="\(id)" class="plain">\(entry.stem)</label></th><td>\(detail)</td></tr>
                """
        }
        let warning: HTML = notes.noneChosen ? "<p class=\"warning\" role=\"alert\">\(context.text(WhatIfWords.chooseOne))</p>" : .empty
        return """
            <section aria-labelledby="varianten">\(heading)\(warning)
            <form method="get" action="/wat-als/vergelijking">
            <table class="variants"><thead><tr><th scope="col">\(context.text(WhatIfWords.chooseToCompare))</th>
            <th scope="col">\(context.text(WhatIfWords.variantFile))</th><th scope="col">\(context.text(WhatIfWords.description))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            <p><button type="submit">\(context.text(WhatIfWords.compareButton))</button></p>
            </form></section>
            """
    }
}

/// The comparison of the base with the chosen variants: a few sentences in the
/// visitor's language, then the content of `housing-match compare`'s HTML report.
enum ComparisonView {
    static func body(_ comparison: MatchComparison, _ context: PageContext) -> HTML {
        let base = comparison.base
        let sentences = comparison.variants.map { variant -> HTML in
            let outcome = variant.outcome
            let housed = outcome.hasMatch ? String(outcome.housedHouseholds) : context.text(WhatIfWords.noMatch)
            let change = variant.housedChange.map { $0 > 0 ? "+\($0)" : $0 < 0 ? "−\(-$0)" : "±0" } ?? "–"
            let text = context.text(WhatIfWords.inShort, base.hasMatch ? String(base.housedHouseholds) : context.text(WhatIfWords.noMatch),
                                    housed, outcome.label, change)
            return "<li class=\"variant-outcome\" data-variant=\"\(outcome.label)\">\(text)</li>"
        }
        let report = ComparisonHTML(comparison: comparison, markup: .embedded, showsHouseholdCare: context.showsCare,
                                    language: context.language)
        return """
            <ul class="outcomes">\(sentences)</ul>
            <p><a href="/wat-als">\(context.text(WhatIfWords.backToWhatIf))</a></p>
            <div class="comparison-report">\(HTML(trusted: report.content()))</div>
            """
    }
}
