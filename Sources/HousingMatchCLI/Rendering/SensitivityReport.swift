import HousingMatch

/// The `table` report of `sensitivity`: the best change in a sentence, then
/// every change with a gain, then those without, briefly.
struct SensitivityReport {
    let scenario: Scenario
    let report: SensitivityAnalysis.Report
    let seconds: Double

    func render() -> String {
        let base = report.base
        let title = scenario.name.isEmpty ? "Scenario" : scenario.name
        guard base.hasMatch, let objective = base.objective else {
            return "\(title): no match to start from (\(base.status.rawValue)); nothing to compare against."
        }
        let housed = base.match.groups.reduce(0) { $0 + $1.members.count }
        var sections = ["\(title): \(housed) of \(scenario.seekers.count) households housed (\(Format.number(objective.housed)) counted by priority)"
                        + (base.status == .optimal ? "." : ", not proven best: gains are measured against this match.")]

        let ranked = report.ranked
        let screened = report.effects.filter { $0.method != .resolve }.count
        sections.append("\(report.effects.count) changes tried in \(Format.seconds(seconds)): "
                        + "\(screened) settled without solving (a quick upper estimate, the rules, or a larger change that brings nothing), "
                        + "\(report.effects.count - screened) solved again.")
        if let best = ranked.first {
            let equal = ranked.filter { abs($0.housedGain - best.housedGain) < 1e-9 }
            sections.append(equal.count == 1
                ? "The most: \(best.sentence(in: scenario))."
                : "The most, \(equal.count) changes alike: " + equal.map { $0.sentence(in: scenario) }.joined(separator: "; ") + ".")
            var table = TextTable(["change", "households", "priority", "who", "settled by"])
            for effect in ranked {
                let who = effect.newlyHoused.map(\.rawValue).joined(separator: ", ")
                    + (effect.noLongerHoused.isEmpty ? "" : " (instead of " + effect.noLongerHoused.map(\.rawValue).joined(separator: ", ") + ")")
                table.add([effect.change.description(in: scenario), signed(effect.householdsGain),
                           "+" + Format.number(effect.housedGain) + (effect.proven ? "" : " or more"), who,
                           "\(effect.method == .relaxation ? "estimate" : "re-solve"), \(Format.seconds(effect.seconds))"])
            }
            sections.append(table.render(indent: ""))
        } else {
            sections.append("No single extra dwelling or care place houses anyone more.")
        }
        let none = report.effects.filter { $0.housedGain <= 1e-9 }.map(\.change)
        if !none.isEmpty, !ranked.isEmpty {
            let kinds: [(String, [String])] = [
                ("one more dwelling at", none.compactMap { if case .dwelling(let id) = $0 { id.rawValue } else { nil } }),
                ("one more accessible dwelling at", none.compactMap { if case .accessibleDwelling(let id) = $0 { id.rawValue } else { nil } }),
                ("one more care place at", none.compactMap { if case .carePlace(let id) = $0 { id.rawValue } else { nil } }),
            ]
            sections.append("No gain from " + kinds.filter { !$0.1.isEmpty }
                .map { "\($0.0) \($0.1.joined(separator: ", "))" }.joined(separator: "; ") + ".")
        }
        return sections.joined(separator: "\n\n")
    }

    private func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }
}
