import HousingMatch
import Testing

/// `WhatIf.explanation(of:)`: the hard filters word for word on hand-built
/// cases, the costs of forcing a household in against trying every match,
/// and the search for the smallest change to a household's own wishes.
@Suite("Explaining one household")
struct SeekerExplanationTests {
    private func explain(_ seeker: SeekerID, in scenario: Scenario) throws -> SeekerExplanation {
        try WhatIf(scenario).explanation(of: seeker)
    }

    private func check(_ group: String, in explanation: SeekerExplanation) throws -> SeekerExplanation.GroupCheck {
        try #require(explanation.groups.first { $0.group.rawValue == group })
    }

    // MARK: Hard filters

    /// p needs VG care and an accessible dwelling, lives only in Houten, pays at most
    /// 850, excludes g1 and g8, and must live apart from f6. s1 suits p; s2 is in Zeist.
    private let groupFilterCase = Scenario(
        seekers: [
            Build.seeker("p", care: "VG", accessible: true, maxRent: 850, towns: ["Houten"],
                         excludes: ["g1", "g8"], apart: ["f6"]),
            Build.seeker("f6"), Build.seeker("x"),
        ],
        groups: [
            Build.group("g1"), Build.group("g2", declines: ["p"]), Build.group("g3", acceptsCare: ["elderly"]),
            Build.group("g4", towns: ["Zeist"]), Build.group("g5", commonRoom: true),
            Build.group("g6", founders: ["f6"]), Build.group("g7", founders: ["x"]),
            Build.group("g8", declines: ["p"]), Build.group("g9"),
        ],
        sites: [Build.site("s1", town: "Houten", accessible: 2, rent: 800),
                Build.site("s2", town: "Zeist", accessible: 2, rent: 800)],
        providers: [Build.provider("c1", types: ["VG"])])

    @Test("each filter between a household and a group is named, all of them when several hold")
    func groupFilters() throws {
        let explanation = try explain("p", in: groupFilterCase)
        let expected: [String: [String]] = [
            "g1": ["excluded by them"],
            "g2": ["declined them"],
            "g3": ["care type VG not accepted"],
            "g4": ["possible sites only outside their towns"],
            "g5": ["cannot form (no site with a common room)"],
            "g6": ["founded by f6, whom they must live apart from"],
            "g7": [],
            "g8": ["excluded by them", "declined them"],
            "g9": [],
        ]
        for (group, texts) in expected {
            let check = try check(group, in: explanation)
            #expect(check.ruledOutBy.map(\.text) == texts, "\(group)")
            #expect(check.open == texts.isEmpty, "\(group)")
        }
        #expect(try check("g8", in: explanation).ruledOutBy.map(\.kind) == [.excluded, .declined])
        #expect(try check("g6", in: explanation).ruledOutBy.map(\.kind) == [.apartFromFounder])
        #expect(try check("g5", in: explanation).ruledOutBy.map(\.kind) == [.groupCannotForm])
        #expect(try check("g5", in: explanation).sites.isEmpty)
        // Per site, even of an open group: s2 is outside p's towns.
        #expect(try check("g9", in: explanation).sites.map(\.ruledOutBy.first?.text)
                == [nil, "in Zeist, not one of their towns"])

