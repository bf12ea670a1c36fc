/// Saying a sentence without the care type it names: a household's care type
/// is health data, shown only when the reader asks for care details.
///
/// The library words a care type as a ``Sentence/Value/careType(_:)`` value
/// wherever it names one ("neemt geen VG aan", "no GGZ care provider serves
/// Zeist"), so one rule covers every reason, rule and finding: each such value
/// is said as "[zorgsoort]" / "[care type]" instead.
extension Sentence {
    /// The sentence with every care type said as ``CareDetailWords/hiddenCareType``.
    public var withoutCareTypes: Sentence {
        Sentence(message, values: values.map(\.withoutCareTypes))
    }

    /// The sentence in `language`; with `showingCare` false, its care types are kept back.
    public func text(in language: Language, showingCare: Bool) -> String {
        (showingCare ? self : withoutCareTypes).text(in: language)
    }
}

extension Sentence.Value {
    /// The value with its care types kept back; a list that then names "[zorgsoort]"
    /// twice ("VG of GGZ") names it once.
    public var withoutCareTypes: Sentence.Value {
        switch self {
        case .careType: .sentence(Sentence(CareDetailWords.hiddenCareType))
        case .plain, .number, .euros, .percent, .grouped, .decimal: self
        case .sentence(let sentence): .sentence(sentence.withoutCareTypes)
        case .and(let items): .and(Self.once(items.map(\.withoutCareTypes)))
        case .or(let items): .or(Self.once(items.map(\.withoutCareTypes)))
        case .andMore(let items, let more): .andMore(Self.once(items.map(\.withoutCareTypes)), more: more)
        case .commas(let items, let more): .commas(Self.once(items.map(\.withoutCareTypes)), more: more)
        case .joined(let items, let separator): .joined(items.map(\.withoutCareTypes), separator: separator)
        }
    }

    /// The values in order, each once.
    private static func once(_ values: [Sentence.Value]) -> [Sentence.Value] {
        var seen: Set<Sentence.Value> = []
        return values.filter { seen.insert($0).inserted }
    }
}
