import HousingMatch

/// A scenario file read in one pass that also tells a variant file (one with a
/// top-level `base`) from a plain scenario.
///
/// A plain file is decoded exactly as ``Scenario`` decodes it, errors included;
/// a variant is left for ``VariantReader``.
struct ScenarioProbe: Decodable {
    /// The scenario, or `nil` when the file is a variant.
    let scenario: Scenario?

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: Key.self), container.contains(Key(stringValue: "base")) {
            scenario = nil
        } else {
            scenario = try Scenario(from: decoder)
        }
    }
}
