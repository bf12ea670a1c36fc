extension MatchChecker {
    /// A match read against its scenario: the groups that form, with their
    /// members and care, and the groups each seeker joins.
    ///
    /// What cannot be read is left out here and reported as malformed elsewhere:
    /// entries for unknown groups, unknown seekers, care arrangements without
    /// clients or with more than a count may be (so that sums cannot overflow). A group listed more than once is merged into one, checked at the
    /// site of its first entry, so that its members are not mistaken for members
    /// of two groups; listing it twice is reported under rule 1.
    struct ResolvedMatch {
        /// A group that forms, with what the match gives it.
        struct FormingGroup {
            let group: Group
            /// The site of the group's first entry in the match.
            let siteID: SiteID
            /// That site, or `nil` when the scenario has no such site.
            let site: Site?
            /// Known seekers, each once, in the order the match lists them.
            fileprivate(set) var members: [Seeker]
            /// Care arrangements with 1 to 10,000 clients.
            fileprivate(set) var care: [CareArrangement]
        }

        /// Forming groups in the order the match first lists them.
        private(set) var formingGroups: [FormingGroup] = []
        private var positionOfGroup: [GroupID: Int] = [:]
        private var groupsOfSeeker: [SeekerID: [GroupID]] = [:]

        init(_ match: Match, lookup: Lookup) {
            for entry in match.groups {
                guard let group = lookup.groups[entry.id] else { continue }
                let position: Int
                if let known = positionOfGroup[entry.id] {
                    position = known
                } else {
                    position = startGroup(group, at: entry.site, lookup: lookup)
                }
                for seekerID in entry.members {
                    guard let seeker = lookup.seekers[seekerID],
                        !formingGroups[position].members.contains(where: { $0.id == seekerID })
                    else { continue }
                    formingGroups[position].members.append(seeker)
                    groupsOfSeeker[seekerID, default: []].append(group.id)
                }
                formingGroups[position].care += entry.care.filter { $0.clients > 0 && ValueRange.count.contains($0.clients) }
            }
        }

        /// The forming group with this id, if it forms.
        func formingGroup(_ id: GroupID) -> FormingGroup? {
            positionOfGroup[id].map { formingGroups[$0] }
        }

        /// Whether the group takes a site in this match.
        func forms(_ id: GroupID) -> Bool { positionOfGroup[id] != nil }

        /// The groups a seeker joins, in match order; empty when the seeker is unhoused.
        func groups(of seeker: SeekerID) -> [GroupID] { groupsOfSeeker[seeker] ?? [] }

        private mutating func startGroup(_ group: Group, at siteID: SiteID, lookup: Lookup) -> Int {
            let forming = FormingGroup(
                group: group, siteID: siteID, site: lookup.sites[siteID], members: [], care: [])
            formingGroups.append(forming)
            positionOfGroup[group.id] = formingGroups.count - 1
            return formingGroups.count - 1
        }
    }
}
