import Wording

extension Scenario {
    /// Every problem that makes this scenario invalid under MODEL.md, in file order.
    ///
    /// File order is the order of MODEL.md's example: `weights`, then each
    /// seeker, group, site and provider in turn, each entry's keys in the order
    /// the example writes them and each list by position. Only what the
    /// contract refuses is listed. A scenario whose rules cannot all be met (a
    /// founder whom the group's own rules keep out, a care type no provider
    /// offers) is valid: solving it answers with reasons.
    public func validationIssues() -> [ValidationIssue] {
        var report = ValidationReport(seekerIDs: Set(seekers.map(\.id)), groupIDs: Set(groups.map(\.id)))

        report.checkRange(weights.preference, .weight, at: "weights.preference")
        report.checkRange(weights.values, .weight, at: "weights.values")

        var firstSeeker: [SeekerID: Int] = [:]
        for (index, seeker) in seekers.enumerated() {
            let path = "seekers[\(index)]"
            report.checkUnique(seeker.id, index: index, side: "seekers", firstIndex: &firstSeeker)
            report.check(seeker, at: path)
        }
        var firstGroup: [GroupID: Int] = [:]
        for (index, group) in groups.enumerated() {
            let path = "groups[\(index)]"
            report.checkUnique(group.id, index: index, side: "groups", firstIndex: &firstGroup)
            report.check(group, at: path)
        }
        var firstSite: [SiteID: Int] = [:]
        for (index, site) in sites.enumerated() {
            report.checkUnique(site.id, index: index, side: "sites", firstIndex: &firstSite)
            report.check(site, at: "sites[\(index)]")
        }
        var firstProvider: [ProviderID: Int] = [:]
        for (index, provider) in providers.enumerated() {
            report.checkUnique(provider.id, index: index, side: "providers", firstIndex: &firstProvider)
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

/// Collects issues in file order; one method per kind of check keeps the rules readable.
///
/// A comparison with a value that is itself refused (`minSize` against a
/// negative `maxSize`) is skipped: the one real problem is listed once, not
/// echoed by its consequences.
private struct ValidationReport {
    let seekerIDs: Set<SeekerID>
    let groupIDs: Set<GroupID>
    var issues: [ValidationIssue] = []
    /// The group each seeker founds, in the order groups are read.
    private var founderOf: [SeekerID: GroupID] = [:]

    init(seekerIDs: Set<SeekerID>, groupIDs: Set<GroupID>) {
        self.seekerIDs = seekerIDs
        self.groupIDs = groupIDs
    }

    mutating func add(_ path: String, _ message: Message, _ values: Sentence.Value...) {
        issues.append(ValidationIssue(path: path, sentence: Sentence(message, values: values)))
    }

    mutating func add(_ path: String, _ sentence: Sentence) {
        issues.append(ValidationIssue(path: path, sentence: sentence))
    }

    /// A value as the message shows it: a number in the reader's language, or as written when it is none.
    private func shown(_ value: Double) -> Sentence.Value {
        value.isFinite && abs(value) < 1e15 ? .number(value) : .plain(formatted(value))
    }

    private func quoted(_ text: String) -> Sentence.Value { .plain(quotedForMessage(text)) }

    /// Checks an entry's id against the id rule and the ids before it on its side.
    mutating func checkUnique<T>(_ id: Identifier<T>, index: Int, side: String,
                                 firstIndex: inout [Identifier<T>: Int]) {
        if let problem = IdentifierRule.problemSentence(with: id.rawValue) {
            add("\(side)[\(index)].id", problem)
        } else if let first = firstIndex[id] {
            add("\(side)[\(index)].id", ValidationWords.duplicateID, quoted(id.rawValue), .plain("\(side)[\(first)]"))
        } else {
            firstIndex[id] = index
        }
    }

    /// Checks a number against its range, saying which side it falls off.
    mutating func checkRange(_ value: Double, _ range: ValueRange, at path: String) {
        checkRange(value, shown: shown(value), range, at: path)
    }

    mutating func checkRange(_ value: Int, _ range: ValueRange, at path: String) {
        checkRange(Double(value), shown: count(value), range, at: path)
    }

    private mutating func checkRange(_ value: Double, shown: Sentence.Value, _ range: ValueRange, at path: String) {
        if !value.isFinite {
            add(path, ValidationWords.notFinite, shown)
        } else if value < range.lowest {
            if range.lowest == 0 {
                add(path, ValidationWords.negative, shown)
            } else {
                add(path, ValidationWords.atLeast, .number(range.lowest), shown)
            }
        } else if !range.contains(value) {
            add(path, ValidationWords.outOfRange, .sentence(range.requirementSentence), shown)
        }
    }

    mutating func checkReference<T>(_ id: Identifier<T>, at path: String,
                                    known: Set<Identifier<T>>, kind: String) {
        guard !known.contains(id) else { return }
        switch kind {
        case "group": add(path, ValidationWords.noGroupWithID, quoted(id.rawValue))
        case "seeker": add(path, ValidationWords.noSeekerWithID, quoted(id.rawValue))
        default: add(path, ValidationWords.noEntryWithID, .plain(kind), quoted(id.rawValue))
        }
    }

    mutating func checkReferences<T>(_ ids: [Identifier<T>], at path: String,
                                     known: Set<Identifier<T>>, kind: String) {
        for (position, id) in ids.enumerated() {
            checkReference(id, at: "\(path)[\(position)]", known: known, kind: kind)
        }
    }

    mutating func check(_ seeker: Seeker, at path: String) {
        if seeker.generations.isEmpty {
            add("\(path).generations", ValidationWords.noGeneration)
        }
        if let care = seeker.care { checkRange(care.hours, .weeklyHours, at: "\(path).care.hours") }
        if let maxRent = seeker.maxRent { checkRange(maxRent, .rent, at: "\(path).maxRent") }

        var seen: Set<GroupID> = []
        for (position, group) in seeker.preferences.enumerated() {
            let place = "\(path).preferences[\(position)]"
            checkReference(group, at: place, known: groupIDs, kind: "group")
            if !seen.insert(group).inserted { add(place, ValidationWords.listedTwice, quoted(group.rawValue)) }
        }
        checkReferences(seeker.excludes, at: "\(path).excludes", known: groupIDs, kind: "group")
        checkRange(seeker.supportHours, .weeklyHours, at: "\(path).supportHours")
        checkRange(seeker.priority, .priority, at: "\(path).priority")
        checkRelation(seeker.together, of: seeker.id, named: "together", at: "\(path).together")
        checkRelation(seeker.apart, of: seeker.id, named: "apart", at: "\(path).apart")
    }

    private mutating func checkRelation(_ others: [SeekerID], of seeker: SeekerID, named name: String,
                                        at path: String) {
        for (position, other) in others.enumerated() {
            let place = "\(path)[\(position)]"
            if other == seeker {
                add(place, ValidationWords.ownRelation, quoted(seeker.rawValue), .plain(name))
            } else {
                checkReference(other, at: place, known: seekerIDs, kind: "seeker")
            }
        }
    }

    mutating func check(_ group: Group, at path: String) {
        if !ValueRange.minimumSize.contains(group.minSize) {
            checkRange(group.minSize, .minimumSize, at: "\(path).minSize")
        } else if group.maxSize >= 0, group.minSize > group.maxSize {
            add("\(path).minSize", ValidationWords.mustNotExceed, "maxSize", count(group.maxSize), count(group.minSize))
        }
        checkRange(group.maxSize, .count, at: "\(path).maxSize")

        // A founder listed twice is one founder, not two.
        let founderCount = Set(group.founders).count
        if group.maxSize >= 0, founderCount > group.maxSize {
            add("\(path).founders", ValidationWords.tooManyFounders, count(founderCount), count(group.maxSize))
        }
        for (position, founder) in group.founders.enumerated() {
            let place = "\(path).founders[\(position)]"
            guard seekerIDs.contains(founder) else {
                add(place, ValidationWords.noSeekerWithID, quoted(founder.rawValue))
                continue
            }
            if let other = founderOf[founder], other != group.id {
                add(place, ValidationWords.foundsTwice, quoted(founder.rawValue), quoted(other.rawValue))
            } else {
                founderOf[founder] = group.id
            }
        }

        checkShare(group.careShare.min, at: "\(path).careShare.min")
        checkShare(group.careShare.max, at: "\(path).careShare.max")
        if isShare(group.careShare.min), isShare(group.careShare.max),
           group.careShare.min > group.careShare.max {
            add("\(path).careShare", ValidationWords.minAboveMax, shown(group.careShare.min), shown(group.careShare.max))
        }
        checkRange(group.minGenerations, .count, at: "\(path).minGenerations")
        checkRange(group.supportRatio, .weeklyHours, at: "\(path).supportRatio")
        checkReferences(group.declines, at: "\(path).declines", known: seekerIDs, kind: "seeker")
    }

    /// A whole number in the reader's language; one too large for a double exactly as written.
    private func count(_ value: Int) -> Sentence.Value {
        value.magnitude < 1_000_000_000_000_000 ? .number(Double(value)) : .plain(String(value))
    }

    private func isShare(_ value: Double) -> Bool { value.isFinite && value >= 0 && value <= 1 }

    mutating func checkShare(_ share: Double, at path: String) {
        if !isShare(share) {
            add(path, ValidationWords.share, shown(share))
        }
    }

    mutating func check(_ site: Site, at path: String) {
        checkRange(site.units, .count, at: "\(path).units")
        checkRange(site.accessibleUnits, .count, at: "\(path).accessibleUnits")
        if site.units >= 0, site.accessibleUnits > site.units {
            add("\(path).accessibleUnits", ValidationWords.mustNotExceed, "units", count(site.units), count(site.accessibleUnits))
        }
        checkRange(site.rent, .rent, at: "\(path).rent")
    }

    mutating func check(_ provider: CareProvider, at path: String) {
        checkRange(provider.capacity, .count, at: "\(path).capacity")
        checkRange(provider.minClientsPerSite, .count, at: "\(path).minClientsPerSite")
        if let maximum = provider.maxClientsPerSite {
            if maximum >= 0, provider.minClientsPerSite > maximum {
                add("\(path).minClientsPerSite", ValidationWords.mustNotExceed, "maxClientsPerSite", count(maximum),
                    count(provider.minClientsPerSite))
            }
            checkRange(maximum, .count, at: "\(path).maxClientsPerSite")
        }
    }
}

/// A number as people write it: 950 rather than 950.0.
func formatted(_ value: Double) -> String {
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
}
