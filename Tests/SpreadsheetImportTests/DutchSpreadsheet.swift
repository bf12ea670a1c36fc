import Foundation
import HousingMatch
import ScenarioIO

/// Spreadsheets as a Dutch Excel user writes them, made up for the tests: semicolons,
/// a byte order mark, CRLF, "€ 850" amounts, decimal commas, names and e-mail addresses.
enum DutchSpreadsheet {
    static let towns = ["Houten", "Bunnik", "Zeist", "De Bilt", "Wijk bij Duurstede"]
    static let firstNames = ["Anna", "Bram", "Chantal", "Daan", "Esra", "Fenna", "Gijs", "Hanna", "Ilse", "Joost", "Karim", "Lotte"]
    static let lastNames = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "El Amrani", "Brontë"]

    /// The name of household `n`: unique, made up.
    static func name(_ n: Int) -> String {
        "\(firstNames[n % firstNames.count]) \(lastNames[(n / firstNames.count) % lastNames.count]) \(n)"
    }

    static func email(_ n: Int) -> String { "huishouden\(n)@voorbeeld.nl" }

    /// A field as Excel writes it: quoted when it holds the separator or a quote.
    static func field(_ text: String) -> String {
        text.contains(";") || text.contains("\"") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// `count` households, every other one without an id (the import gives it one), as CSV bytes.
    /// Without `preferences`, no row names a group, so the sheet also imports into a scenario without groups.
    static func households(count: Int, withIDs: (Int) -> Bool = { $0 % 2 == 0 }, preferences wanted: Bool = true) -> Data {
        var lines = ["Huishouden;Naam;E-mail;Telefoon;Generaties;Zorgtype;Zorguren;Toegankelijk;Max. huur;Gemeenten;Voorkeuren;Waarden;Steunuren"]
        for n in 1...count {
            let id = withIDs(n) ? String(format: "n%03d", n) : ""
            let generations = ["senior", "volwassene; kind", "jongvolwassene", "volwassene"][n % 4]
            let care = n % 5 == 0 ? ["ouderenzorg", "VG", "GGZ"][n % 3] : ""
            let hours = care.isEmpty ? "" : ["4", "6,5", "2"][n % 3]
            let accessible = n % 7 == 0 ? "ja" : "nee"
            let rent = ["€ 850", "€ 1.020,50", "€ 950", "1100", ""][n % 5]
            let towns = "\(towns[n % 5]); \(towns[(n + 1) % 5])"
            let preferences = wanted ? ["g1; g2", "g3", "", "g2; g4"][n % 4] : ""
            let tags = ["groen; muziek", "geloof", "", "duurzaam"][n % 4]
            let support = ["2", "0,5", "3", "1,5"][n % 4]
            lines.append([id, name(n), email(n), "06-1234\(String(format: "%04d", n))", generations, care, hours, accessible, rent,
                          towns, preferences, tags, support].map(field).joined(separator: ";"))
        }
        return Data(([0xEF, 0xBB, 0xBF] as [UInt8])) + Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// The example scenario of the repository.
    static var exampleScenarioPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scenarios/utrecht-oost.yaml").path
    }
}

/// A temporary folder, removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("import-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        try data.write(to: url.appendingPathComponent(name))
        return path(name)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    /// A copy of the example scenario in this folder.
    func example(_ name: String = "scenario.yaml") throws -> String {
        try FileManager.default.copyItem(atPath: DutchSpreadsheet.exampleScenarioPath, toPath: path(name))
        return path(name)
    }
}
