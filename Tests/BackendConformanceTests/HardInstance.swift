import LinearProgramming

/// A generated generalized-assignment model of Martello and Toth's type D,
/// hard enough that no backend proves its optimum in a fraction of a second.
enum HardInstance {
    /// Agents times jobs binaries, every job assigned once, each agent within capacity.
    static func generalizedAssignment(agents: Int = 10, jobs: Int = 120, seed: UInt64 = 7) -> LinearModel {
        var random = SplitMix64(seed: seed)
        var model = LinearModel(name: "gap-d-\(agents)x\(jobs)")
        let assign = (0..<agents).map { _ in (0..<jobs).map { _ in model.addBinary() } }
        var resource: [[Double]] = []
        var objective = LinearExpression()
        for agent in 0..<agents {
            var row: [Double] = []
            for job in 0..<jobs {
                let use = Double(random.next(upTo: 100) + 1)
                // Type D: cost falls as resource use grows, so cheap means heavy.
                let cost = 111 - use + Double(random.next(upTo: 21)) - 10
                row.append(use)
                objective.add(assign[agent][job], cost)
            }
            resource.append(row)
        }
        for job in 0..<jobs {
            model.addConstraint(.sum((0..<agents).map { assign[$0][job] }), lowerBound: 1, upperBound: 1)
        }
        for agent in 0..<agents {
            let capacity = (0.8 * resource[agent].reduce(0, +) / Double(agents)).rounded(.down)
            model.addConstraint(LinearExpression((0..<jobs).map { .init(assign[agent][$0], resource[agent][$0]) }),
                                upperBound: capacity)
        }
        model.setObjective(objective, sense: .minimize)
        return model
    }
}

/// A small deterministic random number generator, so generated models are the same everywhere.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    mutating func next(upTo bound: UInt64) -> UInt64 { next() % bound }
}
