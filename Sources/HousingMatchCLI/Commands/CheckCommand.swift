import ArgumentParser
import HousingMatch
import ScenarioIO

/// `housing-match check`: tests a proposed match against every rule.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a proposed match against every rule and report its objective values.",
        discussion: """
            The solution file needs only `groups` (each with `id`, `site`, `members` and, \
            when members need care, `care`), so a match drafted by hand at a founders' \
            meeting can be checked. A key a match does not have (`member:` for `members:`) \
            is refused with its path and the key meant, rather than read as a group without \
            members. Every broken rule is named in words. Exit 0 whether or not rules are \
            broken; 65 when a file is invalid.
            """
    )

    @OptionGroup var scenario: ScenarioArgument

    @Argument(help: ArgumentHelp("The proposed match (.json, .yaml or .yml).", valueName: "solution"))
    var solutionPath: String

    func run() throws {
        let loaded = try scenario.load()
        let match: Match
        do {
            match = try SolutionFiles.loadMatch(path: solutionPath)
        } catch {
            throw ExitCodes.report(error)
        }
        let checker = MatchChecker(scenario: loaded)
        let violations = checker.violations(of: match)
        let objective = checker.objective(of: match)
        let housed = Set(match.groups.flatMap(\.members)).count

        var lines: [String] = []
        if violations.isEmpty {
            lines.append("The match meets every rule.")
        } else {
            lines.append("The match breaks \(violations.count) rule\(violations.count == 1 ? "" : "s"):")
            for violation in violations {
                lines.append("  - rule \(violation.rule.rawValue) (\(violation.rule.title)): \(violation.message)")
            }
        }
        lines.append("Households housed: \(housed) of \(loaded.seekers.count) (\(Format.number(objective.housed)) counted by priority)")
        lines.append("Fit with wishes (preferred groups, shared values): \(Format.number(objective.preference))")
        try StandardOutput.print(lines.joined(separator: "\n"))
    }
}
