import HousingMatch
import Wording

/// The `table` report of `sensitivity`: the best change in a sentence, then
/// every change with a gain, then those without, briefly.
struct SensitivityReport {
    let scenario: Scenario
    let report: SensitivityAnalysis.Report
    let seconds: Double
    /// The language of the words (`--lang`); JSON stays English.
    var language: Language = .en
    /// Whether care types of households are shown (`--with-care-details`).
    var showsCare = false

    func render() -> String {
        let words = AnalysisReportWords.self
        let format = LanguageFormat(language)
        let care = CareWording(scenario: scenario, language: language, showsCare: showsCare)
        let base = report.base
        let title = scenario.name.isEmpty ? ReportWords.scenario(language) : scenario.name
        guard base.hasMatch, let objective = base.objective else {
            return words.noBase(language, title, base.status.rawValue)
        }
        let housed = base.match.groups.reduce(0) { $0 + $1.members.count }
        var sections = [words.baseHoused(language, title, housed, scenario.seekers.count, format.number(objective.housed))
                        + (base.status == .optimal ? "." : words.baseNotProven(language))]

        let ranked = report.ranked
        let screened = report.effects.filter { $0.method != .resolve }.count
        sections.append(words.changesTried(language, report.effects.count, format.seconds(seconds), screened,
                                           report.effects.count - screened))
        if let best = ranked.first {
            let equal = ranked.filter { abs($0.housedGain - best.housedGain) < 1e-9 }
            sections.append(equal.count == 1
                ? words.theMost(language, care.say(best.saying(in: scenario)))
                : words.theMostAlike(language, equal.count,
                                     equal.map { care.say($0.saying(in: scenario)) }.joined(separator: "; ")))
            var table = TextTable([words.columnChange(language), words.columnHouseholds(language), words.columnPriority(language),
                                   words.columnWho(language), words.columnSettledBy(language)])
            for effect in ranked {
                var who = effect.newlyHoused.map(\.rawValue).joined(separator: ", ")
                if !effect.noLongerHoused.isEmpty {
                    who = words.insteadOf(language, who, effect.noLongerHoused.map(\.rawValue).joined(separator: ", "))
                }
                let gain = "+" + format.number(effect.housedGain)
                table.add([care.say(effect.change.sentence(in: scenario)), signed(effect.householdsGain),
                           effect.proven ? gain : words.orMore(language, gain), who,
                           "\((effect.method == .relaxation ? words.estimate : words.resolve)(language)), \(format.seconds(effect.seconds))"])
            }
            sections.append(table.render(indent: ""))
        } else {
            sections.append(words.noSingleChange(language))
        }
        let none = report.effects.filter { $0.housedGain <= 1e-9 }.map(\.change)
        if !none.isEmpty, !ranked.isEmpty {
            let kinds: [(Message, [String])] = [
                (ProviderWords.oneMoreDwelling, none.compactMap { if case .dwelling(let id) = $0 { id.rawValue } else { nil } }),
                (ProviderWords.oneMoreAccessible,
                 none.compactMap { if case .accessibleDwelling(let id) = $0 { id.rawValue } else { nil } }),
                (ProviderWords.oneMoreCarePlace, none.compactMap { if case .carePlace(let id) = $0 { id.rawValue } else { nil } }),
            ]
            sections.append(words.noGainFrom(language, kinds.filter { !$0.1.isEmpty }
                .map { $0.0(language, $0.1.joined(separator: ", ")) }.joined(separator: "; ")))
        }
        return sections.joined(separator: "\n\n")
    }

    private func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }
}
