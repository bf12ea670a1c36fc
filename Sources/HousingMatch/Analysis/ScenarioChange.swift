import Wording

/// One change a variant makes to its base, in words and by entry, for reports.
///
/// `ScenarioIO` makes these from a variant file's changes; a report can name
/// the entry ("Adding site s8 (De Nieuwe Hof)") or show ``text`` as it is.
public struct ScenarioChange: Sendable, Equatable, Codable {
    /// What is done to the entry.
    public enum Kind: String, Sendable, Equatable, Codable {
        case add, remove, modify
        /// A weight of the second objective changes; there is no entry.
        case weight
    }

    public var kind: Kind
    /// The kind of entry: `seeker`, `group`, `site` or `provider`; `nil` for a weight.
    public var entry: String?
    /// The entry's id; `nil` for a weight.
    public var id: String?
    /// The entry's name, when it has one.
    public var name: String?
    /// The change in words: `adds site s8`, `provider c1: capacity 12 -> 6`.
    public var text: String
    /// The same as a sentence, to say it in any language; `nil` for one read from a file.
    public var sentence: Sentence?

    public init(kind: Kind, entry: String? = nil, id: String? = nil, name: String? = nil, text: String) {
        self.kind = kind
        self.entry = entry
        self.id = id
        self.name = name
        self.text = text
    }

    /// A change told as a sentence; its English is the ``text``.
    public init(kind: Kind, entry: String? = nil, id: String? = nil, name: String? = nil, sentence: Sentence) {
        self.init(kind: kind, entry: entry, id: id, name: name, text: sentence.text(in: .en))
        self.sentence = sentence
    }

    /// The change in `language`: "verwijdert woonplek s1".
    public func text(in language: Language) -> String { sentence?.text(in: language) ?? text }

    private enum CodingKeys: String, CodingKey { case kind, entry, id, name, text }

    /// Equal when they say the same (English) words about the same entry.
    public static func == (left: ScenarioChange, right: ScenarioChange) -> Bool {
        left.kind == right.kind && left.entry == right.entry && left.id == right.id && left.name == right.name
            && left.text == right.text
    }
}
