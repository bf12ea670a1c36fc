import Foundation
import HousingMatch
import Yams

/// Writes scenarios as JSON or YAML with stable key order, so equal scenarios give equal bytes.
public enum ScenarioWriter {
    public static func data(_ scenario: Scenario, format: FileFormat) throws -> Data {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            var data = try encoder.encode(scenario)
            data.append(UInt8(ascii: "\n"))
            return data
        case .yaml:
            let encoder = YAMLEncoder()
            encoder.options.sortKeys = true
            return Data(try encoder.encode(scenario).utf8)
        }
    }
}
