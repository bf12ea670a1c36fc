import Wording

/// One hard filter of MODEL.md that keeps a household out of a group, or out
/// of one of the group's possible sites, with its words.
///
/// The kind is for programs (a web front end can group or colour by it); the
/// text is for people. Neither names anything about a household beyond its
/// id, towns, rent limit and care type.
public struct HardFilterReason: Sendable, Equatable, Hashable, Codable {
    /// Which filter it is.
    public enum Kind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
        // Between the household and the group as a whole (rules 3, 5 and 6).
        /// The household lists the group in its `excludes`.
        case excluded
        /// The group's founders decline the household.
        case declined
        /// The group does not accept the household's care type.
        case careType
        /// The household founds another group, and founders join no other.
        case foundsAnotherGroup
        /// The group only lives in towns the household does not accept.
        case outsideTowns
        /// The group has no possible site at all (its founders, towns, size, common room).
        case groupCannotForm
        /// None of the group's possible sites suits the household (the site reasons say why).
        case noSuitableSite
        /// A household it must live with (`together`) cannot join the group.
        case togetherPartnerCannotJoin
        /// A founder of the group is a household it must live apart from (`apart`).
        case apartFromFounder
        // Between the household and one site (rules 5 and 8).
        /// The site's rent is above the household's `maxRent`.
        case rentAboveLimit
        /// The site is in a town the household does not accept.
        case townNotAccepted
        /// The household needs an accessible dwelling and the site has none.
        case noAccessibleDwelling
        /// No care provider of the household's care type serves the site's town.
        case noCareProvider
    }

    public var kind: Kind
    /// The reason in English words, such as "rent 900 above their limit of 850".
    public var text: String
    /// The reason as a catalogue sentence, to say it in any language; `nil` when read from a file.
    public var sentence: Sentence?

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }

    /// A reason built from the catalogue; its English is the ``text``.
    public init(kind: Kind, sentence: Sentence) {
        self.kind = kind
        self.text = sentence.text(in: .en)
        self.sentence = sentence
    }

    /// The reason in `language`: "huur € 900, meer dan de € 850 die het huishouden kan betalen".
    public func text(in language: Language) -> String {
        sentence?.text(in: language) ?? text
    }

    private enum CodingKeys: String, CodingKey {
        case kind, text
    }

    public static func == (left: HardFilterReason, right: HardFilterReason) -> Bool {
        left.kind == right.kind && left.text == right.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(text)
    }
}
