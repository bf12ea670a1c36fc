/// Makes plausible random scenarios of a given size, the same for the same seed.
///
/// Towns lie on a line, and households, groups and providers favour a home
/// town and its neighbours, so that regions have local structure. The numbers
/// aim at instances where the rules bind: not everybody fits (rents, towns,
/// care capacity and group sizes leave some households out), and not nobody.
/// Each ``Family`` draws from its own ``Distributions`` (listed there and in
/// `Benchmarks/README.md`); the steps below are the same for every family, so
/// that a second family tests the engine on other numbers, not other code.
public struct ScenarioGenerator: Sendable {
    /// How large a scenario to make.
    public struct Size: Sendable, Equatable {
        public var seekers: Int
        public var groups: Int
        public var sites: Int
        public var providers: Int
        public var towns: Int
        /// Regions with towns of their own; nobody looks, builds or serves outside their region.
        public var regions: Int

        /// With several regions, every count is split evenly among them, and
        /// the town default (one town per `householdsPerTown`, at least 2 and
        /// at most 40) applies per region.
        public init(seekers: Int, groups: Int, sites: Int, providers: Int, towns: Int? = nil, regions: Int = 1,
                    householdsPerTown: Int = 60) {
            self.seekers = seekers
            self.groups = groups
            self.sites = sites
            self.providers = providers
            self.regions = max(1, regions)
            let perRegion = seekers / max(1, regions)
            self.towns = towns ?? min(40, max(2, perRegion / max(1, householdsPerTown))) * max(1, regions)
        }
    }

    public var size: Size
    public var seed: UInt64
    /// Which distributions the scenario is drawn from.
    public var family: Family

    /// A generator; `family` defaults to ``Family/spread``, whose output
    /// stays the same for the same size and seed.
    public init(size: Size, seed: UInt64, family: Family = .spread) {
        self.size = size
        self.seed = seed
        self.family = family
    }

    private var distributions: Distributions { family.distributions }

    /// The scenario's name: the family is named unless it is the first one,
    /// whose names predate families.
    private func name(_ suffix: String = "") -> String {
        let family = self.family == .spread ? "" : "\(self.family.rawValue) "
        return "generated \(family)\(size.seekers)/\(size.groups)/\(size.sites)/\(size.providers)\(suffix) seed \(seed)"
    }

    static let careTypes: [CareType] = ["elderly", "VG", "GGZ"]
    static let tags = ["green", "music", "faith", "garden", "quiet", "sustainable", "vegetarian",
                       "intergenerational", "sports", "crafts", "cooking", "children"]
    static let townNames = ["Almwijk", "Beekdam", "Dorrestein", "Eemhoven", "Graftdijk", "Heuveloord",
                            "Kromhout", "Lindewaard", "Meerzicht", "Noordbroek", "Oudeland", "Polderhaven",
                            "Rijnkade", "Schaapsdrift", "Veenendorp", "Weidebroek", "Zandvoorde", "IJsselmonde"]
    static let owners = ["Woonstichting De Linde", "Wooncorporatie Rijnstreek", "Bouwfonds Kade",
                         "Ontwikkelaar Noorderpark", "Stichting Samenwonen", "private owner"]

    /// Makes the scenario.
    public func generate() -> Scenario {
        size.regions > 1 ? generateRegions() : generateRegion()
    }

    /// One region's scenario for each region, side by side, with ids and
    /// towns marked by region ("r2-h17", "R2 Almwijk"). Each region has its
    /// own seed, derived from the scenario's.
    private func generateRegions() -> Scenario {
        let regions = size.regions
        func share(_ total: Int, _ r: Int) -> Int { total / regions + (r < total % regions ? 1 : 0) }
        var whole = Scenario(
            name: name(" in \(regions) regions"),
            seekers: [], groups: [], sites: [], providers: [])
        for r in 0..<regions {
            let regionSize = Size(seekers: share(size.seekers, r), groups: share(size.groups, r),
                                  sites: share(size.sites, r), providers: share(size.providers, r),
                                  towns: max(1, share(size.towns, r)))
            var regionSeed = SeededRandomNumberGenerator(seed: seed &+ UInt64(r) &* 0x9E37_79B9_7F4A_7C15)
            var part = ScenarioGenerator(size: regionSize, seed: regionSeed.next(), family: family).generateRegion()
            part.markRegion(r + 1)
            whole.seekers += part.seekers
            whole.groups += part.groups
            whole.sites += part.sites
            whole.providers += part.providers
        }
        return whole
    }

