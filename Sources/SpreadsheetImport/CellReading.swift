import Foundation
import Spreadsheets
import Wording

/// Reads cells as a Dutch spreadsheet user writes them: "€ 1.020,50", "0,5", "25%", "ja", "Houten; Bunnik".
enum CellReading {
    /// A cell read for a column, or the problem with it (a message and its values).
    static func value(of cell: Cell, kind: ImportColumn.Kind, vocabulary: Vocabulary) -> Result<ImportValue, CellProblem> {
        let text = cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch kind {
        case .id, .text:
            return .success(.text(text))
        case .amount:
            if case .number(let n) = cell { return .success(.number(n)) }
            guard let n = number(amount: text) else { return .failure(CellProblem(ImportWords.notAnAmount, text)) }
            return .success(.number(n))
        case .number:
            if case .number(let n) = cell { return .success(.number(n)) }
            guard let n = number(text) else { return .failure(CellProblem(ImportWords.notANumber, text)) }
            return .success(.number(n))
        case .whole:
            let n: Double? = if case .number(let n) = cell { n } else { number(text) }
            guard let n, n == n.rounded(), abs(n) < 1e9 else { return .failure(CellProblem(ImportWords.notAWholeNumber, text)) }
            return .success(.whole(Int(n)))
        case .share:
            if case .number(let n) = cell, (0...1).contains(n) { return .success(.number(n)) }
            if text.hasSuffix("%"), let n = number(String(text.dropLast())), (0...100).contains(n) {
                return .success(.number(n / 100))
            }
            guard let n = number(text), (0...1).contains(n) else { return .failure(CellProblem(ImportWords.notAShare, text)) }
            return .success(.number(n))
        case .yesNo:
            if case .number(let n) = cell, n == 0 || n == 1 { return .success(.yesNo(n == 1)) }
            switch HeaderName.normalized(text) {
            case "ja", "j", "yes", "y", "true", "waar", "x", "1", "wel": return .success(.yesNo(true))
            case "nee", "n", "no", "false", "onwaar", "0", "niet", "geen": return .success(.yesNo(false))
            default: return .failure(CellProblem(ImportWords.notYesNo, text))
            }
        case .list:
            return .success(.list(list(text)))
        case .careType:
            guard let code = vocabulary.careType(text) else {
                return .failure(CellProblem(ImportWords.unknownCareType, text, vocabulary.careTypeNames))
            }
            return .success(.text(code))
        case .careTypes:
            var codes: [String] = []
            for item in list(text) {
                guard let code = vocabulary.careType(item) else {
                    return .failure(CellProblem(ImportWords.unknownCareType, item, vocabulary.careTypeNames))
                }
                codes.append(code)
            }
            return .success(.list(codes))
        case .generations:
            var codes: [String] = []
            for item in list(text) {
                guard let code = vocabulary.generation(item) else {
                    return .failure(CellProblem(ImportWords.unknownGeneration, item, vocabulary.generationNames))
                }
                codes.append(code)
            }
            return .success(.list(codes))
        }
    }

    /// The items of a list cell: split on `;`, `,` or line breaks, trimmed, empty items left out.
    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "\n" || $0 == "\r\n" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// An amount in euros: the number with "€", "EUR", spaces and a trailing ",-" taken away.
    static func number(amount text: String) -> Double? {
        var rest = text.replacingOccurrences(of: "€", with: "")
        for word in ["EUR", "eur", "Eur"] { rest = rest.replacingOccurrences(of: word, with: "") }
        rest = rest.trimmingCharacters(in: .whitespaces)
        if rest.hasSuffix(",-") || rest.hasSuffix(".-") { rest.removeLast(2) }
        return number(rest)
    }

