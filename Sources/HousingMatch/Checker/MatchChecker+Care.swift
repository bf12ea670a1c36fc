// Rule 8 of MODEL.md: who serves the care-needing members. It has the most
// parts of any rule, so it lives apart from the others.
extension MatchChecker {
    /// Every broken part of rule 8: coverage and suitability within each group,
    /// per-site bounds of each provider, and each provider's capacity overall.
    func careViolations(of resolved: ResolvedMatch) -> [RuleViolation] {
        resolved.formingGroups.flatMap { forming in
            coverageViolations(of: forming)
                + offerViolations(of: forming)
                + providerViolations(of: forming)
        }
            + capacityViolations(of: resolved)
    }

    /// For each care type, the clients arranged must equal the members with that
    /// type: fewer leaves members unserved, more serves phantom clients.
    ///
    /// Arrangements with a provider the scenario lacks still count here, because
    /// they are already reported as malformed and reporting their clients as
    /// missing too would say the same thing twice.
    private func coverageViolations(of forming: ResolvedMatch.FormingGroup) -> [RuleViolation] {
        let careTypes = Self.distinct(
            forming.members.compactMap { $0.care?.type } + forming.care.map(\.careType))
        return careTypes.flatMap { careType in
            let needing = forming.members.filter { $0.care?.type == careType }
            let served = forming.care.filter { $0.careType == careType }.reduce(0) { $0 + $1.clients }
            return coverageViolations(of: forming.group.id, careType, needing: needing, served: served)
        }
    }

    private func coverageViolations(
        of group: GroupID, _ careType: CareType, needing: [Seeker], served: Int
    ) -> [RuleViolation] {
        if served == 0 {
            // Nobody of this type is served, so each member can be named.
            return needing.map { seeker in
                let message = "\(seeker.id) (care type \(careType)) in \(group) is served by no provider"
                return RuleViolation(rule: .care, message: message, group: group, seeker: seeker.id)
            }
        }
        let message: String
        if served < needing.count {
            message =
                "\(group): \(Wording.count(needing.count, "member")) need care type \(careType), "
                + "but its care arrangements serve only \(served)"
        } else if served > needing.count {
            let needed =
                needing.isEmpty
                ? "no member needs it"
                : "only \(Wording.count(needing.count, "member")) \(needing.count == 1 ? "needs" : "need") it"
            message =
                "\(group): care arrangements serve \(Wording.count(served, "client")) of care type \(careType), "
                + "but \(needed)"
        } else {
            return []
        }
        return [RuleViolation(rule: .care, message: message, group: group)]
    }

    private func offerViolations(of forming: ResolvedMatch.FormingGroup) -> [RuleViolation] {
        forming.care.compactMap { arrangement in
            guard let provider = lookup.providers[arrangement.provider],
                !provider.careTypes.contains(arrangement.careType)
            else { return nil }
            let message =
                "\(provider.id) serves \(Wording.count(arrangement.clients, "member")) of \(forming.group.id) "
                + "with care type \(arrangement.careType), which \(provider.id) does not offer"
            return RuleViolation(rule: .care, message: message, group: forming.group.id)
        }
    }

    /// A provider's town and per-site bounds concern all its clients in the
    /// group together, whatever their care types.
    private func providerViolations(of forming: ResolvedMatch.FormingGroup) -> [RuleViolation] {
        let providers = Self.distinct(forming.care.map(\.provider)).compactMap { lookup.providers[$0] }
        return providers.flatMap { provider in
            let clients = forming.care.filter { $0.provider == provider.id }.reduce(0) { $0 + $1.clients }
            return providerMessages(provider, clients: clients, in: forming)
                .map { RuleViolation(rule: .care, message: $0, group: forming.group.id) }
        }
    }

    private func providerMessages(
        _ provider: CareProvider, clients: Int, in forming: ResolvedMatch.FormingGroup
    ) -> [String] {
        let serves = "\(provider.id) serves \(Wording.count(clients, "member")) of \(forming.group.id)"
        var messages: [String] = []
        if let site = forming.site, !Self.admits(provider.municipalities, site.municipality) {
            messages.append(
                "\(provider.id) serves members of \(forming.group.id) at \(Wording.label(site)) "
                    + "in \(site.municipality), a town \(provider.id) does not serve")
        }
        if clients < provider.minClientsPerSite {
            messages.append("\(serves), below its minimum of \(provider.minClientsPerSite) per site")
        }
        if clients > provider.effectiveMaxClientsPerSite {
            messages.append("\(serves), above its maximum of \(provider.effectiveMaxClientsPerSite) per site")
        }
        return messages
    }

    private func capacityViolations(of resolved: ResolvedMatch) -> [RuleViolation] {
        lookup.orderedProviders.compactMap { provider in
            let clients = resolved.formingGroups
                .flatMap(\.care)
                .filter { $0.provider == provider.id }
                .reduce(0) { $0 + $1.clients }
            guard clients > provider.capacity else { return nil }
            let message =
                "\(provider.id) serves \(Wording.count(clients, "client")) over all groups, "
                + "above its capacity of \(provider.capacity)"
            return RuleViolation(rule: .care, message: message)
        }
    }
}
