import Testing

@testable import HousingMatch

/// The checker against a small hand-built scenario: one feasible match, then
/// matches that each break exactly one thing.
@Suite("MatchChecker")
struct MatchCheckerTests {
    // MARK: - Feasible match

    @Test("the feasible fixture match breaks no rule")
    func feasibleMatchHasNoViolations() {
        let checker = MatchChecker(scenario: Fixture.scenario)
        #expect(checker.violations(of: Fixture.match) == [])
    }

    @Test("an empty match breaks no rule when no group must form")
    func emptyMatchHasNoViolations() {
        #expect(MatchChecker(scenario: Fixture.scenario).violations(of: Match()) == [])
    }

    // MARK: - One broken thing at a time

    @Test("each broken thing is reported once, under its rule", arguments: BrokenCase.all)
    func brokenThingIsReportedOnce(_ broken: BrokenCase) throws {
        let violations = MatchChecker(scenario: broken.scenario).violations(of: broken.match)
        try #require(violations.count == 1, "\(violations)")
        let violation = violations[0]
        #expect(violation.rule == broken.rule)
        #expect(violation.group == broken.group)
        #expect(violation.seeker == broken.seeker)
        #expect(violation.message == broken.message)
    }

    @Test("every rule of MODEL.md has at least one broken case")
    func everyRuleIsCovered() {
        #expect(Set(BrokenCase.all.map(\.rule)) == Set(MatchRule.allCases))
    }

    // MARK: - Relations hold whoever names whom

    @Test("together holds whichever of the two names the other", arguments: ["h2", "h3"] as [SeekerID])
    func togetherIsSymmetric(namer: SeekerID) throws {
        let other: SeekerID = namer == "h2" ? "h3" : "h2"
        let scenario = Fixture.scenario
            .with(seeker: "h2") { $0.together = [] }
            .with(seeker: namer) { $0.together = [other] }
        let match = Fixture.match.with("g1", members: ["h1", "h3", "h4", "h5"], care: [.care("c1", "VG", 1)])
        let violations = MatchChecker(scenario: scenario).violations(of: match)
        try #require(violations.count == 1)
        #expect(violations[0].message == "h2 and h3 must live together, but h2 joins no group and h3 joins g1")
    }

    @Test("apart holds whichever of the two names the other", arguments: ["h5", "h7"] as [SeekerID])
    func apartIsSymmetric(namer: SeekerID) throws {
        let other: SeekerID = namer == "h5" ? "h7" : "h5"
        let scenario = Fixture.scenario
            .with(seeker: "h5") { $0.apart = [] }
            .with(seeker: namer) { $0.apart = [other] }
        let match = Fixture.match
            .with("g1", members: ["h1", "h2", "h3", "h4"])
            .with("g2", members: ["h6", "h7", "h5"])
        let violations = MatchChecker(scenario: scenario).violations(of: match)
        try #require(violations.count == 1)
        #expect(violations[0].message == "h5 and h7 must live apart, but both join g2")
    }

    // MARK: - Every violation, in a stable order

    @Test("all broken rules are listed, by rule, then group, then seeker")
    func everyViolationIsListedInOrder() {
        // g1 takes h9, whom it declines, and loses its VG care; g2 grows to four
        // with h11 (not Zeist), h10 (rent too low) and an unknown h99.
        let match = Fixture.match
            .with("g1", members: ["h1", "h2", "h3", "h4", "h9"], care: [.care("c1", "elderly", 1)])
            .with("g2", members: ["h11", "h6", "h7", "h10", "h99"])
        let violations = MatchChecker(scenario: Fixture.scenario).violations(of: match)
        let expected: [(MatchRule, GroupID?, SeekerID?)] = [
            (.malformed, "g2", "h99"),
            (.sizeAndCapacity, "g2", nil),
            (.seekerFit, "g1", "h9"),
            (.seekerFit, "g2", "h10"),
            (.seekerFit, "g2", "h11"),
            (.care, "g1", "h3"),
        ]
        #expect(violations.map(\.rule) == expected.map(\.0))
        #expect(violations.map(\.group) == expected.map(\.1))
        #expect(violations.map(\.seeker) == expected.map(\.2))
    }

