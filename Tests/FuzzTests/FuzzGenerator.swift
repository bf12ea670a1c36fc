import Foundation
import HousingMatch
import ScenarioIO

/// Makes fuzz case `index` of `seed`: a small valid scenario, written as
/// JSON or YAML, then zero to three mutations of its tree or its text.
/// The same `(seed, index)` gives the same case on every machine.
struct FuzzGenerator {
    let seed: UInt64

    /// Solves a valid scenario, for match cases; `nil` when it cannot.
    var solve: (Scenario) -> MatchResult?

    func makeCase(index: Int) -> FuzzCase {
        var random = SplitMix64(seed: seed, index: index)
        let name = "\(seed)-\(index)"
        let scenario = Self.smallScenario(seed: random.next(), random: &random)
        let roll = random.int(in: 0...99)
        if roll < 12 { return makeVariantCase(name: name, scenario: scenario, random: &random) }
        if roll < 27 { return makeMatchCase(name: name, scenario: scenario, random: &random) }
        return makeScenarioCase(name: name, scenario: scenario, random: &random)
    }

    // MARK: Scenario cases

    private func makeScenarioCase(name: String, scenario: Scenario, random: inout SplitMix64) -> FuzzCase {
        let yaml = random.chance(0.5)
        var mutator = Mutator(tree: Self.tree(of: scenario), yaml: yaml, sideRoots: [[]])
        mutator.mutate(count: Self.mutationCount(&random), random: &random)
        let file = yaml ? "scenario.yaml" : "scenario.json"
        return FuzzCase(name: name, kind: .scenario, route: mutator.risky ? .subprocess : .inProcess,
                        files: [file: mutator.text()], scenarioFile: file, matchFile: nil,
                        mutations: mutator.log, expectedRefusal: mutator.expectedRefusal(identifiers: true))
    }

    // MARK: Variant cases

    private func makeVariantCase(name: String, scenario: Scenario, random: inout SplitMix64) -> FuzzCase {
        let yaml = random.chance(0.5)
        let baseYAML = random.chance(0.5)
        let baseFile = baseYAML ? "base.yaml" : "base.json"
        let file = yaml ? "variant.yaml" : "variant.json"
        var log: [String] = []

        // The base: valid, or now and then with an extreme number of its own.
        var base = Mutator(tree: Self.tree(of: scenario), yaml: baseYAML, sideRoots: [[]])
        if random.chance(0.2) { base.extremeNumber(random: &random) }
        log += base.log.map { "base: \($0)" }

        var variant: [(key: String, value: FuzzNode)] = []
        let baseName = random.int(in: 0...99) < 88 ? baseFile
            : random.pick(["missing.yaml", file, ".", "", "base.txt", "../\(baseFile)", "/nonexistent/base.json"])
        if baseName != baseFile { log.append("base names \(baseName.debugDescription)") }
        variant.append(("base", .string(baseName)))
        variant.append(("description", .string("fuzz variant")))
        var remove: [(key: String, value: FuzzNode)] = []
        var modify: [(key: String, value: FuzzNode)] = []
        var add: [(key: String, value: FuzzNode)] = []
        let tree = base.tree
        for _ in 0..<random.int(in: 1...3) {
            let side = random.pick(["seekers", "groups", "sites", "providers"])
            guard let entries = tree[[.key(side)]]?.items, !entries.isEmpty else { continue }
            let entry = random.pick(entries)
            let id = entry[[.key("id")]] ?? .string("none")
            switch random.int(in: 0...2) {
            case 0:
                remove.append((side, .array([id])))
            case 1:
                let field = Mutator.numericFields.filter { $0.side == side && $0.path.count == 1 }
                guard !field.isEmpty else { continue }
                let chosen = random.pick(field)
                let value = FuzzNode.number(String(random.int(in: Int(chosen.range.lowerBound)...min(20, Int(chosen.range.upperBound)))))
                modify.append((side, .array([.object([("id", id), (chosen.path.description, value)])])))
            default:
                var copy = entry
                copy.set([.key("id")], to: .string("new-\(random.int(in: 1...99))"))
                add.append((side, .array([copy])))
            }
        }
        // One list per side: a side named twice would be a duplicate key, which is a mutation of its own.
        func bySide(_ changes: [(key: String, value: FuzzNode)]) -> FuzzNode {
            .object(Mutator.sides.compactMap { side in
                let items = changes.filter { $0.key == side }.flatMap { $0.value.items ?? [] }
                return items.isEmpty ? nil : (side, .array(items))
            })
        }
        if !remove.isEmpty { variant.append(("remove", bySide(remove))) }
        if !modify.isEmpty { variant.append(("modify", bySide(modify))) }
        if !add.isEmpty { variant.append(("add", bySide(add))) }
        if random.chance(0.2) { variant.append(("weights", .object([("preference", .number("2"))]))) }

        var mutator = Mutator(tree: .object(variant), yaml: yaml, sideRoots: [[.key("add")], [.key("modify")]])
        mutator.mutate(count: Self.mutationCount(&random), random: &random)
        log += mutator.log
        let expected = Self.expectedVariantRefusal(variant: mutator, base: base)
        return FuzzCase(name: name, kind: .variant, route: mutator.risky || base.risky ? .subprocess : .inProcess,
                        files: [file: mutator.text(), baseFile: base.text()], scenarioFile: file, matchFile: nil,
                        mutations: log, expectedRefusal: expected)
    }

