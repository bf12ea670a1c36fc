extension WhatIf {
    /// Starts from an earlier solve of this very scenario (a `solve --output`
    /// file) instead of solving it again: on a region of a few hundred
    /// households the base solve is often most of an exploring command's time.
    ///
    /// The earlier result is trusted only as far as it can be checked: its
    /// recorded fingerprint must be the scenario's, its match must meet every
    /// rule (``MatchChecker``) and carry the objective it records. Its status
    /// and bounds then stand as they were proved, so answers measured against
    /// an unproven base still say so.
    ///
    /// - Throws: ``BaseSolveError`` naming why the result cannot be reused.
    public init(_ scenario: Scenario, reusing earlier: MatchResult, options: MatchOptions = MatchOptions())
        throws(BaseSolveError) {
        let expected = scenario.fingerprint
        guard let recorded = earlier.scenarioFingerprint else { throw .noFingerprint }
        guard recorded == expected else { throw .otherScenario(recorded: recorded, expected: expected) }
        guard earlier.hasMatch else { throw .noMatch(earlier.status) }
        let checker = MatchChecker(scenario: scenario)
        let violations = checker.violations(of: earlier.match)
        guard violations.isEmpty else { throw .brokenRules(violations.prefix(3).map { "\($0)" }) }
        let actual = checker.objective(of: earlier.match)
        guard let claimed = earlier.objective, Self.same(claimed, actual) else {
            throw .objectiveDiffers(recorded: earlier.objective, actual: actual)
        }
        self.scenario = scenario
        self.options = options
        self.engine = MatchEngine(options: options)
        self.base = earlier
    }

    private static func same(_ a: MatchObjective, _ b: MatchObjective) -> Bool {
        func close(_ x: Double, _ y: Double) -> Bool { abs(x - y) <= 1e-6 * max(1, abs(x), abs(y)) }
        return close(a.housed, b.housed) && close(a.preference, b.preference)
    }
}
