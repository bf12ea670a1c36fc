import HousingMatch
import Wording

/// The match as rows, one per household, in the order a reader expects:
/// the groups that form in the scenario's order, each with its members, then
/// the households without a place with the library's checked reason.
public struct MatchRows: Sendable {
    /// A group that forms, with its site and its members' rows.
    public struct GroupRows: Sendable {
        public var group: Group
        public var site: Site
        public var formed: FormedGroup
        public var rows: [HouseholdRow]
    }

    public let scenario: Scenario
    public let options: ExportOptions
    /// Every household once.
    public let rows: [HouseholdRow]
    /// The groups that form, in the scenario's order.
    public let groups: [GroupRows]
    /// Groups that do not form, in the scenario's order.
    public let groupsNotFormed: [Group]

    /// The rows of `result`, a match of `scenario` whose reasons were checked
    /// (``MatchResult/withCheckedReasons(of:options:)``) so that they can be said in any language.
    public init(scenario: Scenario, result: MatchResult, options: ExportOptions) {
        self.scenario = scenario
        self.options = options
        let seekers = Dictionary(scenario.seekers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sites = Dictionary(scenario.sites.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let providers = Dictionary(scenario.providers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let formedByID = Dictionary(result.match.groups.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let founders = Set(scenario.groups.flatMap(\.founders))

        func row(for id: SeekerID) -> HouseholdRow {
            var row = HouseholdRow(household: id, name: options.names[id], isFounder: founders.contains(id))
            if options.withCareDetails, let care = seekers[id]?.care {
                row.careType = care.type
                row.careHours = care.hours
            }
            return row
        }

        var groupRows: [GroupRows] = []
        var notFormed: [Group] = []
        var placed: Set<SeekerID> = []
        for group in scenario.groups {
            guard let formed = formedByID[group.id], let site = sites[formed.site] else {
                notFormed.append(group)
                continue
            }
            let members: [HouseholdRow] = formed.members.filter { placed.insert($0).inserted }.map { id in
                var member = row(for: id)
                member.group = group
                member.site = site
                if let careType = seekers[id]?.care?.type {
                    let serving = formed.care.filter { $0.careType == careType && $0.clients > 0 }.map(\.provider)
                    member.providers = Array(Set(serving)).sorted { $0.rawValue < $1.rawValue }.compactMap { providers[$0] }
                }
                return member
            }
            groupRows.append(GroupRows(group: group, site: site, formed: formed, rows: members))
        }

        let mask = CareWordMask(scenario: scenario, language: options.language)
        let reasons = Dictionary(result.unassigned.map { ($0.seeker, $0) }, uniquingKeysWith: { first, _ in first })
        let unplaced: [HouseholdRow] = scenario.seekers.filter { !placed.contains($0.id) }.map { seeker in
            var unplacedRow = row(for: seeker.id)
            if let reason = reasons[seeker.id] {
                // The library's sentence keeps care types back by itself; stored words go through the mask.
                unplacedRow.reason = reason.sentence?.text(in: options.language, showingCare: options.withCareDetails)
                    ?? (options.withCareDetails ? reason.reason : mask.masked(reason.reason))
            }
            return unplacedRow
        }
        groups = groupRows
        groupsNotFormed = notFormed
        rows = groupRows.flatMap(\.rows) + unplaced
    }

    /// The rows of the households without a place.
    public var unplaced: ArraySlice<HouseholdRow> { rows[groups.reduce(0) { $0 + $1.rows.count }...] }
}
