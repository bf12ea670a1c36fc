import Foundation
import HousingMatch
import ScenarioIO
import Wording

/// The example scenario and its match with checked reasons, solved once for all tests.
enum Example {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let scenarioPath = root.appendingPathComponent("scenarios/utrecht-oost.yaml").path

    static let solved: (scenario: Scenario, result: MatchResult) = {
        let scenario = try! ScenarioLoader.load(path: scenarioPath)
        let options = MatchOptions()
        let result = try! MatchEngine(options: options).solve(scenario).withCheckedReasons(of: scenario, options: options)
        return (scenario, result)
    }()

    static var scenario: Scenario { solved.scenario }
    static var result: MatchResult { solved.result }

    /// The care line of each household with care, as the lists write it with care details.
    static func careLines(_ language: Language) -> [String] {
        scenario.seekers.compactMap { seeker in
            seeker.care.map { ExportWords.careShort(language, DomainWords.careType($0.type, in: language),
                                                    NumberWording(language).number($0.hours)) }
        }
    }

    /// Every way a household's care type may be written in an export, for the privacy checks:
    /// the words of care in both languages ("ouderenzorg", "GGZ (psychische zorg)").
    static var careWords: [String] {
        let codes = Set(scenario.seekers.compactMap { $0.care?.type })
        return codes.flatMap { code in
            [DomainWords.careType(code, in: .nl), DomainWords.careType(code, in: .en)]
        }
    }
}