    @Test("a violation describes itself with its rule number and title")
    func violationDescription() {
        let violation = RuleViolation(
            rule: .togetherAndApart, message: "h5 and h30 must live apart, but both join g1",
            group: "g1", seeker: "h5")
        let expected = "rule 6 (households together and apart): h5 and h30 must live apart, but both join g1"
        #expect(violation.description == expected)
        #expect(MatchRule.malformed.description == "malformed match")
    }

    // MARK: - Floating point in care shares

    @Test(
        "a care share met exactly passes although share × size is inexact",
        arguments: [
            ShareBoundary(share: Group.CareShare(min: 0.28, max: 1), size: 25, needing: 7),
            ShareBoundary(share: Group.CareShare(min: 0, max: 0.58), size: 50, needing: 29),
            ShareBoundary(share: Group.CareShare(min: 0.2, max: 0.2), size: 5, needing: 1),
        ])
    func careShareBoundary(_ boundary: ShareBoundary) {
        let (scenario, match) = boundary.scenarioAndMatch()
        #expect(MatchChecker(scenario: scenario).violations(of: match) == [])
    }

    @Test("the first two share boundaries really are inexact in binary")
    func shareBoundariesAreInexact() {
        // 0.28 × 25 = 7.000000000000001 and 0.58 × 50 = 28.999999999999996,
        // so a comparison without tolerance would wrongly refuse both.
        #expect(0.28 * 25.0 > 7)
        #expect(0.58 * 50.0 < 29)
    }

    // MARK: - Objective

    @Test("the objective is recomputed from the match alone")
    func objectiveOfFeasibleMatch() {
        // Weights: preference 1.0, values 0.5.
        // housed = h1 2 + h2 1 + h3 1 + h4 1 + h5 1.5 + h6 1 + h7 1 = 8.5
        // g1's values {green, intergenerational} (green listed twice) has 2 elements.
        //   h1: g1 at 1 of 3 -> 3/3 = 1;   tags {green, faith} -> 1/2;  1 + 0.25  = 1.25
        //   h2: g1 at 2 of 2 -> 1/2;       tags {intergenerational} -> 1/2; 0.5 + 0.25 = 0.75
        //   h3: g1 at 3 of 3 -> 1/3;       no tags -> 0;               1/3
        //   h4: g1 at 2 of 3 -> 2/3;       {green, intergenerational, sports} -> 2/2; 2/3 + 0.5 = 7/6
        //   h5: no preferences, no tags -> 0
        // g2's values {green}:
        //   h6: g2 at 1 of 1 -> 1;         tags {green} -> 1;          1 + 0.5 = 1.5
        //   h7: g2 at 2 of 2 -> 1/2;       tags {green, green} -> 1/1; 0.5 + 0.5 = 1
        // preference = 1.25 + 0.75 + 1/3 + 7/6 + 0 + 1.5 + 1 = 6
        let objective = MatchChecker(scenario: Fixture.scenario).objective(of: Fixture.match)
        #expect(abs(objective.housed - 8.5) < 1e-9)
        #expect(abs(objective.preference - 6) < 1e-9)
    }

    @Test("a group without values adds no overlap, and other weights scale the terms")
    func objectiveWithoutValues() {
        // g3 has no values, so only ranks count, now weighted 2.0:
        //   h8: no preferences -> 0;  h13: g3 at 1 of 1 -> 1, times 2.0 = 2
        // housed = h8 1 + h13 1 = 2
        var scenario = Fixture.scenario
        scenario.weights = ObjectiveWeights(preference: 2.0, values: 3.0)
        let match = Match(groups: [FormedGroup(id: "g3", site: "s3", members: ["h8", "h13"])])
        let objective = MatchChecker(scenario: scenario).objective(of: match)
        #expect(abs(objective.housed - 2) < 1e-9)
        #expect(abs(objective.preference - 2) < 1e-9)
    }

    @Test("an empty match houses no one and scores nothing")
    func objectiveOfEmptyMatch() {
        let objective = MatchChecker(scenario: Fixture.scenario).objective(of: Match())
        #expect(objective == MatchObjective(housed: 0, preference: 0))
    }
}

// MARK: - Cases

