extension ScenarioGenerator {
    /// A family of generated scenarios: one set of distributions.
    ///
    /// Two families with unlike numbers keep the engine from being tuned to
    /// one generator: a choice that pays on one and not the other is suspect.
    public enum Family: String, CaseIterable, Sendable {
        /// The first family: households spread over many towns, a third with
        /// care, small groups with few founders, rents that mostly fit.
        case spread
        /// Care-heavy woongroepen: about half the households need care,
        /// providers need more clients per site to staff it, rents are tighter,
        /// towns are smaller so a group sees few sites, and groups are larger
        /// with more founders.
        case careHeavy = "care-heavy"

        /// The family's numbers.
        var distributions: Distributions {
            switch self {
            case .spread: .spread
            case .careHeavy: .careHeavy
            }
        }

        /// Households per town when `--towns` is not given.
        public var householdsPerTown: Int { distributions.householdsPerTown }
    }

    /// What a family draws from. Ranges of whole numbers are drawn uniformly;
    /// a `…Tens` range is in steps of 10, `…Fifties` of 50, `…Tenths` of 0.1.
    struct Distributions: Sendable {
        var householdsPerTown: Int

        // Sites
        var siteUnits: ClosedRange<Int>
        /// At most this fraction of a site's dwellings is accessible (rounded down).
        var accessibleShare: (numerator: Int, denominator: Int)
        var siteRentTens: ClosedRange<Int>
        var siteCommonRoomChance: Double

        // Providers
        var providerSingleTypeChance: Double
        /// Neighbouring towns served on each side of the home town.
        var providerReach: ClosedRange<Int>
        /// The share of households expected to need care (the sum of `careTypes`' weights).
        var expectedCareShare: Double
        /// The share of those that all providers together can serve.
        var providerCoverage: Double
        var providerMinimum: ClosedRange<Int>
        var providerMaximumChance: Double
        var providerMaximum: ClosedRange<Int>

        // Households
        /// Care types with their weights; "" is no care need.
        var careTypes: [(CareType, Double)]
        var generationsWithoutCare: [([Generation], Double)]
        var elderlyCareHours: ClosedRange<Int>
        var vgCareHours: ClosedRange<Int>
        var otherCareHours: ClosedRange<Int>
        var accessibleChance: (elderlyCare: Double, otherSeniors: Double, others: Double)
        var rentLimitChance: Double
        var rentLimitFifties: ClosedRange<Int>
        var anyTownChance: Double
        var householdReach: ClosedRange<Int>
        var tagCount: ClosedRange<Int>
        var supportChance: Double
        var supportHours: ClosedRange<Int>
        var priorities: [(Double, Double)]

        // Groups
        var groupMinSize: ClosedRange<Int>
        /// How much larger the maximum size is than the minimum.
        var groupSizeSpread: ClosedRange<Int>
        var groupReach: ClosedRange<Int>
        var careShareMinTenths: ClosedRange<Int>
        /// How far the care share's maximum lies above its minimum (capped at 1).
        var careShareWidthTenths: ClosedRange<Int>
        var foundersPerGroup: ClosedRange<Int>
        /// Founders who need care all need the same kind (as in a parent
        /// initiative): later founders are drawn from those without care or
        /// with the first care-needing founder's type.
        var foundersShareCareType: Bool
        /// Founders can pay at least this rent.
        var founderRent: Double
        var declineChance: Double
        var careRestrictionChance: Double
        var acceptedCareTypes: ClosedRange<Int>
        var minGenerations: [(Int, Double)]
        var supportRatioChance: Double
        var supportRatioTenths: ClosedRange<Int>
        var commonRoomWishChance: Double
        var valueCount: ClosedRange<Int>

        // Preferences, together and apart
        var preferenceCount: ClosedRange<Int>
        var excludeChance: Double
        var togetherPairsPer200: Int
        /// One apart wish per this many households.
        var householdsPerApart: Int
    }
}
