import HousingMatch
import HousingMatchReports
import Wording

/// The `table` report of a comparison: totals side by side, then what changes in each variant.
///
/// Scenarios are columns named by their file (`new-site`); numbers of a
/// variant carry their difference from the base, as in `41 (+1)`.
struct ComparisonReport {
    let comparison: MatchComparison
    /// The language of the words (`--lang`); JSON and the HTML report have their own.
    var language: Language = .en
    /// Whether households' care types are shown (`--with-care-details`). Counts per care type over the
    /// whole region are statistics and always shown; a household's own care type is not.
    var showsCare = false

    private var words: AnalysisReportWords.Type { AnalysisReportWords.self }

    func render() -> String {
        let base = comparison.base
        var sections: [String] = []
        let variants = comparison.variants.count
        sections.append((variants == 1 ? words.comparisonOne : words.comparisonMany)(language, base.label, base.scenarioName, variants))
        sections.append(totals())
        sections.append(byCategory(title: words.byCareType(language), heading: words.columnCareType(language),
                                   rows: base.housedByCareType.indices.map { index in
                                       (ComparisonWording.careType(base.housedByCareType[index].careType, in: language),
                                        { $0.housedByCareType[index].housed })
                                   }))
        sections.append(byCategory(title: words.byTown(language), heading: words.columnTown(language),
                                   rows: base.housedByTown.indices.map { index in
                                       (base.housedByTown[index].town, { $0.housedByTown[index].housed })
                                   }))
        sections.append(providerLoads())
        for variant in comparison.variants { sections.append(render(variant)) }
        return sections.joined(separator: "\n\n")
    }

    private var outcomes: [ScenarioOutcome] { [comparison.base] + comparison.variants.map(\.outcome) }

    private func totals() -> String {
        var table = TextTable([words.columnScenario(language), words.columnStatus(language), words.columnHoused(language),
                               words.columnDifference(language), words.columnByPriority(language),
                               words.columnDifference(language), words.columnGroupsFormed(language)])
        for (index, outcome) in outcomes.enumerated() {
            let variant = index == 0 ? nil : comparison.variants[index - 1]
            table.add([
                outcome.label,
                ComparisonWording.status(outcome.status, in: language),
                words.ofTotal(language, outcome.housedHouseholds, outcome.seekers),
                index == 0 ? words.base(language)
                    : variant?.housedChange.map { ComparisonWording.signed(Double($0), in: language) } ?? "-",
                outcome.housedPriority.map { LanguageFormat(language).number($0) } ?? "-",
                index == 0 ? words.base(language)
                    : variant?.housedPriorityChange.map { ComparisonWording.signed($0, in: language) } ?? "-",
                words.ofTotal(language, outcome.groupsFormed, outcome.groups),
            ])
        }
        return words.householdsHoused(language) + "\n" + table.render()
    }

    /// One row per category, one column per scenario; a variant's cell shows its difference from the base.
    private func byCategory(title: String, heading: String,
                            rows: [(name: String, value: (ScenarioOutcome) -> Int)]) -> String {
        var table = TextTable([heading] + outcomes.map(\.label))
        for row in rows {
            let before = row.value(comparison.base)
            table.add([row.name] + outcomes.enumerated().map { index, outcome in
                let value = row.value(outcome)
                return index == 0 || value == before ? "\(value)" : "\(value) (\(ComparisonWording.signed(Double(value - before), in: language)))"
            })
        }
        return title + "\n" + table.render()
    }

    private func providerLoads() -> String {
        var table = TextTable([words.columnProvider(language)] + outcomes.map(\.label))
        // Every provider of any scenario, in the order first met.
        var providers: [(id: ProviderID, name: String)] = []
        for outcome in outcomes {
            for load in outcome.providerLoads where !providers.contains(where: { $0.id == load.provider }) {
                providers.append((load.provider, load.name))
            }
        }
        for provider in providers {
            let name = provider.name == provider.id.rawValue ? provider.name : "\(provider.id) \(provider.name)"
            table.add([name] + outcomes.map { outcome in
                outcome.providerLoads.first { $0.provider == provider.id }.map { "\($0.clients)/\($0.capacity)" } ?? "-"
            })
        }
        return words.providerLoads(language) + "\n" + table.render()
    }

    private func render(_ variant: VariantComparison) -> String {
        let outcome = variant.outcome
        var lines = ["\(outcome.label) (\(ComparisonWording.status(outcome.status, in: language))): \(outcome.scenarioName)"]
        lines += Self.wrap(ComparisonWording.summary(of: variant, base: comparison.base, in: language), width: 100, indent: "  ")
        // A few changes fit on one line; more are listed one a line, as `validate` does.
        let care = CareWording(careTypes: comparison.base.housedByCareType.compactMap(\.careType), language: language,
                               showsCare: showsCare)
        let changes = outcome.changes.map(care.say)
        if changes.count <= 3 {
            if !changes.isEmpty { lines.append(words.changesInline(language, changes.joined(separator: "; "))) }
        } else {
            lines.append(words.changesHeading(language))
            lines += changes.map { "    " + $0 }
        }
        guard let differences = variant.differences else { return lines.joined(separator: "\n") }
        if !differences.groups.isEmpty {
            var table = TextTable([words.columnGroup(language), words.columnDifference(language), words.columnBase(language),
                                   words.columnVariant(language)])
            for change in differences.groups {
                table.add([ComparisonWording.group(change), ComparisonWording.kind(change.kind, in: language),
                           ComparisonWording.formation(change.base, in: language),
                           ComparisonWording.formation(change.variant, in: language)])
            }
            lines.append(words.groupsHeading(language))
            lines.append(table.render(indent: "    "))
        }
        if !differences.households.isEmpty {
            var table = TextTable([words.columnHousehold(language), words.columnDifference(language)]
                                  + (showsCare ? [words.columnCareType(language)] : [])
                                  + [words.columnBase(language), words.columnVariant(language)])
            for change in differences.households {
                let note = ComparisonWording.presence(change.presence, in: language)
                table.add([change.seeker.rawValue,
                           ComparisonWording.kind(change.kind, in: language) + (note.isEmpty ? "" : " (\(note))")]
                          + (showsCare ? [ComparisonWording.careType(change.careType, in: language)] : [])
                          + [ComparisonWording.placement(change.base, in: language),
                             ComparisonWording.placement(change.variant, in: language)])
            }
            lines.append(words.householdsHeading(language))
            lines.append(table.render(indent: "    "))
        }
        return lines.joined(separator: "\n")
    }

    /// Splits text into lines of at most `width` characters (longer words stay whole), each indented.
    static func wrap(_ text: String, width: Int, indent: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && indent.count + current.count + 1 + word.count > width {
                lines.append(indent + current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(indent + current) }
        return lines
    }
}