extension MatchCheckerTests {
    /// A match (and perhaps a scenario tweak) that breaks exactly one thing.
    struct BrokenCase: Sendable, CustomTestStringConvertible {
        let name: String
        var scenario = Fixture.scenario
        var match = Fixture.match
        let rule: MatchRule
        var group: GroupID?
        var seeker: SeekerID?
        let message: String

        var testDescription: String { "\(rule.number.map { "rule \($0)" } ?? "malformed"): \(name)" }

        static let all: [BrokenCase] =
            malformed + assignment + size + founders + siteFit + seekerFit
            + togetherAndApart + composition + care

        static let malformed: [BrokenCase] = [
            BrokenCase(
                name: "unknown seeker", match: Fixture.match.with("g2", members: ["h6", "h7", "h99"]),
                rule: .malformed, group: "g2", seeker: "h99",
                message: "g2 lists h99 as a member, but the scenario has no seeker h99"),
            BrokenCase(
                name: "seeker listed twice in one group",
                match: Fixture.match.with("g2", members: ["h6", "h7", "h6"]),
                rule: .malformed, group: "g2", seeker: "h6", message: "g2 lists h6 2 times as a member"),
            BrokenCase(
                name: "unknown group", match: Fixture.match.adding("g9", at: "s3", members: ["h8"]),
                rule: .malformed, group: "g9",
                message: "the match lists group g9, which the scenario does not have"),
            BrokenCase(
                name: "unknown site", match: Fixture.match.with("g2", site: "s9"),
                rule: .malformed, group: "g2", message: "g2 takes site s9, which the scenario does not have"),
            BrokenCase(
                name: "arrangement with zero clients",
                match: Fixture.match.with("g1", care: Fixture.g1Care + [.care("c2", "GGZ", 0)]),
                rule: .malformed, group: "g1",
                message: "g1 has a care arrangement with c2 for care type GGZ for 0 clients, "
                    + "but an arrangement serves at least 1"),
            BrokenCase(
                name: "arrangement with negative clients",
                match: Fixture.match.with("g1", care: Fixture.g1Care + [.care("c1", "elderly", -1)]),
                rule: .malformed, group: "g1",
                message: "g1 has a care arrangement with c1 for care type elderly for -1 clients, "
                    + "but an arrangement serves at least 1"),
            BrokenCase(
                name: "arrangement with more clients than a count may be (no overflow in the sums)",
                match: Fixture.match.with("g1", care: Fixture.g1Care + [.care("c1", "elderly", .max)]),
                rule: .malformed, group: "g1",
                message: "g1 has a care arrangement with c1 for care type elderly for 9223372036854775807 clients, "
                    + "but a count of clients is at most 10,000"),
            BrokenCase(
                name: "unknown provider", match: Fixture.match.with("g2", care: [.care("c9", "GGZ", 1)]),
                rule: .malformed, group: "g2",
                message: "g2 has a care arrangement with c9 for care type GGZ, but the scenario has no provider c9"),
        ]

        static let assignment: [BrokenCase] = [
            BrokenCase(
                name: "seeker in two groups", match: Fixture.match.with("g2", members: ["h6", "h7", "h4"]),
                rule: .assignment, group: "g1", seeker: "h4",
                message: "h4 joins 2 groups, g1 and g2, but a seeker joins at most one"),
            BrokenCase(
                name: "group listed twice", match: Fixture.match.adding("g2", at: "s3", members: []),
                rule: .assignment, group: "g2",
                message: "g2 is listed 2 times in the match, at s2 and s3, but a group takes at most one site"),
            BrokenCase(
                name: "site hosting two groups", match: Fixture.match.adding("g3", at: "s1", members: ["h8", "h13"]),
                rule: .assignment,
                message: "s1 (Oude school) hosts 2 groups, g1 and g3, but a site hosts at most one"),
        ]

