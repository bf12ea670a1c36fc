extension ScenarioGenerator.Distributions {
    /// The first family. Its numbers must not change: benchmarks and tests
    /// rely on the same bytes for the same arguments.
    static let spread = Self(
        householdsPerTown: 60,
        siteUnits: 4...16, accessibleShare: (1, 2), siteRentTens: 60...120, siteCommonRoomChance: 0.55,
        providerSingleTypeChance: 0.8, providerReach: 1...2, expectedCareShare: 0.33, providerCoverage: 0.6,
        providerMinimum: 1...3, providerMaximumChance: 0.5, providerMaximum: 3...8,
        careTypes: [("elderly", 0.15), ("VG", 0.10), ("GGZ", 0.08), ("", 0.67)],
        generationsWithoutCare: [(["senior"], 0.35), (["adult", "child"], 0.25), (["adult"], 0.25),
                                 (["young adult"], 0.15)],
        elderlyCareHours: 2...10, vgCareHours: 6...16, otherCareHours: 2...8,
        accessibleChance: (elderlyCare: 0.7, otherSeniors: 0.2, others: 0.03),
        rentLimitChance: 0.8, rentLimitFifties: 13...23, anyTownChance: 0.15, householdReach: 0...2,
        tagCount: 1...3, supportChance: 0.5, supportHours: 1...6,
        priorities: [(1.0, 0.90), (1.5, 0.07), (2.0, 0.03)],
        groupMinSize: 4...8, groupSizeSpread: 3...8, groupReach: 0...1,
        careShareMinTenths: 0...3, careShareWidthTenths: 2...6,
        foundersPerGroup: 1...3, foundersShareCareType: false, founderRent: 1200,
        declineChance: 0.1, careRestrictionChance: 0.6, acceptedCareTypes: 1...2,
        minGenerations: [(1, 0.3), (2, 0.5), (3, 0.2)], supportRatioChance: 0.5, supportRatioTenths: 1...5,
        commonRoomWishChance: 0.5, valueCount: 1...3,
        preferenceCount: 0...3, excludeChance: 0.05, togetherPairsPer200: 3, householdsPerApart: 50)

    /// Care-heavy woongroepen, as Dutch "woongroep-plus" and parent
    /// initiatives (ouderinitiatieven) are: about half the households need
    /// care, with more hours; providers (larger, most of them offering two
    /// care types) staff a site only from 3-6 clients;
    /// most households rent socially (tighter limits, founders too); towns
    /// are smaller and groups look in their own town only, so each sees few
    /// sites; groups are larger, started by 3-6 founding households (those
    /// with care needing the same kind), mostly
    /// want a common room, and ask for volunteer support more often;
    /// together pairs (a VG adult with a parent household) are twice as common.
    static let careHeavy = Self(
        householdsPerTown: 40,
        siteUnits: 8...20, accessibleShare: (3, 4), siteRentTens: 60...110, siteCommonRoomChance: 0.75,
        providerSingleTypeChance: 0.3, providerReach: 1...2, expectedCareShare: 0.52, providerCoverage: 0.6,
        providerMinimum: 3...6, providerMaximumChance: 0.7, providerMaximum: 6...12,
        careTypes: [("elderly", 0.24), ("VG", 0.16), ("GGZ", 0.12), ("", 0.48)],
        generationsWithoutCare: [(["senior"], 0.30), (["adult", "child"], 0.30), (["adult"], 0.25),
                                 (["young adult"], 0.15)],
        elderlyCareHours: 4...14, vgCareHours: 8...20, otherCareHours: 3...10,
        accessibleChance: (elderlyCare: 0.85, otherSeniors: 0.3, others: 0.05),
        rentLimitChance: 0.9, rentLimitFifties: 11...19, anyTownChance: 0.05, householdReach: 0...1,
        tagCount: 1...3, supportChance: 0.7, supportHours: 2...8,
        priorities: [(1.0, 0.80), (1.5, 0.12), (2.0, 0.08)],
        groupMinSize: 7...11, groupSizeSpread: 4...9, groupReach: 0...0,
        careShareMinTenths: 1...4, careShareWidthTenths: 2...5,
        foundersPerGroup: 3...6, foundersShareCareType: true, founderRent: 1000,
        declineChance: 0.15, careRestrictionChance: 0.75, acceptedCareTypes: 1...2,
        minGenerations: [(1, 0.35), (2, 0.45), (3, 0.2)], supportRatioChance: 0.7, supportRatioTenths: 1...4,
        commonRoomWishChance: 0.8, valueCount: 1...3,
        preferenceCount: 1...3, excludeChance: 0.05, togetherPairsPer200: 6, householdsPerApart: 50)
}
