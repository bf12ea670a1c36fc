import Wording

/// An entry of a valid scenario that can never take part in any match: a care
/// provider that can never serve, a group that can never form, a household that
/// can never be housed.
///
/// Such a scenario is valid and solves (MODEL.md refuses only what it lists);
/// these are warnings, so that whoever wrote the entry learns early, by its path
/// and in words, why it will stay empty. Each is found from the scenario's own
/// numbers alone, and holds whatever the rest of the match is.
public struct DeadEntry: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// Why the entry can never take part.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A provider needs more clients at one site than it may serve, or than any site in its towns can hold.
        case providerCannotServe
        /// A provider serves no town that has a site.
        case providerHasNoSite
        /// No site the group may take (its towns, a common room) exists.
        case groupHasNoSite
        /// The group's minimum size (or its founders) exceeds the dwellings of every site it may take.
        case groupTooLargeForSites
        /// Fewer households could ever join the group than its minimum size.
        case groupTooFewPossibleMembers
        /// The group needs more generations than all households together have.
        case groupNeedsMoreGenerations
        /// The group needs care-needing members but no household it accepts has a care need
        /// that a provider can serve.
        case groupNeedsCareNobodyBrings
        /// A founder of the group can never be one of its members, so the group can never form.
        case founderNeverFits
        /// No care provider offers, or can ever serve, the household's care type.
        case careTypeNotServed
        /// No group accepts the household's care type.
        case careTypeNotAccepted
        /// No site suits the household: its towns, its maximum rent, an accessible dwelling.
        case seekerHasNoSite
    }

    public var kind: Kind
    /// Where the entry is in the scenario file: `providers[3].minClientsPerSite`.
    public var path: String
    /// The id of the entry that can never take part.
    public var entry: String
    /// What is wrong, in words a founder or provider can act on: the English `validate` prints.
    public var message: String
    /// The same as a sentence, to say it in any language; kept out of JSON, which holds ``message``.
    public var sentence: Sentence

    public init(kind: Kind, path: String, entry: String, message: String) {
        self.kind = kind
        self.path = path
        self.entry = entry
        self.message = message
        self.sentence = Sentence(value: .plain(message))
    }

    public init(kind: Kind, path: String, entry: String, sentence: Sentence) {
        self.init(kind: kind, path: path, entry: entry, message: sentence.text(in: .en))
        self.sentence = sentence
    }

    /// The message in `language`.
    public func message(in language: Language) -> String { sentence.text(in: language) }

    private enum CodingKeys: String, CodingKey { case kind, path, entry, message }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(kind: try c.decode(Kind.self, forKey: .kind), path: try c.decode(String.self, forKey: .path),
                  entry: try c.decode(String.self, forKey: .entry), message: try c.decode(String.self, forKey: .message))
    }

    /// Two warnings are the same when they say the same (English) words about the same entry.
    public static func == (lhs: DeadEntry, rhs: DeadEntry) -> Bool {
        lhs.kind == rhs.kind && lhs.path == rhs.path && lhs.entry == rhs.entry && lhs.message == rhs.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(path)
        hasher.combine(entry)
        hasher.combine(message)
    }

    public var description: String { "\(path): \(message)" }
}
