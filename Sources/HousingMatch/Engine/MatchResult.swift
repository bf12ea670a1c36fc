import Wording

/// A seeker who joins no group, with a reason a person can act on.
public struct UnassignedSeeker: Sendable, Equatable, Codable {
    public var seeker: SeekerID
    /// The reason in English, as MODEL.md's solution file keeps it.
    public var reason: String
    /// The reason as a catalogue sentence, to say it in any language; `nil`
    /// for a reason read from a file, which is said as it was written.
    public var sentence: Sentence?

    public init(seeker: SeekerID, reason: String) {
        self.seeker = seeker
        self.reason = reason
    }

    /// A reason built from the catalogue; its English is the ``reason``.
    public init(seeker: SeekerID, sentence: Sentence) {
        self.seeker = seeker
        self.reason = sentence.text(in: .en)
        self.sentence = sentence
    }

    /// The reason in `language`: "no group accepts care type GGZ", "geen woongroep neemt GGZ aan".
    public func text(in language: Language) -> String {
        sentence?.text(in: language) ?? reason
    }

    private enum CodingKeys: String, CodingKey {
        case seeker, reason
    }

    /// Equal when they name the same household with the same (English) reason.
    public static func == (left: UnassignedSeeker, right: UnassignedSeeker) -> Bool {
        left.seeker == right.seeker && left.reason == right.reason
    }
}

/// Sizes and times of a solve, for reports and benchmarks.
public struct SolveStatistics: Sendable, Equatable, Codable {
    public var variables: Int
    public var integerVariables: Int
    public var constraints: Int
    public var nonZeros: Int
    public var buildSeconds: Double
    public var stageSeconds: [Double]
    public var totalSeconds: Double
    /// The best proven bound on households housed (stage 1); equal to the value when optimal.
    public var housedBound: Double?
    /// The best proven bound on the preference fit (stage 2) among matches that
    /// house as many as the match found; equal to the value when optimal.
    public var preferenceBound: Double?
    /// Which step settled each stage: "relaxation", "sites only", "fixed sites" or "branch-and-cut",
    /// or "earlier match" when an earlier solve's optimal match holds again (``EarlierSolve``),
    /// or "unchanged part" for a part whose programme the earlier solve already solved
    /// (with counts, such as "relaxation ×11, fixed sites", when there are several parts).
    /// Stage times are added up over the parts.
    public var settledBy: [String]
    /// Independent parts the programme fell into, each solved on its own (see ``MatchEngine``).
    public var parts: Int
    /// Seconds the primal heuristic took before the exact stages, when it ran.
    public var heuristicSeconds: Double? = nil
    /// The objective values of the heuristic's match, when it found one.
    public var heuristicObjective: MatchObjective? = nil
    /// Seconds until the solve first had a match (of stage 1, over every part).
    public var firstMatchSeconds: Double? = nil
    /// Seconds until stage 1's match first came within 1 % of its bound at
    /// that moment, hence within 1 % of the optimum; `nil` if it never did.
    public var withinOnePercentSeconds: Double? = nil
    /// Seconds the last step took (one match among equally good ones, see
    /// ``MatchStage/tieBreak``), over the parts; `nil` when it did not run.
    public var tieBreakSeconds: Double? = nil
    /// Whether the last step proved its choice in every part: then any solve
    /// of this scenario gives this match. `nil` when it did not run.
    public var tieBreakSettled: Bool? = nil

    public init(variables: Int = 0, integerVariables: Int = 0, constraints: Int = 0, nonZeros: Int = 0,
                buildSeconds: Double = 0, stageSeconds: [Double] = [], totalSeconds: Double = 0,
                housedBound: Double? = nil, preferenceBound: Double? = nil, settledBy: [String] = [],
                parts: Int = 1) {
        self.variables = variables
        self.integerVariables = integerVariables
        self.constraints = constraints
        self.nonZeros = nonZeros
        self.buildSeconds = buildSeconds
        self.stageSeconds = stageSeconds
        self.totalSeconds = totalSeconds
        self.housedBound = housedBound
        self.preferenceBound = preferenceBound
        self.settledBy = settledBy
        self.parts = parts
    }

    private enum CodingKeys: String, CodingKey {
        case variables, integerVariables, constraints, nonZeros, buildSeconds, stageSeconds, totalSeconds,
             housedBound, preferenceBound, settledBy, parts, heuristicSeconds, heuristicObjective,
             firstMatchSeconds, withinOnePercentSeconds, tieBreakSeconds, tieBreakSettled
    }