    /// Why a variant case must be refused. A file that no longer names its base
    /// is a scenario with unknown keys, and a base value the variant modifies or
    /// removes may be mended by it: there only a key given twice must be refused.
    static func expectedVariantRefusal(variant: Mutator, base: Mutator) -> String? {
        guard !variant.treeIsNotTheFile else { return nil }
        let namesBase = variant.tree[[.key("base")]]?.stringValue != nil
        let changesBase = variant.tree[[.key("modify")]] != nil || variant.tree[[.key("remove")]] != nil
        func twice(_ reason: String?) -> String? { reason.flatMap { $0.hasSuffix("is given twice") ? $0 : nil } }
        let own = variant.expectedRefusal(identifiers: false)
        let fromBase = base.expectedRefusal(identifiers: true)
        guard namesBase else { return twice(own) }
        return own ?? (changesBase ? twice(fromBase) : fromBase)
    }

    // MARK: Match cases

    private func makeMatchCase(name: String, scenario: Scenario, random: inout SplitMix64) -> FuzzCase {
        let scenarioFile = "scenario.json"
        let scenarioText = Self.tree(of: scenario).json
        var match = FuzzNode.object([("groups", .array([]))])
        if let result = solve(scenario), let data = try? SolutionFiles.json(result),
           let tree = try? FuzzNode.parseJSON(data), let members = tree.members {
            // MODEL.md's keys only: the statistics hold times, which would make the case differ from run to run.
            match = .object(members.filter { ["status", "objective", "groups", "unassigned"].contains($0.key) })
        }
        // Without a formed group, draft one by hand, as founders would.
        if match[[.key("groups")]]?.items?.isEmpty ?? true, let group = scenario.groups.first,
           let site = scenario.sites.first {
            let members = scenario.seekers.prefix(2).map { FuzzNode.string($0.id.rawValue) }
            match.set([.key("groups")], to: .array([.object([
                ("id", .string(group.id.rawValue)), ("site", .string(site.id.rawValue)),
                ("members", .array(members)), ("care", .array([])),
            ])]))
        }
        let yaml = random.chance(0.3)
        var mutator = Mutator(tree: match, yaml: yaml, sideRoots: [])
        let providers = scenario.providers.map(\.id.rawValue)
        for _ in 0..<max(1, Self.mutationCount(&random)) {
            mutator.mutateMatch(providers: providers, random: &random)
        }
        let file = yaml ? "match.yaml" : "match.json"
        return FuzzCase(name: name, kind: .match, route: mutator.risky ? .subprocess : .inProcess,
                        files: [scenarioFile: Data(scenarioText.utf8), file: mutator.text()],
                        scenarioFile: scenarioFile, matchFile: file, mutations: mutator.log,
                        expectedRefusal: mutator.expectedMatchRefusal())
    }

    // MARK: Building blocks

    static func mutationCount(_ random: inout SplitMix64) -> Int {
        let roll = random.int(in: 0...99)
        return roll < 15 ? 0 : roll < 55 ? 1 : roll < 85 ? 2 : 3
    }

    /// A small scenario of the generator's regional kind: at most 12 seekers,
    /// 3 groups, 4 sites and 2 providers, so that a solve takes milliseconds.
    static func smallScenario(seed: UInt64, random: inout SplitMix64) -> Scenario {
        let size = ScenarioGenerator.Size(
            seekers: random.int(in: 2...12), groups: random.int(in: 1...3), sites: random.int(in: 1...4),
            providers: random.int(in: 0...2), towns: random.int(in: 1...3))
        var scenario = ScenarioGenerator(size: size, seed: seed).generate()
        for g in scenario.groups.indices {
            let founders = Set(scenario.groups[g].founders).count
            scenario.groups[g].minSize = random.int(in: 1...3)
            scenario.groups[g].maxSize = max(founders, scenario.groups[g].minSize + random.int(in: 0...4))
            scenario.groups[g].mustForm = random.chance(0.05)
        }
        for h in scenario.sites.indices {
            scenario.sites[h].units = random.int(in: 1...8)
            scenario.sites[h].accessibleUnits = random.int(in: 0...scenario.sites[h].units)
        }
        for c in scenario.providers.indices {
            scenario.providers[c].capacity = random.int(in: 1...6)
            scenario.providers[c].minClientsPerSite = random.int(in: 1...2)
            scenario.providers[c].maxClientsPerSite = random.chance(0.5) ? random.int(in: 2...4) : nil
        }
        return scenario
    }

    static func tree(of scenario: Scenario) -> FuzzNode {
        guard let data = try? ScenarioWriter.data(scenario, format: .json),
              let tree = try? FuzzNode.parseJSON(data) else { return .object([]) }
        return tree
    }
}

extension [FuzzPathStep] {
    var description: String {
        var text = ""
        for step in self {
            switch step {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }
}