    /// A number as Dutch or English spreadsheets write it: "1.020,50", "1,020.50", "0,5", "0.5", "1.020" (a thousand and twenty).
    static func number(_ text: String) -> Double? {
        var digits = String(text.unicodeScalars.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" && $0 != "'" })
        guard !digits.isEmpty else { return nil }
        var sign = 1.0
        if digits.hasPrefix("-") || digits.hasPrefix("−") { sign = -1; digits.removeFirst() }
        let lastComma = digits.lastIndex(of: ",")
        let lastPoint = digits.lastIndex(of: ".")
        switch (lastComma, lastPoint) {
        case let (comma?, point?):
            // Both marks: the later one is the decimal mark, the other groups thousands.
            digits = comma > point
                ? digits.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
                : digits.replacingOccurrences(of: ",", with: "")
        case (_?, nil):
            // Only commas: one is the Dutch decimal mark; several group thousands ("1,000,000").
            digits = digits.filter { $0 == "," }.count == 1
                ? digits.replacingOccurrences(of: ",", with: ".")
                : digits.replacingOccurrences(of: ",", with: "")
        case (nil, _?):
            // Only points: "1.020" and "12.500.000" group thousands the Dutch way; "0.5" is a decimal point.
            if isGroupedThousands(digits, mark: ".") { digits = digits.replacingOccurrences(of: ".", with: "") }
        case (nil, nil):
            break
        }
        guard digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), digits.contains(where: \.isNumber),
              let value = Double(digits), value.isFinite else { return nil }
        return sign * value
    }

    /// Whether "1.020" or "12.500.000": one to three digits, then groups of exactly three.
    private static func isGroupedThousands(_ text: String, mark: Character) -> Bool {
        let parts = text.split(separator: mark, omittingEmptySubsequences: false)
        guard parts.count >= 2, let first = parts.first, (1...3).contains(first.count), first != "0" else { return false }
        return parts.dropFirst().allSatisfy { $0.count == 3 }
    }
}

/// What is wrong with one cell: a message and the values for its placeholders.
struct CellProblem: Error, Sendable {
    let message: Message
    let values: [String]
    init(_ message: Message, _ values: String...) {
        self.message = message
        self.values = values
    }
}

/// The care types and generations a sheet may name: the known words and the codes the scenario already uses.
struct Vocabulary: Sendable {
    private var careTypes: [String: String] = [:]
    private var generations: [String: String] = [:]
    private(set) var careTypeNames: String = ""
    private(set) var generationNames: String = ""

    init(scenarioCareTypes: [String], scenarioGenerations: [String]) {
        let knownCare: [(code: String, words: [String])] = [
            ("elderly", ["ouderenzorg", "ouderen", "elderly care", "oudere"]),
            ("VG", ["verstandelijke beperking", "intellectual disability", "verstandelijk gehandicaptenzorg"]),
            ("GGZ", ["psychische zorg", "geestelijke gezondheidszorg", "mental health", "mental health care"]),
            ("physical", ["lichamelijke beperking", "LB", "physical disability", "lichamelijk gehandicaptenzorg"]),
        ]
        for (code, words) in knownCare {
            let said = Language.allCases.flatMap { [DomainWords.careType(code, in: $0), DomainWords.careTypeShort(code, in: $0)] }
            for word in [code] + words + said { careTypes[HeaderName.normalized(word)] = code }
        }
        let knownGenerations: [(code: String, words: [String])] = [
            ("senior", ["senioren", "oudere", "ouderen"]),
            ("adult", ["volwassene", "volwassenen"]),
            ("young adult", ["jongvolwassene", "jongvolwassenen", "jong volwassene", "jongere", "jongeren"]),
            ("child", ["kind", "kinderen", "children"]),
        ]
        for (code, words) in knownGenerations {
            for word in [code] + words { generations[HeaderName.normalized(word)] = code }
        }
        for code in scenarioCareTypes where careTypes[HeaderName.normalized(code)] == nil {
            careTypes[HeaderName.normalized(code)] = code
        }
        for code in scenarioGenerations where generations[HeaderName.normalized(code)] == nil {
            generations[HeaderName.normalized(code)] = code
        }
        careTypeNames = (DomainWords.careCodes.map { DomainWords.careTypeShort($0, in: .nl) }
            + scenarioCareTypes.filter { !DomainWords.careCodes.contains($0) }).uniqued().joined(separator: ", ")
        generationNames = (["senior", "volwassene", "jongvolwassene", "kind"]
            + scenarioGenerations.filter { !["senior", "adult", "young adult", "child"].contains($0) }).uniqued().joined(separator: ", ")
    }

    func careType(_ text: String) -> String? { careTypes[HeaderName.normalized(text)] }
    func generation(_ text: String) -> String? { generations[HeaderName.normalized(text)] }
}

extension Array where Element: Hashable {
    /// The elements in order, each only the first time.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