    private func generateRegion() -> Scenario {
        var random = SeededRandomNumberGenerator(seed: seed)
        let towns = makeTowns()
        let sites = (0..<size.sites).map { makeSite($0, towns: towns, random: &random) }
        let providers = (0..<size.providers).map { makeProvider($0, towns: towns, random: &random) }
        var seekers = (0..<size.seekers).map { makeSeeker($0, towns: towns, random: &random) }
        let groups = makeGroups(towns: towns, seekers: &seekers, random: &random)
        addPreferences(to: &seekers, groups: groups, random: &random)
        addTogetherAndApart(to: &seekers, random: &random)
        return Scenario(
            name: name(),
            seekers: seekers, groups: groups, sites: sites, providers: providers)
    }

    private func makeTowns() -> [Municipality] {
        (0..<max(1, size.towns)).map { index in
            let name = Self.townNames[index % Self.townNames.count]
            return index < Self.townNames.count ? name : "\(name) \(index / Self.townNames.count + 1)"
        }
    }

    /// A town and, with some chance, its neighbours on the line.
    private func area(around home: Int, towns: [Municipality], extra: ClosedRange<Int>,
                      random: inout SeededRandomNumberGenerator) -> [Municipality] {
        let reach = random.int(in: extra)
        let neighbours = (max(0, home - reach)...min(towns.count - 1, home + reach)).filter { $0 != home }
        return [towns[home]] + random.sample(neighbours, count: reach).map { towns[$0] }
    }

    /// Sites: town uniform; dwellings, accessible share, rent and common room
    /// as the family says.
    private func makeSite(_ index: Int, towns: [Municipality], random: inout SeededRandomNumberGenerator) -> Site {
        let d = distributions
        let units = random.int(in: d.siteUnits)
        return Site(
            id: SiteID("s\(index + 1)"),
            name: "Site \(index + 1)",
            municipality: random.pick(towns),
            units: units,
            accessibleUnits: random.int(in: 0...(units * d.accessibleShare.numerator / d.accessibleShare.denominator)),
            rent: Double(random.int(in: d.siteRentTens) * 10),
            commonRoom: random.chance(d.siteCommonRoomChance),
            owner: random.pick(Self.owners))
    }

    /// Providers: one care type or two; a home town and some neighbours;
    /// capacity so that all providers together can serve a share of the
    /// care-needing households; a minimum of clients per site and, in some, a
    /// maximum.
    private func makeProvider(_ index: Int, towns: [Municipality],
                              random: inout SeededRandomNumberGenerator) -> CareProvider {
        let d = distributions
        let types = random.chance(d.providerSingleTypeChance) ? [random.pick(Self.careTypes)]
            : random.sample(Self.careTypes, count: 2)
        let careSeekers = Double(size.seekers) * d.expectedCareShare
        let share = careSeekers * d.providerCoverage / Double(max(1, size.providers))
        let capacity = max(2, Int((share * (0.6 + 0.8 * random.unit())).rounded()))
        let minimum = random.int(in: d.providerMinimum)
        return CareProvider(
            id: ProviderID("c\(index + 1)"),
            name: "Care provider \(index + 1)",
            careTypes: types,
            municipalities: area(around: random.int(in: 0...(towns.count - 1)), towns: towns,
                                 extra: d.providerReach, random: &random),
            capacity: capacity,
            minClientsPerSite: min(minimum, capacity),
            maxClientsPerSite: random.chance(d.providerMaximumChance)
                ? max(minimum, min(capacity, random.int(in: d.providerMaximum))) : nil)
    }

