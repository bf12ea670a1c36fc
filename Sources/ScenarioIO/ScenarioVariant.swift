import HousingMatch
import Wording

/// A what-if: a scenario described as a base scenario and a list of changes.
///
/// A variant file names its `base` (a scenario file, or another variant) and
/// lists what to `remove`, `modify` and `add` per side, and which `weights` to
/// replace. ``ScenarioLoader/loadVariant(path:)`` reads one, applies the
/// changes in that order and validates the result, which is ``scenario``.
/// Nothing is written: the base file stays as it is.
public struct ScenarioVariant: Sendable, Equatable {
    /// One side of a scenario, as the keys of a file name them.
    public enum Side: String, Sendable, CaseIterable {
        case seekers, groups, sites, providers

        /// One entry of the side in words: `seeker`, `group`, `site`, `provider`.
        public var singular: String {
            switch self {
            case .seekers: "seeker"
            case .groups: "group"
            case .sites: "site"
            case .providers: "provider"
            }
        }
    }

    /// One change a variant makes to its base, for reports and comparisons.
    public enum Change: Sendable, Equatable, CustomStringConvertible {
        /// A whole new entry.
        case add(Side, id: String)
        /// An entry removed.
        case remove(Side, id: String)
        /// A key of an entry changed: `key` is a path inside the entry (`maxRent`,
        /// `care.hours`); values are written as in a YAML file, `nil` when not set.
        case modify(Side, id: String, key: String, from: String?, to: String?)
        /// A weight of the second objective changed (`preference` or `values`); `nil` when not set.
        case weight(key: String, from: String?, to: String?)

        /// The change in words: `adds site s8`, `provider c1: capacity 12 -> 6` (``sentence`` in English).
        public var description: String { sentence.text(in: .en) }
    }

    /// The variant file, as its path was given.
    public var path: String
    /// The base file, as a path from where ``path`` is relative to (the variant file's
    /// folder joined with the `base` it names).
    public var base: String
    /// The scenario's name: the variant's `name`, or `<base name> (variant <file name>)`.
    public var name: String
    /// What the variant models, in the file's own words (its `description`).
    public var description: String?
    /// This file's own changes, in the order they are applied: removals, modifications,
    /// additions, weights. A base that is itself a variant has its own list.
    public var changes: [Change]
    /// The base with the changes applied, validated.
    public var scenario: Scenario

    /// A variant as read from its file; ``ScenarioLoader/loadVariant(path:)`` makes them.
    public init(path: String, base: String, name: String, description: String?, changes: [Change],
                scenario: Scenario) {
        self.path = path
        self.base = base
        self.name = name
        self.description = description
        self.changes = changes
        self.scenario = scenario
    }
}