        static let size: [BrokenCase] = [
            BrokenCase(
                name: "below minSize", match: Fixture.match.with("g2", members: ["h6"], care: []),
                rule: .sizeAndCapacity, group: "g2", message: "g2 has 1 member at s2 (Het Veld) but needs at least 2"),
            BrokenCase(
                name: "above maxSize", match: Fixture.match.with("g2", members: ["h6", "h7", "h9", "h13"]),
                rule: .sizeAndCapacity, group: "g2", message: "g2 has 4 members at s2 (Het Veld) but takes at most 3"),
            BrokenCase(
                name: "more members than units",
                match: Fixture.match.adding("g3", at: "s3", members: ["h8", "h9", "h10", "h11"]),
                rule: .sizeAndCapacity, group: "g3",
                message: "g3 has 4 members, more than the 3 dwellings of s3 (Spoorhuis)"),
            BrokenCase(
                name: "more accessible needs than accessible units",
                scenario: Fixture.scenario.with(site: "s1") { $0.accessibleUnits = 0 },
                rule: .sizeAndCapacity, group: "g1",
                message: "g1 has 1 member who needs an accessible dwelling, "
                    + "more than the 0 accessible dwellings of s1 (Oude school)"),
        ]

        static let founders: [BrokenCase] = [
            BrokenCase(
                name: "founder missing from forming group",
                match: Fixture.match.with("g1", members: ["h2", "h3", "h4", "h5"]),
                rule: .founders, group: "g1", seeker: "h1",
                message: "h1 founds g1, which forms at s1 (Oude school), but is not among its members"),
            BrokenCase(
                name: "founder joins another group while its own forms",
                match: Fixture.match
                    .with("g1", members: ["h2", "h3", "h4", "h5"])
                    .with("g2", members: ["h6", "h7", "h1"]),
                rule: .founders, group: "g1", seeker: "h1",
                message: "h1 founds g1, which forms at s1 (Oude school), but joins g2 instead"),
            BrokenCase(
                name: "founder joins another group while its own does not form",
                match: Fixture.match.with("g2", members: ["h6", "h7", "h8"]),
                rule: .founders, group: "g3", seeker: "h8",
                message: "h8 founds g3, which does not form, but joins g2; a founder joins no other group"),
            BrokenCase(
                name: "mustForm group absent", scenario: Fixture.scenario.with(group: "g3") { $0.mustForm = true },
                rule: .founders, group: "g3", message: "g3 must form but is not in the match"),
        ]

        static let siteFit: [BrokenCase] = [
            BrokenCase(
                name: "site in a town the group does not accept",
                match: Fixture.match.adding("g3", at: "s4", members: ["h8", "h13"]),
                rule: .groupSiteFit, group: "g3",
                message: "g3 takes s4 (Het Anker) in Utrecht, a town g3 does not accept"),
            BrokenCase(
                name: "no common room", scenario: Fixture.scenario.with(site: "s1") { $0.commonRoom = false },
                rule: .groupSiteFit, group: "g1", message: "g1 needs a common room, but s1 (Oude school) has none"),
        ]

        static let seekerFit: [BrokenCase] = [
            BrokenCase(
                name: "town the seeker does not accept",
                match: Fixture.match.with("g2", members: ["h6", "h7", "h11"]),
                rule: .seekerFit, group: "g2", seeker: "h11",
                message: "h11 joins g2, whose site s2 (Het Veld) is in Zeist, which h11 does not accept"),
            BrokenCase(
                name: "rent above maxRent", match: Fixture.match.with("g2", members: ["h6", "h7", "h10"]),
                rule: .seekerFit, group: "g2", seeker: "h10",
                message: "h10 joins g2, whose site s2 (Het Veld) costs 1000 a month, above h10's maximum rent of 900"),
            BrokenCase(
                name: "excluded group", match: Fixture.match.adding("g3", at: "s3", members: ["h8", "h12"]),
                rule: .seekerFit, group: "g3", seeker: "h12", message: "h12 joins g3, which h12 excludes"),
            BrokenCase(
                name: "care type not accepted",
                scenario: Fixture.scenario.with(group: "g1") { $0.acceptsCare = ["elderly"] },
                rule: .seekerFit, group: "g1", seeker: "h3",
                message: "h3 (care type VG) joins g1, which does not accept care type VG"),
            BrokenCase(
                name: "declined by the founders",
                match: Fixture.match.with("g1", members: ["h1", "h2", "h3", "h4", "h9"]),
                rule: .seekerFit, group: "g1", seeker: "h9", message: "h9 joins g1, whose founders decline h9"),
        ]