    /// Households: a care need (or none), generations, care hours, an
    /// accessible dwelling, a rent limit, towns, tags, support hours and
    /// priority, each as the family says. Elderly care goes with seniors, VG
    /// and GGZ with adults or young adults.
    private func makeSeeker(_ index: Int, towns: [Municipality],
                            random: inout SeededRandomNumberGenerator) -> Seeker {
        let d = distributions
        let careType: CareType? = random.pick(d.careTypes).nilIfEmpty
        var generations: [Generation]
        switch careType {
        case "elderly": generations = ["senior"]
        case "VG", "GGZ": generations = [random.pick(["adult", "young adult"])]
        default: generations = random.pick(d.generationsWithoutCare)
        }
        // Drawn for every household, care or not, so that the draws stay in step.
        let hours: Double = switch careType {
        case "elderly": Double(random.int(in: d.elderlyCareHours))
        case "VG": Double(random.int(in: d.vgCareHours))
        default: Double(random.int(in: d.otherCareHours))
        }
        let accessible = careType == "elderly" ? random.chance(d.accessibleChance.elderlyCare)
            : generations == ["senior"] ? random.chance(d.accessibleChance.otherSeniors)
            : random.chance(d.accessibleChance.others)
        return Seeker(
            id: SeekerID("h\(index + 1)"),
            generations: generations,
            care: careType.map { Seeker.CareNeed(type: $0, hours: hours) },
            needsAccessible: accessible,
            maxRent: random.chance(d.rentLimitChance) ? Double(random.int(in: d.rentLimitFifties) * 50) : nil,
            municipalities: random.chance(d.anyTownChance) ? [] : area(around: random.int(in: 0...(towns.count - 1)),
                                                                       towns: towns, extra: d.householdReach,
                                                                       random: &random),
            tags: random.sample(Self.tags, count: random.int(in: d.tagCount)),
            supportHours: careType == nil && random.chance(d.supportChance)
                ? Double(random.int(in: d.supportHours)) : 0,
            priority: random.pick(d.priorities))
    }

    /// Groups: sizes, towns, accepted care types, care share, generations,
    /// support ratio, common room, values, founders (who accept the group's
    /// towns and can pay the family's founder rent) and a declined household,
    /// each as the family says.
    private func makeGroups(towns: [Municipality], seekers: inout [Seeker],
                            random: inout SeededRandomNumberGenerator) -> [Group] {
        let d = distributions
        var available = Array(seekers.indices)
        var groups: [Group] = []
        for index in 0..<size.groups {
            let minSize = random.int(in: d.groupMinSize)
            let groupTowns = area(around: random.int(in: 0...(towns.count - 1)), towns: towns, extra: d.groupReach,
                                  random: &random)
            let minShare = Double(random.int(in: d.careShareMinTenths)) / 10
            var founders: [SeekerID] = []
            var founderCare: CareType?
            for _ in 0..<random.int(in: d.foundersPerGroup) where !available.isEmpty {
                var pool = Array(available.indices)
                if d.foundersShareCareType, let founderCare {
                    pool = pool.filter { seekers[available[$0]].care.map { $0.type == founderCare } ?? true }
                    if pool.isEmpty { break }
                }
                let p = available.remove(at: pool[random.int(in: 0...(pool.count - 1))])
                founderCare = founderCare ?? seekers[p].care?.type
                seekers[p].municipalities = groupTowns
                seekers[p].maxRent = max(seekers[p].maxRent ?? 0, d.founderRent)
                founders.append(seekers[p].id)
            }
            let declines = random.chance(d.declineChance) && !seekers.isEmpty
                ? [random.pick(seekers.map(\.id))].filter { !founders.contains($0) } : []
            groups.append(Group(
                id: GroupID("g\(index + 1)"),
                name: "Group \(index + 1)",
                minSize: minSize,
                maxSize: minSize + random.int(in: d.groupSizeSpread),
                founders: founders,
                municipalities: groupTowns,
                acceptsCare: random.chance(d.careRestrictionChance)
                    ? random.sample(Self.careTypes, count: random.int(in: d.acceptedCareTypes)) : nil,
                careShare: Group.CareShare(min: minShare,
                                           max: min(1, minShare + Double(random.int(in: d.careShareWidthTenths)) / 10)),
                minGenerations: random.pick(d.minGenerations),
                supportRatio: random.chance(d.supportRatioChance) ? Double(random.int(in: d.supportRatioTenths)) / 10 : 0,
                needsCommonRoom: random.chance(d.commonRoomWishChance),
                values: random.sample(Self.tags, count: random.int(in: d.valueCount)),
                declines: declines))
        }
        // A founder's care type must be one the group accepts, or the group could never form.
        for (g, group) in groups.enumerated() {
            for founder in group.founders {
                guard let p = seekers.firstIndex(where: { $0.id == founder }), let care = seekers[p].care,
                      let accepted = group.acceptsCare, !accepted.contains(care.type) else { continue }
                groups[g].acceptsCare = accepted + [care.type]
            }
        }
        return groups
    }

