import Wording

/// One rule or fact of a scenario, named in the explanation of an infeasible
/// scenario: one of a smallest set that cannot all hold together.
///
/// The set says only that its members cannot all hold together; loosening one
/// of them need not fix the whole scenario (other rules may then conflict).
/// What one change does is in ``tried``, found by solving it.
public struct ConflictingRule: Sendable, Equatable, Hashable, Codable {
    /// What kind of rule or fact it is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        // The group's own rules.
        case mustForm, minimumSize, maximumSize, founder, groupTowns, commonRoom, acceptedCare,
             careShareMinimum, careShareMaximum, generations, support, declines
        // The household's wishes and needs (of founders and those who must come along).
        case householdTowns, rentLimit, excludes, accessibleNeed, careNeed, together, apart
        // What a site offers.
        case dwellings, accessibleDwellings, rent, noCommonRoom
        // What a care provider offers.
        case providerCapacity, providerMinimum, providerMaximum, providerTowns
    }

    public var kind: Kind
    /// The ids the rule is about: a group, a household, a site, a provider, or two of them.
    public var subjects: [String]
    /// The rule in words: "g2 (Hofje aan de Laan) must form", "s3 (Houten) has 4 dwellings".
    public var statement: String
    /// This rule changed on its own on the scenario as it is, and what a solve
    /// of that scenario gave; `nil` when it was not tried (a what-if question's
    /// conflict, no time left, or a solve of the change that failed).
    public var tried: ConflictTrial?

    /// ``statement`` as a catalogue sentence, to say it in any language; `nil` when read from a file.
    public var sentence: Sentence?

    public init(kind: Kind, subjects: [String], statement: String, tried: ConflictTrial? = nil) {
        self.kind = kind
        self.subjects = subjects
        self.statement = statement
        self.tried = tried
    }

    /// A rule worded from the catalogue; its English is the ``statement``.
    public init(kind: Kind, subjects: [String], sentence: Sentence, tried: ConflictTrial? = nil) {
        self.init(kind: kind, subjects: subjects, statement: sentence.text(in: .en), tried: tried)
        self.sentence = sentence
    }

    /// The rule in `language`: "g2 (Hofje aan de Laan) moet ontstaan".
    public func text(in language: Language) -> String {
        sentence?.text(in: language) ?? statement
    }

    /// The rule as a sentence, for sentences that name it.
    var clause: Sentence { sentence ?? Sentence(value: .plain(statement)) }

    private enum CodingKeys: String, CodingKey {
        case kind, subjects, statement, tried
    }

    public static func == (left: ConflictingRule, right: ConflictingRule) -> Bool {
        left.kind == right.kind && left.subjects == right.subjects && left.statement == right.statement
            && left.tried == right.tried
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(subjects)
        hasher.combine(statement)
        hasher.combine(tried)
    }
}
