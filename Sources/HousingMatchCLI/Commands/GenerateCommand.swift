import ArgumentParser
import Foundation
import HousingMatch
import ScenarioIO

/// `housing-match generate`: a random but plausible scenario, the same for the same seed.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Make a random, plausible scenario of a given size (for benchmarks and trials).",
        discussion: """
            The same arguments always give the same bytes. Towns lie on a line; households, \
            groups and providers favour a home town and its neighbours. With --regions, each \
            region is generated on its own (ids start "r2-"), as for a national run. --family chooses the \
            distributions: spread (the default, whose output never changes) or care-heavy (about half the \
            households need care, providers with higher minimums per site, tighter rents, smaller towns, \
            larger groups with more founders). The distributions are described in Benchmarks/README.md. \
            Writes JSON, or YAML when --output ends in .yaml.
            """
    )

    @Option(help: "Number of households looking for a group.") var seekers: Int
    @Option(help: "Number of groups being founded.") var groups: Int
    @Option(help: "Number of sites on offer.") var sites: Int
    @Option(help: "Number of care providers.") var providers: Int
    @Option(help: "Number of towns (default: about one per 60 households, 2 to 40).") var towns: Int?
    @Option(help: "Number of regions: towns, households, groups, sites and providers split evenly among them, nobody crossing a region's border (default: 1).")
    var regions: Int = 1
    @Option(help: "The random seed.") var seed: UInt64
    @Option(help: "Which distributions to draw from: spread or care-heavy (default: spread).")
    var family: ScenarioGenerator.Family = .spread

    @Option(name: .customLong("output"),
            help: ArgumentHelp("Write the scenario to this file (atomically) instead of stdout.", valueName: "file"))
    var outputPath: String?

    func validate() throws {
        for (name, value) in [("seekers", seekers), ("groups", groups), ("sites", sites), ("providers", providers)]
        where value < 0 {
            throw ValidationError("--\(name) must not be negative")
        }
        if let towns, towns < 1 { throw ValidationError("--towns must be at least 1") }
        if regions < 1 { throw ValidationError("--regions must be at least 1") }
        if let towns, towns < regions { throw ValidationError("--towns must be at least --regions (each region needs a town)") }
        try OutputPaths.validateName(outputPath, option: "--output")
    }

    func run() throws {
        try OutputPaths.check([("--output", outputPath)], inputs: [])
        let size = ScenarioGenerator.Size(seekers: seekers, groups: groups, sites: sites, providers: providers,
                                          towns: towns, regions: regions, householdsPerTown: family.householdsPerTown)
        let scenario = ScenarioGenerator(size: size, seed: seed, family: family).generate()
        let format = outputPath.flatMap { FileFormat(path: $0) } ?? .json
        let data = try ScenarioWriter.data(scenario, format: format)
        if let outputPath {
            do { try SolutionFiles.writeAtomically(data, to: outputPath) } catch { throw ExitCodes.report(error) }
        } else {
            try StandardOutput.write(data)
        }
    }
}

extension ScenarioGenerator.Family: ExpressibleByArgument {}
