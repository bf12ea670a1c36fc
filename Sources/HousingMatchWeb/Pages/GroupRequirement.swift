import HousingMatch
import Wording

/// A requirement of a group that its founders could drop, as the group page
/// offers it in one click: the group's scenario entry without it, on a copy
/// of the scenario that is never saved. The raw value is the form's value.
enum GroupRequirement: String, CaseIterable, Sendable {
    case commonRoom = "gemeenschappelijke-ruimte"
    case generations = "generaties"
    case careShare = "zorgaandeel"
    case careTypes = "zorgsoorten"
    case towns = "gemeenten"
    case minimumSize = "minimale-omvang"
    case support = "steun"

    /// The requirements `group` has, in the order the page lists them.
    static func of(_ group: Group) -> [GroupRequirement] {
        allCases.filter { $0.isHeld(by: group) }
    }

    func isHeld(by group: Group) -> Bool {
        switch self {
        case .commonRoom: group.needsCommonRoom
        case .generations: group.minGenerations > 1
        case .careShare: group.careShare.min > 0 || group.careShare.max < 1
        case .careTypes: group.acceptsCare != nil
        case .towns: !group.municipalities.isEmpty
        case .minimumSize: group.minSize > Self.smallestSize(of: group)
        case .support: group.supportRatio > 0
        }
    }

    /// The scenario with this requirement dropped from group `id`, or `nil`
    /// when the scenario has no such group or the group no such requirement.
    func dropped(from scenario: Scenario, group id: GroupID) -> Scenario? {
        guard let g = scenario.groups.firstIndex(where: { $0.id == id }), isHeld(by: scenario.groups[g]) else { return nil }
        var changed = scenario
        switch self {
        case .commonRoom: changed.groups[g].needsCommonRoom = false
        case .generations: changed.groups[g].minGenerations = 1
        case .careShare: changed.groups[g].careShare = Group.CareShare(min: 0, max: 1)
        case .careTypes: changed.groups[g].acceptsCare = nil
        case .towns: changed.groups[g].municipalities = []
        case .minimumSize: changed.groups[g].minSize = Self.smallestSize(of: changed.groups[g])
        case .support: changed.groups[g].supportRatio = 0
        }
        return changed
    }

    /// The fewest members a group could start with: its founders, and at least one.
    static func smallestSize(of group: Group) -> Int {
        max(1, group.founders.count)
    }

    /// The button's words, with the requirement as it is now.
    func label(for group: Group, _ context: PageContext) -> String {
        let numbers = context.numbers
        return switch self {
        case .commonRoom: context.text(GroupWords.dropCommonRoom)
        case .generations: context.text(GroupWords.dropGenerations, group.minGenerations)
        case .careShare: context.text(GroupWords.dropCareShare, numbers.percent(group.careShare.min), numbers.percent(group.careShare.max))
        case .careTypes: context.text(GroupWords.dropCareTypes)
        case .towns: context.text(GroupWords.dropTowns, ListWording.joined(group.municipalities, in: context.language))
        case .minimumSize: context.text(GroupWords.dropMinimumSize, Self.smallestSize(of: group), group.minSize)
        case .support: context.text(GroupWords.dropSupport)
        }
    }
}

/// What dropping one requirement of a group brings, against the current match.
struct RequirementOutcome: Sendable {
    let requirement: GroupRequirement
    let group: GroupID
    /// The re-solve on the changed copy, seen from the group.
    let trial: TrialOutcome
}