    /// Preferences: a few groups, mostly among those in the household's
    /// towns; sometimes an excluded group.
    private func addPreferences(to seekers: inout [Seeker], groups: [Group],
                                random: inout SeededRandomNumberGenerator) {
        guard !groups.isEmpty else { return }
        let founders = Set(groups.flatMap(\.founders))
        for p in seekers.indices where !founders.contains(seekers[p].id) {
            let local = groups.filter { group in
                seekers[p].municipalities.isEmpty
                    || group.municipalities.contains(where: seekers[p].municipalities.contains)
            }
            let pool = (local.isEmpty ? groups : local).map(\.id)
            seekers[p].preferences = random.sample(pool, count: random.int(in: distributions.preferenceCount))
            if random.chance(distributions.excludeChance), let excluded = groups.map(\.id).first(where: { !seekers[p].preferences.contains($0) }) {
                seekers[p].excludes = [excluded]
            }
        }
    }

    /// Together: VG households paired with a parent household (same towns);
    /// apart: households naming another; as many as the family says.
    private func addTogetherAndApart(to seekers: inout [Seeker], random: inout SeededRandomNumberGenerator) {
        let pairs = seekers.count * distributions.togetherPairsPer200 / 200
        let children = seekers.indices.filter { seekers[$0].care?.type == "VG" }
        var parents = seekers.indices.filter { seekers[$0].care == nil && seekers[$0].generations.contains("adult") }
        for child in random.sample(children, count: pairs) where !parents.isEmpty {
            let parent = parents.remove(at: random.int(in: 0...(parents.count - 1)))
            seekers[child].together = [seekers[parent].id]
            seekers[parent].municipalities = seekers[child].municipalities
        }
        for _ in 0..<(seekers.count / distributions.householdsPerApart) where seekers.count > 1 {
            let a = random.int(in: 0...(seekers.count - 1))
            let b = random.int(in: 0...(seekers.count - 1))
            if a != b, !seekers[a].together.contains(seekers[b].id), !seekers[b].together.contains(seekers[a].id) {
                seekers[a].apart.append(seekers[b].id)
            }
        }
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

private extension Scenario {
    /// Prefixes every id and town with the region's number, and turns
    /// "any town" into "any town of the region".
    mutating func markRegion(_ region: Int) {
        let towns = Set(sites.map(\.municipality) + groups.flatMap(\.municipalities)
                        + providers.flatMap(\.municipalities) + seekers.flatMap(\.municipalities)).sorted()
        func town(_ name: Municipality) -> Municipality { "R\(region) \(name)" }
        func id<T>(_ id: Identifier<T>) -> Identifier<T> { Identifier("r\(region)-\(id.rawValue)") }
        for i in seekers.indices {
            seekers[i].id = id(seekers[i].id)
            seekers[i].municipalities = (seekers[i].municipalities.isEmpty ? towns : seekers[i].municipalities).map(town)
            seekers[i].preferences = seekers[i].preferences.map(id)
            seekers[i].excludes = seekers[i].excludes.map(id)
            seekers[i].together = seekers[i].together.map(id)
            seekers[i].apart = seekers[i].apart.map(id)
        }
        for i in groups.indices {
            groups[i].id = id(groups[i].id)
            groups[i].name = "R\(region) \(groups[i].name)"
            groups[i].founders = groups[i].founders.map(id)
            groups[i].declines = groups[i].declines.map(id)
            groups[i].municipalities = groups[i].municipalities.map(town)
        }
        for i in sites.indices {
            sites[i].id = id(sites[i].id)
            sites[i].municipality = town(sites[i].municipality)
        }
        for i in providers.indices {
            providers[i].id = id(providers[i].id)
            providers[i].municipalities = providers[i].municipalities.map(town)
        }
    }
}