        static let togetherAndApart: [BrokenCase] = [
            BrokenCase(
                name: "together: one housed, the other not",
                match: Fixture.match.with("g1", members: ["h1", "h3", "h4", "h5"], care: [.care("c1", "VG", 1)]),
                rule: .togetherAndApart, group: "g1", seeker: "h2",
                message: "h2 and h3 must live together, but h2 joins no group and h3 joins g1"),
            BrokenCase(
                name: "together: different groups",
                match: Fixture.match
                    .with("g1", members: ["h1", "h2", "h4", "h5"], care: [.care("c1", "elderly", 1)])
                    .with("g2", members: ["h6", "h7", "h3"], care: [.care("c2", "GGZ", 1), .care("c5", "VG", 1)]),
                rule: .togetherAndApart, group: "g1", seeker: "h2",
                message: "h2 and h3 must live together, but h2 joins g1 and h3 joins g2"),
            BrokenCase(
                name: "apart: same group",
                match: Fixture.match
                    .with("g1", members: ["h1", "h2", "h3", "h4"])
                    .with("g2", members: ["h6", "h7", "h5"]),
                rule: .togetherAndApart, group: "g2", seeker: "h5",
                message: "h5 and h7 must live apart, but both join g2"),
        ]

        static let composition: [BrokenCase] = [
            BrokenCase(
                name: "care share above maximum",
                scenario: Fixture.scenario.with(group: "g1") { $0.careShare.max = 0.3 },
                rule: .composition, group: "g1",
                message: "g1: 2 of 5 members need care (40%), above its maximum of 30%"),
            BrokenCase(
                name: "care share below minimum",
                scenario: Fixture.scenario.with(group: "g1") { $0.careShare.min = 0.5 },
                rule: .composition, group: "g1",
                message: "g1: 2 of 5 members need care (40%), below its minimum of 50%"),
            BrokenCase(
                name: "too few generations", scenario: Fixture.scenario.with(group: "g1") { $0.minGenerations = 4 },
                rule: .composition, group: "g1",
                message: "g1: members span 3 generations (adult, child, senior), fewer than its minimum of 4"),
            BrokenCase(
                name: "too few support hours", scenario: Fixture.scenario.with(group: "g1") { $0.supportRatio = 1 },
                rule: .composition, group: "g1", message: "g1: members' support hours 4 are less than 1 × 6 care hours"),
        ]

        static let care: [BrokenCase] = [
            BrokenCase(
                name: "member served by no provider",
                match: Fixture.match.with("g1", care: [.care("c1", "elderly", 1)]),
                rule: .care, group: "g1", seeker: "h3", message: "h3 (care type VG) in g1 is served by no provider"),
            BrokenCase(
                name: "too few clients for a care type",
                scenario: Fixture.scenario.with(seeker: "h3") { $0.care = Seeker.CareNeed(type: "elderly", hours: 2) },
                match: Fixture.match.with("g1", care: [.care("c1", "elderly", 1)]),
                rule: .care, group: "g1",
                message: "g1: 2 members need care type elderly, but its care arrangements serve only 1"),
            BrokenCase(
                name: "phantom clients",
                match: Fixture.match.with("g1", care: [.care("c1", "elderly", 1), .care("c1", "VG", 2)]),
                rule: .care, group: "g1",
                message: "g1: care arrangements serve 2 clients of care type VG, but only 1 member needs it"),
            BrokenCase(
                name: "provider does not offer the care type",
                match: Fixture.match.with("g1", care: [.care("c1", "elderly", 1), .care("c3", "VG", 1)]),
                rule: .care, group: "g1",
                message: "c3 serves 1 member of g1 with care type VG, which c3 does not offer"),
            BrokenCase(
                name: "provider does not serve the town",
                match: Fixture.match.with("g1", care: [.care("c1", "VG", 1), .care("c2", "elderly", 1)]),
                rule: .care, group: "g1",
                message: "c2 serves members of g1 at s1 (Oude school) in Houten, a town c2 does not serve"),
            BrokenCase(
                name: "below minClientsPerSite",
                match: Fixture.match.with("g1", care: [.care("c1", "VG", 1), .care("c4", "elderly", 1)]),
                rule: .care, group: "g1", message: "c4 serves 1 member of g1, below its minimum of 3 per site"),
            BrokenCase(
                name: "above maxClientsPerSite",
                match: Fixture.match.with("g1", care: [.care("c5", "elderly", 1), .care("c5", "VG", 1)]),
                rule: .care, group: "g1", message: "c5 serves 2 members of g1, above its maximum of 1 per site"),
            BrokenCase(
                name: "above capacity over all groups",
                match: Fixture.match
                    .with("g1", care: [.care("c1", "VG", 1), .care("c3", "elderly", 1)])
                    .with("g2", care: [.care("c3", "GGZ", 1)]),
                rule: .care, message: "c3 serves 2 clients over all groups, above its capacity of 1"),
        ]
    }

