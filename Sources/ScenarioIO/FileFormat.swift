/// The two notations a scenario may be written in; both use the same keys.
public enum FileFormat: String, Sendable, CaseIterable {
    case json
    case yaml

    /// The format a file's extension names, or `nil` for an unknown extension.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") {
            self = .json
        } else if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
            self = .yaml
        } else {
            return nil
        }
    }
}
