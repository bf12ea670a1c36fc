/// Whether one scenario only takes options away from another, so that what
/// is proven of the other's matches holds for its own.
///
/// A what-if often only takes something away: a site is withdrawn, a
/// provider halves its capacity, a requirement is added. Every match that
/// meets the changed scenario's rules then meets the earlier one's, with the
/// same objective values (seekers, groups and weights are unchanged), so the
/// earlier optimum bounds the new one, and an earlier optimal match that is
/// still feasible is optimal again. The check is deliberately narrow: a
/// change it does not recognise as a restriction is treated as one that may
/// add options, which costs time and never an answer.
extension Scenario {
    /// Whether every match that meets this scenario's rules meets `earlier`'s,
    /// with the same objective values.
    ///
    /// True when seekers, groups and weights are the same; every site is one of
    /// `earlier`'s with at most as many dwellings and accessible dwellings, at
    /// least the rent, the same town and a common room only where it had one;
    /// and every provider is one of `earlier`'s with at most the care types,
    /// towns, capacity and clients per site, and at least the fewest clients
    /// per site. Names and owners may differ.
    public func isRestriction(of earlier: Scenario) -> Bool {
        guard weights == earlier.weights, seekers == earlier.seekers, groups == earlier.groups else { return false }
        let earlierSites = Dictionary(earlier.sites.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let earlierProviders = Dictionary(earlier.providers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return sites.allSatisfy { site in earlierSites[site.id].map(site.offersAtMost) ?? false }
            && providers.allSatisfy { provider in earlierProviders[provider.id].map(provider.offersAtMost) ?? false }
    }
}

extension Site {
    /// Whether any group and household this site can take, `other` can take too.
    func offersAtMost(_ other: Site) -> Bool {
        municipality == other.municipality && units <= other.units && accessibleUnits <= other.accessibleUnits
            && rent >= other.rent && (!commonRoom || other.commonRoom)
    }
}

extension CareProvider {
    /// Whether any care this provider can give, `other` can give too.
    func offersAtMost(_ other: CareProvider) -> Bool {
        let servesFewerTowns = other.municipalities.isEmpty
            || (!municipalities.isEmpty && Set(municipalities).isSubset(of: other.municipalities))
        return Set(careTypes).isSubset(of: other.careTypes) && servesFewerTowns
            && capacity <= other.capacity && minClientsPerSite >= other.minClientsPerSite
            && effectiveMaxClientsPerSite <= other.effectiveMaxClientsPerSite
    }
}