    /// A group of `size` members of whom `needing` need care, at a care-share bound.
    struct ShareBoundary: Sendable, CustomTestStringConvertible {
        let share: Group.CareShare
        let size: Int
        let needing: Int

        var testDescription: String { "\(needing) of \(size) within \(share.min)...\(share.max)" }

        func scenarioAndMatch() -> (Scenario, Match) {
            let seekers = (1...size).map { number in
                Seeker(
                    id: SeekerID("p\(number)"), generations: ["adult"],
                    care: number <= needing ? Seeker.CareNeed(type: "elderly", hours: 1) : nil)
            }
            let scenario = Scenario(
                seekers: seekers,
                groups: [Group(id: "g", minSize: 1, maxSize: size, careShare: share)],
                sites: [Site(id: "s", municipality: "Houten", units: size, rent: 500)],
                providers: [CareProvider(id: "c", careTypes: ["elderly"], capacity: size)])
            let match = Match(groups: [
                FormedGroup(
                    id: "g", site: "s", members: seekers.map(\.id), care: [.care("c", "elderly", needing)])
            ])
            return (scenario, match)
        }
    }
}

// MARK: - Fixture

/// The hand-built scenario and its feasible match.
///
/// g1 forms at s1 with h1-h5 (two care-needing members served by c1), g2 at s2
/// with h6-h7 (one served by c2); g3, h8-h13 stay out. The other providers,
/// s3, s4 and the unhoused seekers exist so that each broken case can break
/// exactly one thing.
private enum Fixture {
    static let g1Care: [CareArrangement] = [.care("c1", "elderly", 1), .care("c1", "VG", 1)]

    static let match = Match(groups: [
        FormedGroup(id: "g1", site: "s1", members: ["h1", "h2", "h3", "h4", "h5"], care: g1Care),
        FormedGroup(id: "g2", site: "s2", members: ["h6", "h7"], care: [.care("c2", "GGZ", 1)]),
    ])

    static let scenario = Scenario(
        name: "Checker fixture",
        weights: ObjectiveWeights(preference: 1.0, values: 0.5),
        seekers: seekers, groups: groups, sites: sites, providers: providers)

    static let seekers: [Seeker] = [
        Seeker(
            id: "h1", generations: ["adult"], preferences: ["g1", "g2", "g3"], tags: ["green", "green", "faith"],
            supportHours: 1, priority: 2),
        Seeker(
            id: "h2", generations: ["senior"], care: Seeker.CareNeed(type: "elderly", hours: 4), needsAccessible: true,
            preferences: ["g2", "g1"], tags: ["intergenerational"], together: ["h3"]),
        Seeker(
            id: "h3", generations: ["adult", "child"], care: Seeker.CareNeed(type: "VG", hours: 2),
            preferences: ["g3", "g2", "g1"]),
        Seeker(
            id: "h4", generations: ["adult"], preferences: ["g2", "g1", "g3"],
            tags: ["green", "intergenerational", "sports"], supportHours: 3),
        Seeker(id: "h5", generations: ["senior"], priority: 1.5, apart: ["h7"]),
        Seeker(id: "h6", generations: ["adult"], preferences: ["g2"], tags: ["green"]),
        Seeker(
            id: "h7", generations: ["senior"], care: Seeker.CareNeed(type: "GGZ", hours: 1), preferences: ["g1", "g2"],
            tags: ["green", "green"]),
        Seeker(id: "h8", generations: ["adult"]),
        Seeker(id: "h9", generations: ["senior"]),
        Seeker(id: "h10", generations: ["adult"], maxRent: 900),
        Seeker(id: "h11", generations: ["adult"], municipalities: ["Houten", "Bunnik"]),
        Seeker(id: "h12", generations: ["adult"], excludes: ["g3"]),
        Seeker(id: "h13", generations: ["adult"], preferences: ["g3"], tags: ["green"]),
    ]

