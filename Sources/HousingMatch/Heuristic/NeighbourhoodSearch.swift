import LinearProgramming

/// Improves the heuristic's match by small neighbourhoods solved exactly:
/// free a few related groups (sharing sites or candidate households), keep
/// the rest, and let the solver rebuild the freed ones; a better
/// neighbourhood replaces theirs. First for households housed, then for the
/// fit with every neighbourhood's housed value kept.
struct NeighbourhoodSearch {
    let eligibility: Eligibility
    let solver: NeighbourhoodSolver
    let components: [[Int]]
    let fit: FitScore
    /// For each group, the other groups by how much they compete with it, most first.
    let related: [[Int]]
    /// Groups that can form at all.
    let formable: [Int]
    /// For each group, the households that could join it.
    let candidateList: [[Int]]

    /// How many groups a neighbourhood frees at first, and at most, and the
    /// most time one may take. Many small neighbourhoods beat a few large
    /// ones within a second: GLPK proves one of 2-4 groups in a few
    /// milliseconds, while one of 6 often ran out of a quarter second
    /// (numbers in Benchmarks/README.md, "Primal heuristic"). The size grows
    /// while they prove quickly and shrinks when one runs out of time.
    static let initialSize = 2
    static let largestSize = 4
    static let neighbourhoodTimeLimit = 0.03
    /// The share of neighbourhoods built around a group that does not form
    /// (``idleGroup(in:random:)``); the rest start from any group.
    static let idleShare = 0.5
    /// A phase ends after this many neighbourhoods in a row that proved nothing better.
    static func patience(groups: Int) -> Int { max(8, 2 * groups) }

    init(scenario: Scenario, eligibility: Eligibility, solver: NeighbourhoodSolver, components: [[Int]]) {
        self.eligibility = eligibility
        self.solver = solver
        self.components = components
        self.fit = FitScore(scenario: scenario)
        let groupCount = scenario.groups.count
        var candidates = [Set<Int>](repeating: [], count: groupCount)
        for (p, groups) in eligibility.groupsOfSeeker.enumerated() { for g in groups { candidates[g].insert(p) } }
        candidateList = candidates.map { $0.sorted() }
        let sites = eligibility.sitesOfGroup.map(Set.init)
        formable = scenario.groups.indices.filter { !eligibility.sitesOfGroup[$0].isEmpty }
        related = scenario.groups.indices.map { g in
            let scored = scenario.groups.indices.compactMap { other -> (Int, Int)? in
                guard other != g else { return nil }
                // A shared site is a direct conflict; shared households count less.
                let score = 10 * sites[g].intersection(sites[other]).count
                    + candidates[g].intersection(candidates[other]).count
                return score > 0 ? (other, score) : nil
            }
            return scored.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }.map(\.0)
        }
    }

    enum Stage { case housed, fit }

    /// Improves `state` for `stage` until `deadline`, or until patience runs
    /// out; returns how many neighbourhoods were solved and how many improved.
    func improve(_ state: inout HeuristicState, stage: Stage, deadline: ContinuousClock.Instant,
                 random: inout SeededRandomNumberGenerator) throws(SolverError) -> (solved: Int, improved: Int) {
        guard !formable.isEmpty else { return (0, 0) }
        var size = min(Self.initialSize, formable.count)
        var fruitless = 0, solved = 0, improved = 0
        var triedIdle = Set<Int>()
        let patience = Self.patience(groups: formable.count)
        while fruitless < patience, deadline.secondsLeft > 0, solver.shouldStop?() != true {
            // Half the time around a group left out with enough households to form.
            let first = random.chance(Self.idleShare)
                ? idleGroup(in: state, skipping: triedIdle, random: &random) : nil
            let freed = pick(size, first: first, random: &random)
            let neighbourhood = Neighbourhood(freeing: freed, from: state, eligibility: eligibility,
                                              components: components)
            let now = state.value(of: freed, fit: fit)
            let goal: NeighbourhoodSolver.Goal = switch stage {
            case .housed: .housed(above: now.housed)
            case .fit: .fit(above: now.fit, keepingHoused: now.housed)
            }
            let limit = min(Self.neighbourhoodTimeLimit, deadline.secondsLeft)
            let answer = try solver.solve(neighbourhood, goal: goal, timeLimit: limit)
            solved += 1
            if let match = answer.match {
                state.replace(freed, with: match)
                improved += 1
                fruitless = 0
                triedIdle = []
            } else if let first {
                // Tried once per match: a group that cannot form would
                // otherwise use up the patience meant for the rest.
                triedIdle.insert(first)
            } else {
                fruitless += 1
            }
            // Grow while neighbourhoods prove quickly, shrink when one runs out of time.
            if !answer.proven { size = max(2, size - 1) } else if answer.seconds < 0.2 * limit {
                size = min(Self.largestSize, formable.count, size + 1)
            }
        }
        return (solved, improved)
    }

    /// A group that does not form although enough households it could take
    /// are not housed: where the optimum usually houses more (it forms more
    /// groups), so a neighbourhood around it is worth trying.
    func idleGroup(in state: HeuristicState, skipping tried: Set<Int> = [],
                   random: inout SeededRandomNumberGenerator) -> Int? {
        var housed = [Bool](repeating: false, count: state.scenario.seekers.count)
        for entry in state.formed {
            for member in entry?.members ?? [] { if let p = state.positions.seekers[member] { housed[p] = true } }
        }
        let idle = formable.filter { g in
            state.formed[g] == nil && !tried.contains(g)
                && candidateList[g].count(where: { !housed[$0] }) >= state.scenario.groups[g].minSize
        }
        return idle.isEmpty ? nil : idle[random.int(in: 0...idle.count - 1)]
    }

    /// A random formable group and the groups that compete with it most, `size` in all.
    private func pick(_ size: Int, first: Int?, random: inout SeededRandomNumberGenerator) -> [Int] {
        let first = first ?? formable[random.int(in: 0...formable.count - 1)]
        var chosen = [first]
        var pool = related[first].filter { !eligibility.sitesOfGroup[$0].isEmpty }
        while chosen.count < size, !pool.isEmpty {
            // Mostly the closest competitor, sometimes one a little further.
            let index = random.int(in: 0...min(pool.count, 3) - 1)
            let next = pool.remove(at: index)
            chosen.append(next)
            for other in related[next] where !chosen.contains(other) && !pool.contains(other)
                && !eligibility.sitesOfGroup[other].isEmpty {
                pool.append(other)
            }
        }
        return chosen
    }
}

