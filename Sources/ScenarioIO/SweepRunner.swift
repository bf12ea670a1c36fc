import HousingMatch

/// What one value of a sweep gave.
public struct SweepPointResult: Sendable {
    /// How the point ended.
    public enum Outcome: Sendable {
        /// The scenario was solved (any status, `infeasible` included: that is an answer).
        case solved(MatchResult)
        /// The value made the scenario invalid; nothing was solved.
        case invalid([ValidationIssue])
    }

    /// The value of the parameter.
    public var value: Double
    public var outcome: Outcome
    /// Households housed per care type, for a solve with a match; care types housed by nobody are 0.
    public var housedByCareType: [CareType: Int]
    /// Households without a care need that are housed, for a solve with a match.
    public var housedWithoutCare: Int
    /// Wall-clock seconds for the point: applying the value, validating and solving.
    public var seconds: Double

    /// The status as the CSV and table write it: a ``MatchStatus`` name, or `invalid`.
    public var statusText: String {
        switch outcome {
        case .solved(let result): result.status.rawValue
        case .invalid: "invalid"
        }
    }

    /// The solve's result, or `nil` for an invalid point.
    public var result: MatchResult? {
        if case .solved(let result) = outcome { return result }
        return nil
    }

    /// The result when it carries a match (optimal or feasible); `nil` otherwise.
    public var match: MatchResult? {
        result.flatMap { $0.hasMatch ? $0 : nil }
    }

    /// Households housed (members of forming groups), or `nil` when there is no match.
    public var housedHouseholds: Int? {
        match.map { $0.match.groups.reduce(0) { $0 + $1.members.count } }
    }

    /// Groups that form, or `nil` when there is no match.
    public var groupsFormed: Int? { match?.match.groups.count }

    /// Validation problems of an invalid point; empty otherwise.
    public var issues: [ValidationIssue] {
        if case .invalid(let issues) = outcome { return issues }
        return []
    }
}

/// A sweep as far as it went: every point solved, in order, and whether it was stopped early.
public struct SweepReport: Sendable {
    /// The field that varies.
    public var parameter: ResolvedParameter
    /// The care types of the scenario's seekers, sorted (see ``ScenarioSweep/careTypes``).
    public var careTypes: [CareType]
    /// Every value the sweep was asked to take.
    public var plannedValues: [Double]
    /// The points done so far, in the order of ``plannedValues``.
    public var points: [SweepPointResult] = []
    /// Whether the sweep was stopped before its last value.
    public var stopped = false
    /// A value whose solve was cut short by the stop and left out, since a cut solve
    /// is not the optimum and would put a false dip in the curve.
    public var droppedValue: Double?
}

/// Solves a sweep's points one after the other.
///
/// Points are solved in order so that each solve can start from the previous
/// point's match (``reusesPreviousMatch``): neighbouring values usually give
/// similar matches. That only changes how fast each optimum is found, never
/// which optimum.
public struct SweepRunner: Sendable {
    /// Options for every point's solve: its time limit, threads, progress hook.
    /// Its `shouldStop` and `earlierSolve` are set by the runner.
    public var options: MatchOptions
    /// Whether each solve starts from the previous point's match.
    public var reusesPreviousMatch: Bool
    /// Asked before each point and during each solve; returning `true` ends the sweep
    /// with the points done (Ctrl-C on the command line).
    public var shouldStop: (@Sendable () -> Bool)?

    /// A runner with options for each point's solve.
    public init(options: MatchOptions = MatchOptions(), reusesPreviousMatch: Bool = true,
                shouldStop: (@Sendable () -> Bool)? = nil) {
        self.options = options
        self.reusesPreviousMatch = reusesPreviousMatch
        self.shouldStop = shouldStop
    }

    /// Solves every point of `sweep` in order.
    ///
    /// - Parameters:
    ///   - willSolve: called before each point with its position (0-based) and value.
    ///   - didSolve: called after each point is kept, with the report so far, so that
    ///     files can be rewritten and an interruption loses nothing already solved.
    /// - Returns: the report; ``SweepReport/stopped`` tells whether every value was done.
    /// - Throws: what ``MatchEngine/solve(_:)`` throws when the solver fails; the
    ///   points done before are passed to `didSolve` already.
    public func run(_ sweep: ScenarioSweep,
                    willSolve: (_ index: Int, _ value: Double) -> Void = { _, _ in },
                    didSolve: (SweepReport) throws -> Void = { _ in }) throws -> SweepReport {
        var report = SweepReport(parameter: sweep.parameter, careTypes: sweep.careTypes, plannedValues: sweep.values)
        let clock = ContinuousClock()
        var previous: EarlierSolve?
        points: for (index, value) in sweep.values.enumerated() {
            if shouldStop?() == true {
                report.stopped = true
                break points
            }
            willSolve(index, value)
            let start = clock.now
            var point: SweepPointResult
            switch sweep.scenario(at: value) {
            case .invalid(let issues):
                point = SweepPointResult(value: value, outcome: .invalid(issues), housedByCareType: [:],
                                         housedWithoutCare: 0, seconds: 0)
            case .valid(let scenario):
                var options = self.options
                options.shouldStop = shouldStop
                // The previous point's sites are tried first; when this point only takes
                // options away (a lower capacity after a higher one), its bounds hold too.
                options.earlierSolve = reusesPreviousMatch ? previous : nil
                let result = try MatchEngine(options: options).solve(scenario)
                // A solve cut short by the stop is not that value's optimum: leave it out.
                if shouldStop?() == true, result.status != .optimal {
                    report.stopped = true
                    report.droppedValue = value
                    break points
                }
                point = Self.point(value: value, result: result, scenario: scenario, careTypes: report.careTypes)
                if result.hasMatch {
                    previous = EarlierSolve(scenario: scenario, requirements: options.requirements, result: result)
                }
            }
            point.seconds = (clock.now - start).seconds
            report.points.append(point)
            try didSolve(report)
        }
        return report
    }

    /// A solved point with its households counted by care type.
    private static func point(value: Double, result: MatchResult, scenario: Scenario,
                              careTypes: [CareType]) -> SweepPointResult {
        let careOfSeeker = Dictionary(uniqueKeysWithValues: scenario.seekers.map { ($0.id, $0.care?.type) })
        var byCareType = Dictionary(uniqueKeysWithValues: careTypes.map { ($0, 0) })
        var withoutCare = 0
        if result.hasMatch {
            for member in result.match.groups.flatMap(\.members) {
                if let type = careOfSeeker[member] ?? nil { byCareType[type, default: 0] += 1 } else { withoutCare += 1 }
            }
        }
        return SweepPointResult(value: value, outcome: .solved(result), housedByCareType: byCareType,
                                housedWithoutCare: withoutCare, seconds: 0)
    }
}

private extension Duration {
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
