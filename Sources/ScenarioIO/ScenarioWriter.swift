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
            encoder.options.allowUnicode = true
            return Data(try ReadableYAMLNumbers.rewrite(encoder.encode(scenario)).utf8)
        }
    }
}

/// Yams writes every `Double` in scientific notation, a rent of 1020 as
/// `1.02e+3`. People read and edit scenario files, so each number is written
/// again as they would type it (`1020`, `0.5`); the value read back is the same.
enum ReadableYAMLNumbers {
    static func rewrite(_ yaml: String) throws -> String {
        guard let node = try Yams.compose(yaml: yaml) else { return yaml }
        return try Yams.serialize(node: rewrite(node), allowUnicode: true, sortKeys: false)
    }

    static func rewrite(_ node: Node) -> Node {
        switch node {
        case .scalar(let scalar):
            // Quoted scalars are strings that only look like numbers ("1e3" as a name).
            guard scalar.style == .plain || scalar.style == .any,
                  let value = node.float, value.isFinite else { return node }
            return .scalar(.init(readable(value), scalar.tag, scalar.style))
        case .mapping(let mapping):
            return .mapping(.init(mapping.map { (rewrite($0.key), rewrite($0.value)) }, mapping.tag, mapping.style))
        case .sequence(let sequence):
            return .sequence(.init(sequence.map(rewrite), sequence.tag, sequence.style))
        case .alias:
            return node
        }
    }

    /// Whole numbers without a fraction, others in Swift's shortest form that reads back exactly.
    static func readable(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
