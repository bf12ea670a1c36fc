import Foundation
import LinearProgramming

/// Reads OR-Library generalized-assignment instances and builds their minimum-cost model.
enum GeneralizedAssignment {
    struct Instance {
        var agents: Int
        var jobs: Int
        var cost: [[Double]]
        var resource: [[Double]]
        var capacity: [Double]
    }

    /// Parses `m n`, the m x n cost matrix, the m x n resource matrix and the m capacities.
    static func read(_ url: URL) throws -> Instance {
        let text = try String(contentsOf: url, encoding: .utf8)
        let numbers = text.split(whereSeparator: { $0.isWhitespace }).compactMap { Double($0) }
        guard numbers.count >= 2 else { throw CocoaError(.fileReadCorruptFile) }
        let agents = Int(numbers[0]), jobs = Int(numbers[1])
        guard numbers.count == 2 + 2 * agents * jobs + agents else { throw CocoaError(.fileReadCorruptFile) }
        var position = 2
        func matrix() -> [[Double]] {
            (0..<agents).map { _ in
                defer { position += jobs }
                return Array(numbers[position..<position + jobs])
            }
        }
        let cost = matrix(), resource = matrix()
        let capacity = Array(numbers[position..<position + agents])
        return Instance(agents: agents, jobs: jobs, cost: cost, resource: resource, capacity: capacity)
    }

    /// One binary per agent and job; each job assigned once; each agent within its capacity; cost minimised.
    static func model(_ instance: Instance, name: String) -> LinearModel {
        var model = LinearModel(name: name)
        let assign = (0..<instance.agents).map { agent in
            (0..<instance.jobs).map { job in model.addBinary(name: "x_\(agent)_\(job)") }
        }
        for job in 0..<instance.jobs {
            model.addConstraint(.sum((0..<instance.agents).map { assign[$0][job] }),
                                lowerBound: 1, upperBound: 1, name: "job_\(job)")
        }
        for agent in 0..<instance.agents {
            let use = LinearExpression((0..<instance.jobs).map { .init(assign[agent][$0], instance.resource[agent][$0]) })
            model.addConstraint(use, upperBound: instance.capacity[agent], name: "capacity_\(agent)")
        }
        var cost = LinearExpression()
        for agent in 0..<instance.agents {
            for job in 0..<instance.jobs { cost.add(assign[agent][job], instance.cost[agent][job]) }
        }
        model.setObjective(cost, sense: .minimize)
        return model
    }
}
