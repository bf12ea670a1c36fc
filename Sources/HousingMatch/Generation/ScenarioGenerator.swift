/// Makes plausible random scenarios of a given size, the same for the same seed.
///
/// Towns lie on a line, and households, groups and providers favour a home
/// town and its neighbours, so that regions have local structure. The numbers
/// below aim at instances where the rules bind: not everybody fits (rents,
/// towns, care capacity and group sizes leave some households out), and not
/// nobody. The distributions are listed in `Benchmarks/README.md` and in the
/// doc comments of each `make…` method.
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
        /// the town default applies per region.
        public init(seekers: Int, groups: Int, sites: Int, providers: Int, towns: Int? = nil, regions: Int = 1) {
            self.seekers = seekers
            self.groups = groups
            self.sites = sites
            self.providers = providers
            self.regions = max(1, regions)
            // About one town per 60 households, at least 2 and at most 40, unless told.
            let perRegion = seekers / max(1, regions)
            self.towns = towns ?? min(40, max(2, perRegion / 60)) * max(1, regions)
        }
    }

    public var size: Size
    public var seed: UInt64

    public init(size: Size, seed: UInt64) {
        self.size = size
        self.seed = seed
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
            name: "generated \(size.seekers)/\(size.groups)/\(size.sites)/\(size.providers) in \(regions) regions seed \(seed)",
            seekers: [], groups: [], sites: [], providers: [])
        for r in 0..<regions {
            let regionSize = Size(seekers: share(size.seekers, r), groups: share(size.groups, r),
                                  sites: share(size.sites, r), providers: share(size.providers, r),
                                  towns: max(1, share(size.towns, r)))
            var regionSeed = SeededRandomNumberGenerator(seed: seed &+ UInt64(r) &* 0x9E37_79B9_7F4A_7C15)
            var part = ScenarioGenerator(size: regionSize, seed: regionSeed.next()).generateRegion()
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
            name: "generated \(size.seekers)/\(size.groups)/\(size.sites)/\(size.providers) seed \(seed)",
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

    /// Sites: town uniform; 4–16 dwellings; up to half accessible; rent 600–1,200
    /// in steps of 10; a common room in 55 %.
    private func makeSite(_ index: Int, towns: [Municipality], random: inout SeededRandomNumberGenerator) -> Site {
        let units = random.int(in: 4...16)
        return Site(
            id: SiteID("s\(index + 1)"),
            name: "Site \(index + 1)",
            municipality: random.pick(towns),
            units: units,
            accessibleUnits: random.int(in: 0...(units / 2)),
            rent: Double(random.int(in: 60...120) * 10),
            commonRoom: random.chance(0.55),
            owner: random.pick(Self.owners))
    }

    /// Providers: one care type (80 %) or two; a home town and up to two
    /// neighbours each side; capacity so that all providers together can serve
    /// about 60 % of the care-needing households; a minimum of 1–3 clients per
    /// site and, in half of them, a maximum of 3–8.
    private func makeProvider(_ index: Int, towns: [Municipality],
                              random: inout SeededRandomNumberGenerator) -> CareProvider {
        let types = random.chance(0.8) ? [random.pick(Self.careTypes)] : random.sample(Self.careTypes, count: 2)
        let careSeekers = Double(size.seekers) * 0.33
        let share = careSeekers * 0.6 / Double(max(1, size.providers))
        let capacity = max(2, Int((share * (0.6 + 0.8 * random.unit())).rounded()))
        let minimum = random.int(in: 1...3)
        return CareProvider(
            id: ProviderID("c\(index + 1)"),
            name: "Care provider \(index + 1)",
            careTypes: types,
            municipalities: area(around: random.int(in: 0...(towns.count - 1)), towns: towns, extra: 1...2,
                                 random: &random),
            capacity: capacity,
            minClientsPerSite: min(minimum, capacity),
            maxClientsPerSite: random.chance(0.5) ? max(minimum, min(capacity, random.int(in: 3...8))) : nil)
    }

    /// Households: a third need care (elderly 15 %, VG 10 %, GGZ 8 %); seniors
    /// 35 %, families with children 25 %, adults 25 %, young adults 15 %;
    /// accessible dwelling for 70 % of elderly care and 20 % of other seniors;
    /// a rent limit for 80 % (650–1,150); a home town plus up to two neighbours
    /// (15 % accept any town); 1–3 tags; support hours 1–6 for half of those
    /// without care; priority 1, or 1.5 (7 %) or 2 (3 %) for urgent cases.
    private func makeSeeker(_ index: Int, towns: [Municipality],
                            random: inout SeededRandomNumberGenerator) -> Seeker {
        let careType: CareType? = random.pick([("elderly", 0.15), ("VG", 0.10), ("GGZ", 0.08), ("", 0.67)])
            .nilIfEmpty
        var generations: [Generation]
        switch careType {
        case "elderly": generations = ["senior"]
        case "VG", "GGZ": generations = [random.pick(["adult", "young adult"])]
        default: generations = random.pick([(["senior"], 0.35), (["adult", "child"], 0.25), (["adult"], 0.25),
                                            (["young adult"], 0.15)])
        }
        let hours: Double = switch careType {
        case "elderly": Double(random.int(in: 2...10))
        case "VG": Double(random.int(in: 6...16))
        default: Double(random.int(in: 2...8))
        }
        let accessible = careType == "elderly" ? random.chance(0.7)
            : generations == ["senior"] ? random.chance(0.2) : random.chance(0.03)
        return Seeker(
            id: SeekerID("h\(index + 1)"),
            generations: generations,
            care: careType.map { Seeker.CareNeed(type: $0, hours: hours) },
            needsAccessible: accessible,
            maxRent: random.chance(0.8) ? Double(random.int(in: 13...23) * 50) : nil,
            municipalities: random.chance(0.15) ? [] : area(around: random.int(in: 0...(towns.count - 1)),
                                                            towns: towns, extra: 0...2, random: &random),
            tags: random.sample(Self.tags, count: random.int(in: 1...3)),
            supportHours: careType == nil && random.chance(0.5) ? Double(random.int(in: 1...6)) : 0,
            priority: random.pick([(1.0, 0.90), (1.5, 0.07), (2.0, 0.03)]))
    }

    /// Groups: minimum size 4–8 and maximum 3–8 above it; one or two towns;
    /// 60 % accept only one or two care types; care share from 0–0.3 up to
    /// 0.2–0.6 above that; two generations (50 %) or three (20 %); a support
    /// ratio of 0.1–0.5 in half; a common room wished in half; 1–3 values;
    /// 1–3 founders who accept the group's towns and can pay up to 1,200; a
    /// declined household in 10 %.
    private func makeGroups(towns: [Municipality], seekers: inout [Seeker],
                            random: inout SeededRandomNumberGenerator) -> [Group] {
        var available = Array(seekers.indices)
        var groups: [Group] = []
        for index in 0..<size.groups {
            let minSize = random.int(in: 4...8)
            let groupTowns = area(around: random.int(in: 0...(towns.count - 1)), towns: towns, extra: 0...1,
                                  random: &random)
            let minShare = Double(random.int(in: 0...3)) / 10
            var founders: [SeekerID] = []
            for _ in 0..<random.int(in: 1...3) where !available.isEmpty {
                let p = available.remove(at: random.int(in: 0...(available.count - 1)))
                seekers[p].municipalities = groupTowns
                seekers[p].maxRent = max(seekers[p].maxRent ?? 0, 1200)
                founders.append(seekers[p].id)
            }
            let declines = random.chance(0.1) && !seekers.isEmpty
                ? [random.pick(seekers.map(\.id))].filter { !founders.contains($0) } : []
            groups.append(Group(
                id: GroupID("g\(index + 1)"),
                name: "Group \(index + 1)",
                minSize: minSize,
                maxSize: minSize + random.int(in: 3...8),
                founders: founders,
                municipalities: groupTowns,
                acceptsCare: random.chance(0.6) ? random.sample(Self.careTypes, count: random.int(in: 1...2)) : nil,
                careShare: Group.CareShare(min: minShare, max: min(1, minShare + Double(random.int(in: 2...6)) / 10)),
                minGenerations: random.pick([(1, 0.3), (2, 0.5), (3, 0.2)]),
                supportRatio: random.chance(0.5) ? Double(random.int(in: 1...5)) / 10 : 0,
                needsCommonRoom: random.chance(0.5),
                values: random.sample(Self.tags, count: random.int(in: 1...3)),
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

    /// Preferences: 0–3 groups, mostly among those in the household's towns;
    /// an excluded group for 5 %.
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
            seekers[p].preferences = random.sample(pool, count: random.int(in: 0...3))
            if random.chance(0.05), let excluded = groups.map(\.id).first(where: { !seekers[p].preferences.contains($0) }) {
                seekers[p].excludes = [excluded]
            }
        }
    }

    /// Together: about 3 % of households are a VG household paired with a
    /// parent household (same towns); apart: about 2 % of households name another.
    private func addTogetherAndApart(to seekers: inout [Seeker], random: inout SeededRandomNumberGenerator) {
        let pairs = seekers.count * 3 / 200
        let children = seekers.indices.filter { seekers[$0].care?.type == "VG" }
        var parents = seekers.indices.filter { seekers[$0].care == nil && seekers[$0].generations.contains("adult") }
        for child in random.sample(children, count: pairs) where !parents.isEmpty {
            let parent = parents.remove(at: random.int(in: 0...(parents.count - 1)))
            seekers[child].together = [seekers[parent].id]
            seekers[parent].municipalities = seekers[child].municipalities
        }
        for _ in 0..<(seekers.count / 50) where seekers.count > 1 {
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