        let founder = try explain("x", in: groupFilterCase)
        #expect(try check("g9", in: founder).ruledOutBy.map(\.text) == ["they found g7"])
        #expect(try check("g9", in: founder).ruledOutBy.map(\.kind) == [.foundsAnotherGroup])
    }

    @Test("each filter between a household and a site is named, all of them when several hold")
    func siteFilters() throws {
        // The provider serves Houten and Zeist only; p accepts Houten and Bunnik.
        let scenario = Scenario(
            seekers: [Build.seeker("p", care: "VG", accessible: true, maxRent: 850, towns: ["Houten", "Bunnik"])],
            groups: [Build.group("g1")],
            sites: [Build.site("rent", town: "Houten", accessible: 1, rent: 900),
                    Build.site("town", town: "Zeist", accessible: 1, rent: 800),
                    Build.site("access", town: "Houten", accessible: 0, rent: 800),
                    Build.site("care", town: "Bunnik", accessible: 1, rent: 800),
                    Build.site("all", town: "De Bilt", accessible: 0, rent: 950)],
            providers: [Build.provider("c1", types: ["VG"], towns: ["Houten", "Zeist"])])
        let check = try check("g1", in: try explain("p", in: scenario))
        #expect(check.ruledOutBy == [HardFilterReason(kind: .noSuitableSite,
                                                      text: "no possible site suits them (town, rent, access or care)")])
        let sites = Dictionary(uniqueKeysWithValues: check.sites.map { ($0.site.rawValue, $0.ruledOutBy) })
        #expect(sites["rent"]?.map(\.text) == ["rent 900 above their limit of 850"])
        #expect(sites["town"]?.map(\.text) == ["in Zeist, not one of their towns"])
        #expect(sites["access"]?.map(\.text) == ["no accessible dwelling"])
        #expect(sites["care"]?.map(\.text) == ["no VG care provider serves Bunnik"])
        #expect(sites["all"]?.map(\.kind) == [.rentAboveLimit, .townNotAccepted, .noAccessibleDwelling, .noCareProvider])
    }

    @Test("a together partner whom the group's filters keep out is named")
    func togetherPartner() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("a", together: ["b"]), Build.seeker("b", towns: ["Zeist"])],
            groups: [Build.group("g1", towns: ["Houten"])],
            sites: [Build.site("s1", town: "Houten")])
        let check = try check("g1", in: try explain("a", in: scenario))
        #expect(check.ruledOutBy == [HardFilterReason(kind: .togetherPartnerCannotJoin,
                                                      text: "b, whom they must live with, cannot join")])
        #expect(!check.open)
    }

    // MARK: Costs and changes against trying every match

    private static func small(_ seed: Int) -> Scenario {
        RandomScenarios.small(seed: UInt64(20_000 + seed), seekers: 3...6, groups: 1...2, sites: 1...3, providers: 0...2)
    }

    @Test("forced-in costs, closed groups and changes agree with trying every match", arguments: 0..<30)
    func againstBruteForce(seed: Int) throws {
        try checkAgainstBruteForce(Self.small(seed))
    }

    /// Random households are mostly ruled out everywhere; a household that is
    /// housed, with its rent limit then set below every rent, is one that a
    /// change to its wishes can often place again, which the search must find.
    @Test("the same, for a household whose rent limit was cut below every rent", arguments: 0..<30)
    func tightenedAgainstBruteForce(seed: Int) throws {
        var scenario = Self.small(seed)
        let housed = try MatchEngine().solve(scenario).match.groups.flatMap(\.members)
        guard let first = housed.first, let p = scenario.seekers.firstIndex(where: { $0.id == first }),
              let cheapest = scenario.sites.map(\.rent).min() else { return }
        scenario.seekers[p].maxRent = cheapest - 1
        try checkAgainstBruteForce(scenario)
    }

    private func checkAgainstBruteForce(_ scenario: Scenario) throws {
        let whatIf = try WhatIf(scenario)
        guard whatIf.base.status == .optimal, let base = whatIf.base.objective else { return }
        let brute = BruteForce(scenario)
        let housed = Set(whatIf.base.match.groups.flatMap(\.members))
        for seeker in scenario.seekers where !housed.contains(seeker.id) {
            let explanation = try whatIf.explanation(of: seeker.id)
            for check in explanation.groups {
                let forced = brute.optimum(requiring: [.joins(seeker.id, check.group)])
                guard check.open else {
                    // The hard filters are exact: what they rule out, no match does.
                    #expect(forced == nil, "\(seeker.id) in \(check.group) is ruled out but feasible")
                    continue
                }
                let cost = try #require(check.cost)
                if let forced {
                    #expect(cost.status == .optimal)
                    #expect(abs((cost.housedChange ?? .nan) - (forced.housed - base.housed)) < 1e-6,
                            "\(seeker.id) in \(check.group)")
                } else {
                    #expect(cost.status == .infeasible)
                }
            }
            // Every change the search calls working (or not) is so when every match is tried.
            let search = try #require(explanation.changeSearch)
            let keepEveryone = [MatchRequirement.housed(seeker.id)]
                + scenario.seekers.map(\.id).filter(housed.contains).map { .housed($0) }
            for trial in search.tried {
                let changed = trial.changes.reduce(scenario) { $1.applied(to: $0, seeker: seeker.id) }
                let placed = BruteForce(changed).optimum(requiring: keepEveryone) != nil
                #expect(placed == (trial.verdict == .works), "\(seeker.id): \(trial.description)")
            }
            // And when none works, no single change of any kind would have: the screen is exact.
            if search.working.isEmpty && search.complete {
                let rents = scenario.sites.map(\.rent).filter { $0 > (seeker.maxRent ?? .infinity) }
                let singles = rents.map(WishChange.raiseMaxRent(to:))
                    + scenario.sites.map(\.municipality).filter { !seeker.accepts($0) }.map(WishChange.addTown)
                    + seeker.excludes.map(WishChange.dropExclude) + seeker.apart.map(WishChange.dropApart)
                for change in singles {
                    let changed = change.applied(to: scenario, seeker: seeker.id)
                    #expect(BruteForce(changed).optimum(requiring: keepEveryone) == nil, "\(seeker.id): \(change)")
                }
            }
        }
    }

    @Test("the smallest rent limit that places the household without displacing anyone")
    func smallestRentLimit() throws {
        // h2 is housed in g1 (up to 2 members). At 850 the one-dwelling s1 opens, but h1
        // would push h2 out there; at 870 s2 has room for both; 900 is not needed.
        let scenario = Scenario(
            seekers: [Build.seeker("h1", maxRent: 800, towns: ["Houten"]), Build.seeker("h2", towns: ["Houten"])],
            groups: [Build.group("g1", max: 2)],
            sites: [Build.site("s1", town: "Houten", units: 1, rent: 850),
                    Build.site("s2", town: "Houten", units: 2, rent: 870),
                    Build.site("s3", town: "Houten", units: 2, rent: 900)])
        let explanation = try explain("h1", in: scenario)
        #expect(explanation.placement == nil)
        let search = try #require(explanation.changeSearch)
        #expect(search.tried.map(\.description) == ["with a rent limit of 850", "with a rent limit of 870"])
        #expect(search.tried.map(\.verdict) == [.doesNotWork, .works])
        #expect(search.working.first?.group == "g1")
        #expect(search.complete)
    }

    @Test("a town and a rent limit: the rent first, the town after, each on its own")
    func townOrRent() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("h1", maxRent: 800, towns: ["Houten"]), Build.seeker("h2")],
            groups: [Build.group("g1", max: 2)],
            sites: [Build.site("s1", town: "Houten", units: 2, rent: 850),
                    Build.site("s2", town: "Zeist", units: 2, rent: 700)])
        let search = try #require(try explain("h1", in: scenario).changeSearch)
        #expect(search.working.map(\.description) == ["with a rent limit of 850", "if Zeist were acceptable"])
    }

    @Test("two changes together when neither alone opens a site")
    func pairOfChanges() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("h1", maxRent: 800, towns: ["Houten"])],
            groups: [Build.group("g1")],
            sites: [Build.site("s1", town: "Zeist", rent: 900)])
        let search = try #require(try explain("h1", in: scenario).changeSearch)
        #expect(search.working.map(\.description) == ["with a rent limit of 900 and if Zeist were acceptable"])
        #expect(search.screenedOut == 2)  // each change alone opens nothing
    }

    @Test("needs are never loosened: without a provider for the care type nothing is tried")
    func needsStay() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("h1", care: "VG", maxRent: 800, towns: ["Houten"])],
            groups: [Build.group("g1")],
            sites: [Build.site("s1", town: "Zeist", rent: 900)])
        let explanation = try explain("h1", in: scenario)
        let search = try #require(explanation.changeSearch)
        #expect(search.tried.isEmpty && search.working.isEmpty && search.complete)
        #expect(explanation.careType == "VG")
    }

    @Test("a placed household hears where and why there, and which other groups were open")
    func placed() throws {
        let scenario = Scenario(
            seekers: [Build.seeker("h1", preferences: ["g2", "g1"], tags: ["green"])],
            groups: [Build.group("g1", values: ["green", "music"]), Build.group("g2")],
            sites: [Build.site("s1"), Build.site("s2")])
        let explanation = try explain("h1", in: scenario)
        let placement = try #require(explanation.placement)
        #expect(placement.group == "g2")
        #expect(placement.fit.preferencePosition == 1 && placement.fit.score == 1)
        #expect(explanation.groups.filter { $0.open && !$0.current }.map(\.group) == ["g1"])
        // g1: rank 1/2, overlap 1/2, weights 1 and 0.5.
        #expect(try check("g1", in: explanation).fit.score == 0.75)
        #expect(explanation.changeSearch == nil && explanation.groups.allSatisfy { $0.cost == nil })
    }
}
