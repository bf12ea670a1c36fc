import HousingMatch
import Wording

/// How a report says care: in full with `--with-care-details`, otherwise without
/// any household's care type or hours (see ``CareDetailsOption``).
///
/// The library's sentences keep their care types back by themselves
/// (``Sentence/text(in:showingCare:)``); words that come without a sentence (a
/// reason read from a file) go through ``CareWordMask``.
struct CareWording {
    let language: Language
    let showsCare: Bool
    private let mask: CareWordMask

    init(scenario: Scenario, language: Language, showsCare: Bool) {
        self.language = language
        self.showsCare = showsCare
        mask = CareWordMask(scenario: scenario, language: language)
    }

    /// Care said as `showsCare` asks, for a report without its scenario at hand: the care types
    /// ``DomainWords`` knows and `careTypes` are masked.
    init(careTypes: [CareType], language: Language, showsCare: Bool) {
        self.language = language
        self.showsCare = showsCare
        mask = CareWordMask(careTypes: careTypes, language: language)
    }

    /// Care said in full, in `language`.
    init(showingAllIn language: Language) {
        self.language = language
        showsCare = true
        mask = CareWordMask(careTypes: [String](), language: language)
    }

    /// A sentence of the library in the report's language.
    func say(_ sentence: Sentence) -> String {
        sentence.text(in: language, showingCare: showsCare)
    }

    /// A reason, rule or finding: its sentence, or its stored English words with care words masked.
    func say(_ saying: some ReportSaying) -> String {
        if let sentence = saying.sentence { return say(sentence) }
        return masked(saying.wordsAsStored)
    }

    /// Plain words with care words masked unless care is shown.
    func masked(_ text: String) -> String {
        showsCare ? text : mask.masked(text)
    }

    /// A household's care type as the report writes it (its code in English, "ouderenzorg" in Dutch),
    /// or "[care type]" when care is not shown.
    func careType(_ code: CareType) -> String {
        guard showsCare else { return CareDetailWords.hiddenCareType(language) }
        return language == .en ? code : DomainWords.careTypeShort(code, in: language)
    }

    /// A provider's own care type (what it serves): not a household's detail, always said.
    func servedCareType(_ code: CareType) -> String {
        language == .en ? code : DomainWords.careTypeShort(code, in: language)
    }

    /// A member's care in a table cell: "GGZ 6 h" with care details, otherwise "yes" ("ja") or "-".
    func cell(_ care: Seeker.CareNeed?) -> String {
        guard let care else { return "-" }
        guard showsCare else { return ReportWords.yes(language) }
        return "\(careType(care.type)) \(language == .en ? Format.number(care.hours) : NumberWording(language).number(care.hours)) h"
    }

    /// Care arrangements in a group or at a site: "c2 3 × VG, c1 2 × elderly" with care details;
    /// without, only the clients per provider ("c2 3, c1 2"): a count per care type within one group
    /// points at its members.
    func arrangements(_ arrangements: [CareArrangement], separator: String = ", ",
                      provider name: (ProviderID) -> String = { $0.rawValue }) -> String {
        guard !arrangements.isEmpty else { return "-" }
        if showsCare {
            return arrangements.map { "\(name($0.provider)) \($0.clients) × \(careType($0.careType))" }
                .joined(separator: separator)
        }
        var order: [ProviderID] = []
        var clients: [ProviderID: Int] = [:]
        for arrangement in arrangements {
            if clients[arrangement.provider] == nil { order.append(arrangement.provider) }
            clients[arrangement.provider, default: 0] += arrangement.clients
        }
        return order.map { "\(name($0)) \(clients[$0]!)" }.joined(separator: separator)
    }
}

/// Something the library says as a ``Sentence`` when it built it, or as its stored
/// English words when it was read from a file.
protocol ReportSaying {
    var sentence: Sentence? { get }
    var wordsAsStored: String { get }
}

extension UnassignedSeeker: ReportSaying { var wordsAsStored: String { reason } }
extension ProviderPlacements.Unplaced: ReportSaying { var wordsAsStored: String { reason } }
extension HardFilterReason: ReportSaying { var wordsAsStored: String { text } }
extension ConflictingRule: ReportSaying { var wordsAsStored: String { statement } }
extension FormingCheck: ReportSaying { var wordsAsStored: String { message } }
extension BindingRule: ReportSaying { var wordsAsStored: String { message } }
extension SiteExclusion: ReportSaying { var wordsAsStored: String { message } }
extension ScenarioChange: ReportSaying { var wordsAsStored: String { text } }

extension TrialOutcome {
    /// The change tried, said as a ``CareWording`` says it.
    func text(_ care: CareWording, scenario: Scenario) -> String {
        sentence(in: scenario).map(care.say) ?? care.masked(description)
    }
}
