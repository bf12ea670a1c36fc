/// A typed identifier, so that a seeker's id cannot be passed where a group's is meant.
///
/// Encoded as a plain string, the way scenario files write ids.
public struct Identifier<Subject>: Hashable, Sendable, Codable, Comparable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}

/// The id of a ``Seeker``.
public typealias SeekerID = Identifier<Seeker>
/// The id of a ``Group``.
public typealias GroupID = Identifier<Group>
/// The id of a ``Site``.
public typealias SiteID = Identifier<Site>
/// The id of a ``CareProvider``.
public typealias ProviderID = Identifier<CareProvider>

/// A kind of care, such as `elderly`, `VG` (intellectual disability) or `GGZ` (mental health).
///
/// Scenarios may name any care type; matching compares them as exact strings.
public typealias CareType = String

/// A generation label, such as `child`, `adult` or `senior`; compared as exact strings.
public typealias Generation = String

/// A municipality (town) name; compared as exact strings.
public typealias Municipality = String
