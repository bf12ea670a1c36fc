extension Scenario {
    /// Every problem that makes this scenario invalid under MODEL.md, in file order.
    ///
    /// Only what the contract refuses is listed. A scenario whose rules cannot
    /// all be met (a founder whom the group's own rules keep out, a care type
    /// no provider offers) is valid: solving it answers with reasons.
    public func validationIssues() -> [ValidationIssue] {
        var report = ValidationReport()
        let seekerIDs = Set(seekers.map(\.id))
        let groupIDs = Set(groups.map(\.id))

        report.checkUnique(seekers.map(\.id.rawValue), side: "seekers")
        report.checkUnique(groups.map(\.id.rawValue), side: "groups")
        report.checkUnique(sites.map(\.id.rawValue), side: "sites")
        report.checkUnique(providers.map(\.id.rawValue), side: "providers")

        report.checkNonNegative(weights.preference, at: "weights.preference")
        report.checkNonNegative(weights.values, at: "weights.values")

        for (index, seeker) in seekers.enumerated() {
            report.check(seeker, at: "seekers[\(index)]", seekerIDs: seekerIDs, groupIDs: groupIDs)
        }
        var founderOf: [SeekerID: GroupID] = [:]
        for (index, group) in groups.enumerated() {
            let path = "groups[\(index)]"
            report.check(group, at: path, seekerIDs: seekerIDs)
            for (position, founder) in group.founders.enumerated() {
                if let other = founderOf[founder], other != group.id {
                    report.add("\(path).founders[\(position)]",
                               "\(founder) already founds group \(other); a seeker founds at most one group")
                }
                founderOf[founder] = founderOf[founder] ?? group.id
            }
        }
        for (index, site) in sites.enumerated() {
            report.check(site, at: "sites[\(index)]")
        }
        for (index, provider) in providers.enumerated() {
            report.check(provider, at: "providers[\(index)]")
        }
        return report.issues
    }

    /// Throws ``ScenarioValidationError`` listing every problem, if there are any.
    public func validate() throws(ScenarioValidationError) {
        let issues = validationIssues()
        if !issues.isEmpty { throw ScenarioValidationError(issues: issues) }
    }
}

/// Collects issues; one method per kind of check keeps the rules readable.
private struct ValidationReport {
    var issues: [ValidationIssue] = []

    mutating func add(_ path: String, _ message: String) {
        issues.append(ValidationIssue(path: path, message: message))
    }

    mutating func checkUnique(_ ids: [String], side: String) {
        var firstIndex: [String: Int] = [:]
        for (index, id) in ids.enumerated() {
            if let first = firstIndex[id] {
                add("\(side)[\(index)].id", "duplicate id \"\(id)\" (also \(side)[\(first)])")
            } else {
                firstIndex[id] = index
            }
        }
    }

    mutating func checkNonNegative(_ value: Double, at path: String) {
        if !value.isFinite {
            add(path, "must be a finite number (got \(value))")
        } else if value < 0 {
            add(path, "must not be negative (got \(formatted(value)))")
        }
    }

    mutating func checkNonNegative(_ value: Int, at path: String) {
        if value < 0 { add(path, "must not be negative (got \(value))") }
    }

    mutating func checkReferences<T>(_ ids: [Identifier<T>], at path: String,
                                     known: Set<Identifier<T>>, kind: String) {
        for (position, id) in ids.enumerated() where !known.contains(id) {
            add("\(path)[\(position)]", "no \(kind) has id \"\(id)\"")
        }
    }

    mutating func check(_ seeker: Seeker, at path: String,
                        seekerIDs: Set<SeekerID>, groupIDs: Set<GroupID>) {
        if seeker.generations.isEmpty {
            add("\(path).generations", "must list at least one generation")
        }
        if let care = seeker.care { checkNonNegative(care.hours, at: "\(path).care.hours") }
        if let maxRent = seeker.maxRent { checkNonNegative(maxRent, at: "\(path).maxRent") }
        checkNonNegative(seeker.supportHours, at: "\(path).supportHours")
        checkNonNegative(seeker.priority, at: "\(path).priority")

        checkReferences(seeker.preferences, at: "\(path).preferences", known: groupIDs, kind: "group")
        checkReferences(seeker.excludes, at: "\(path).excludes", known: groupIDs, kind: "group")
        checkReferences(seeker.together, at: "\(path).together", known: seekerIDs, kind: "seeker")
        checkReferences(seeker.apart, at: "\(path).apart", known: seekerIDs, kind: "seeker")

        var seen: Set<GroupID> = []
        for (position, group) in seeker.preferences.enumerated() where !seen.insert(group).inserted {
            add("\(path).preferences[\(position)]", "group \"\(group)\" is listed twice")
        }
        for (position, other) in seeker.together.enumerated() where other == seeker.id {
            add("\(path).together[\(position)]", "a seeker cannot be listed in its own together")
        }
        for (position, other) in seeker.apart.enumerated() where other == seeker.id {
            add("\(path).apart[\(position)]", "a seeker cannot be listed in its own apart")
        }
    }

    mutating func check(_ group: Group, at path: String, seekerIDs: Set<SeekerID>) {
        if group.minSize < 1 {
            add("\(path).minSize", "must be at least 1 (got \(group.minSize))")
        } else if group.minSize > group.maxSize {
            add("\(path).minSize", "must not exceed maxSize \(group.maxSize) (got \(group.minSize))")
        }
        checkNonNegative(group.maxSize, at: "\(path).maxSize")
        let founderCount = Set(group.founders).count
        if founderCount > group.maxSize {
            add("\(path).founders", "\(founderCount) founders, more than maxSize \(group.maxSize)")
        }
        checkNonNegative(group.minGenerations, at: "\(path).minGenerations")
        checkNonNegative(group.supportRatio, at: "\(path).supportRatio")
        checkShare(group.careShare.min, at: "\(path).careShare.min")
        checkShare(group.careShare.max, at: "\(path).careShare.max")
        if group.careShare.min > group.careShare.max {
            add("\(path).careShare",
                "min \(formatted(group.careShare.min)) is above max \(formatted(group.careShare.max))")
        }
        checkReferences(group.founders, at: "\(path).founders", known: seekerIDs, kind: "seeker")
        checkReferences(group.declines, at: "\(path).declines", known: seekerIDs, kind: "seeker")
    }

    mutating func checkShare(_ share: Double, at path: String) {
        if !share.isFinite || share < 0 || share > 1 {
            add(path, "must be a share between 0 and 1 (got \(formatted(share)))")
        }
    }

    mutating func check(_ site: Site, at path: String) {
        checkNonNegative(site.units, at: "\(path).units")
        checkNonNegative(site.accessibleUnits, at: "\(path).accessibleUnits")
        checkNonNegative(site.rent, at: "\(path).rent")
        if site.accessibleUnits > site.units {
            add("\(path).accessibleUnits",
                "must not exceed units \(site.units) (got \(site.accessibleUnits))")
        }
    }

    mutating func check(_ provider: CareProvider, at path: String) {
        checkNonNegative(provider.capacity, at: "\(path).capacity")
        checkNonNegative(provider.minClientsPerSite, at: "\(path).minClientsPerSite")
        if let maximum = provider.maxClientsPerSite {
            checkNonNegative(maximum, at: "\(path).maxClientsPerSite")
            if provider.minClientsPerSite > maximum {
                add("\(path).minClientsPerSite",
                    "must not exceed maxClientsPerSite \(maximum) (got \(provider.minClientsPerSite))")
            }
        }
    }
}

/// A number as people write it: 950 rather than 950.0.
func formatted(_ value: Double) -> String {
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
}