    // Statistics are informative: a solution file from an older version may lack some.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(variables: try c.decodeIfPresent(Int.self, forKey: .variables) ?? 0,
                  integerVariables: try c.decodeIfPresent(Int.self, forKey: .integerVariables) ?? 0,
                  constraints: try c.decodeIfPresent(Int.self, forKey: .constraints) ?? 0,
                  nonZeros: try c.decodeIfPresent(Int.self, forKey: .nonZeros) ?? 0,
                  buildSeconds: try c.decodeIfPresent(Double.self, forKey: .buildSeconds) ?? 0,
                  stageSeconds: try c.decodeIfPresent([Double].self, forKey: .stageSeconds) ?? [],
                  totalSeconds: try c.decodeIfPresent(Double.self, forKey: .totalSeconds) ?? 0,
                  housedBound: try c.decodeIfPresent(Double.self, forKey: .housedBound),
                  preferenceBound: try c.decodeIfPresent(Double.self, forKey: .preferenceBound),
                  settledBy: try c.decodeIfPresent([String].self, forKey: .settledBy) ?? [],
                  parts: try c.decodeIfPresent(Int.self, forKey: .parts) ?? 1)
        heuristicSeconds = try c.decodeIfPresent(Double.self, forKey: .heuristicSeconds)
        heuristicObjective = try c.decodeIfPresent(MatchObjective.self, forKey: .heuristicObjective)
        firstMatchSeconds = try c.decodeIfPresent(Double.self, forKey: .firstMatchSeconds)
        withinOnePercentSeconds = try c.decodeIfPresent(Double.self, forKey: .withinOnePercentSeconds)
        tieBreakSeconds = try c.decodeIfPresent(Double.self, forKey: .tieBreakSeconds)
        tieBreakSettled = try c.decodeIfPresent(Bool.self, forKey: .tieBreakSettled)
    }
}

/// The answer to a scenario: the status, the match, and why others are left out.
///
/// Encodes to MODEL.md's solution file: `status`, `objective`, `groups`,
/// `unassigned`, plus `scenario`, `statistics`, and `kept` in a stable
/// re-solve or `conflict` when no match meets every rule.
public struct MatchResult: Sendable, Equatable {
    public var scenarioName: String
    public var status: MatchStatus
    /// The objective values of ``match``; `nil` when there is no match.
    public var objective: MatchObjective?
    /// The match found; empty for `infeasible` and `noSolution`.
    public var match: Match
    /// Every seeker who joins no group.
    public var unassigned: [UnassignedSeeker]
    public var statistics: SolveStatistics
    /// In a stable re-solve (``MatchOptions/keep``), what the match keeps of
    /// the earlier one; `nil` otherwise.
    public var kept: KeptAssignments?
    /// For an infeasible scenario, a smallest set of rules that cannot all
    /// hold: loosening any one of them lets a match exist. `nil` otherwise.
    public var conflict: [ConflictingRule]?
    /// The solved scenario's ``Scenario/fingerprint``, when the solution file
    /// records it (`solve` does), so that `solve --start-from` can trust
    /// its bounds for a variant of that scenario.
    public var scenarioFingerprint: String?
    /// How each part of the programme ended, for a later solve that takes
    /// over the parts a change left alone; not written to solution files.
    var solvedParts = SolvedParts()

    public init(scenarioName: String, status: MatchStatus, objective: MatchObjective?, match: Match,
                unassigned: [UnassignedSeeker], statistics: SolveStatistics, kept: KeptAssignments? = nil,
                conflict: [ConflictingRule]? = nil) {
        self.kept = kept
        self.conflict = conflict
        self.scenarioName = scenarioName
        self.status = status
        self.objective = objective
        self.match = match
        self.unassigned = unassigned
        self.statistics = statistics
    }

    /// Whether the result carries a match that satisfies every rule.
    public var hasMatch: Bool { status == .optimal || status == .feasible }
}

extension MatchResult: Codable {
    private enum CodingKeys: String, CodingKey {
        case status, objective, groups, unassigned, scenario, statistics, kept, conflict, scenarioFingerprint
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            scenarioName: try c.decodeIfPresent(String.self, forKey: .scenario) ?? "",
            status: try c.decode(MatchStatus.self, forKey: .status),
            objective: try c.decodeIfPresent(MatchObjective.self, forKey: .objective),
            match: Match(groups: try c.decodeIfPresent([FormedGroup].self, forKey: .groups) ?? []),
            unassigned: try c.decodeIfPresent([UnassignedSeeker].self, forKey: .unassigned) ?? [],
            statistics: try c.decodeIfPresent(SolveStatistics.self, forKey: .statistics) ?? SolveStatistics(),
            kept: try c.decodeIfPresent(KeptAssignments.self, forKey: .kept),
            conflict: try c.decodeIfPresent([ConflictingRule].self, forKey: .conflict))
        scenarioFingerprint = try c.decodeIfPresent(String.self, forKey: .scenarioFingerprint)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(status, forKey: .status)
        // MODEL.md's keys are always present; a result without a match has a null objective.
        if let objective { try c.encode(objective, forKey: .objective) } else { try c.encodeNil(forKey: .objective) }
        try c.encode(match.groups, forKey: .groups)
        try c.encode(unassigned, forKey: .unassigned)
        if !scenarioName.isEmpty { try c.encode(scenarioName, forKey: .scenario) }
        try c.encode(statistics, forKey: .statistics)
        try c.encodeIfPresent(kept, forKey: .kept)
        try c.encodeIfPresent(conflict, forKey: .conflict)
        try c.encodeIfPresent(scenarioFingerprint, forKey: .scenarioFingerprint)
    }
}