    static let groups: [Group] = [
        Group(
            id: "g1", name: "MeerGeneraties Houten", minSize: 4, maxSize: 5, founders: ["h1"],
            municipalities: ["Houten"], acceptsCare: ["elderly", "VG"],
            careShare: Group.CareShare(min: 0.2, max: 0.5), minGenerations: 2, supportRatio: 0.5,
            needsCommonRoom: true, values: ["green", "intergenerational", "green"], declines: ["h9"]),
        Group(id: "g2", name: "Groen Zeist", minSize: 2, maxSize: 3, founders: ["h6"], values: ["green"]),
        Group(
            id: "g3", name: "Spoorhuis groep", minSize: 2, maxSize: 4, founders: ["h8"],
            municipalities: ["Bunnik", "Houten"]),
    ]

    static let sites: [Site] = [
        Site(
            id: "s1", name: "Oude school", municipality: "Houten", units: 6, accessibleUnits: 1, rent: 880,
            commonRoom: true),
        Site(id: "s2", name: "Het Veld", municipality: "Zeist", units: 6, rent: 1000),
        Site(id: "s3", name: "Spoorhuis", municipality: "Bunnik", units: 3, rent: 700),
        Site(id: "s4", name: "Het Anker", municipality: "Utrecht", units: 4, rent: 800),
    ]

    static let providers: [CareProvider] = [
        CareProvider(id: "c1", careTypes: ["elderly", "VG"], municipalities: ["Houten"], capacity: 3),
        CareProvider(id: "c2", careTypes: ["elderly", "GGZ"], municipalities: ["Zeist"], capacity: 5),
        CareProvider(id: "c3", careTypes: ["elderly", "GGZ"], capacity: 1),
        CareProvider(id: "c4", careTypes: ["elderly", "VG"], capacity: 10, minClientsPerSite: 3, maxClientsPerSite: 4),
        CareProvider(id: "c5", careTypes: ["elderly", "VG"], capacity: 10, maxClientsPerSite: 1),
    ]
}

// MARK: - Editing helpers

extension CareArrangement {
    fileprivate static func care(_ provider: ProviderID, _ careType: CareType, _ clients: Int) -> CareArrangement {
        CareArrangement(provider: provider, careType: careType, clients: clients)
    }
}

extension Match {
    /// The match with one listed group's members, care or site replaced.
    fileprivate func with(
        _ id: GroupID, members: [SeekerID]? = nil, care: [CareArrangement]? = nil, site: SiteID? = nil
    ) -> Match {
        var copy = self
        let index = copy.groups.firstIndex { $0.id == id }!
        if let members { copy.groups[index].members = members }
        if let care { copy.groups[index].care = care }
        if let site { copy.groups[index].site = site }
        return copy
    }

    /// The match with one more group entry.
    fileprivate func adding(
        _ id: GroupID, at site: SiteID, members: [SeekerID], care: [CareArrangement] = []
    ) -> Match {
        var copy = self
        copy.groups.append(FormedGroup(id: id, site: site, members: members, care: care))
        return copy
    }
}

extension Scenario {
    fileprivate func with(seeker id: SeekerID, _ edit: (inout Seeker) -> Void) -> Scenario {
        var copy = self
        edit(&copy.seekers[copy.seekers.firstIndex { $0.id == id }!])
        return copy
    }

    fileprivate func with(group id: GroupID, _ edit: (inout Group) -> Void) -> Scenario {
        var copy = self
        edit(&copy.groups[copy.groups.firstIndex { $0.id == id }!])
        return copy
    }

    fileprivate func with(site id: SiteID, _ edit: (inout Site) -> Void) -> Scenario {
        var copy = self
        edit(&copy.sites[copy.sites.firstIndex { $0.id == id }!])
        return copy
    }
}
