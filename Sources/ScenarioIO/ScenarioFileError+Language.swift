import HousingMatch
import Wording

extension ScenarioFileError.LocatedIssue {
    /// The issue in `language`: "seekers[12].maxRent (regel 80): mag niet negatief zijn (nu -5)";
    /// in English exactly ``description``.
    public func text(in language: Language) -> String {
        let numbers = lines.map(String.init)
        let place: String? = numbers.count <= 1 ? numbers.first.map { AnalysisReportWords.line(language, $0) }
            : AnalysisReportWords.lines(language, ListWording.joined(numbers, in: language))
        let message = issue.message(in: language)
        let said = place.map { AnalysisReportWords.problemAt(language, issue.path, $0, message) } ?? "\(issue.path): \(message)"
        return file.map { "\($0): \(said)" } ?? said
    }
}

extension ScenarioFileError {
    /// Every problem in `language`, one per line; a problem found while reading
    /// the file (its syntax, a key) stays as it was written.
    public func lines(in language: Language) -> [String] {
        switch self {
        case .invalid(_, let issues): issues.map { $0.text(in: language) }
        default: lines
        }
    }
}
