import Yams

/// Finds the line a path such as `seekers[12].maxRent` stands on in a file's text.
///
/// JSON is read as YAML, of which it is a subset, so one locator serves both.
/// It is only built when there is an error to place, so large files pay nothing.
/// Texts reach it only after ``DocumentGate`` has bounded their nesting and aliases.
///
/// A large object's keys are indexed the first time a path passes through it,
/// so placing many paths (thousands of problems in one object) takes time in
/// proportion to their number, not to their number times the object's size.
final class LineLocator {
    private let root: Node?
    /// For each object of more than ``indexThreshold`` keys that a path passed
    /// through, by its path: each key's position among its pairs.
    private var indexes: [String: [String: Int]] = [:]
    private static let indexThreshold = 16

    init(text: String) {
        root = try? Yams.compose(yaml: text)
    }

    /// The 1-based line of the value at `path`, or of its nearest existing parent.
    ///
    /// A value under a key is placed on the key's line, which is where a block
    /// value (a list or object on the lines below) is named.
    func line(of path: String) -> Int? {
        guard var node = root else { return nil }
        var line = node.mark?.line
        var prefix = ""
        for component in PathComponent.parse(path) {
            switch component {
            case .key(let key):
                guard let mapping = node.mapping, let position = position(of: key, in: mapping, at: prefix) else {
                    return line
                }
                let pair = mapping[position]
                node = pair.value
                line = pair.key.mark?.line ?? node.mark?.line ?? line
                prefix += ".\(key)"
            case .index(let index):
                guard let sequence = node.sequence, index >= 0, index < sequence.count else { return line }
                node = sequence[index]
                line = node.mark?.line ?? line
                prefix += "[\(index)]"
            }
        }
        return line
    }

    /// The position of `key` among the pairs of the object at `prefix`.
    private func position(of key: String, in mapping: Node.Mapping, at prefix: String) -> Int? {
        guard mapping.count > Self.indexThreshold else {
            return mapping.firstIndex { $0.key.string == key }
        }
        if indexes[prefix] == nil {
            var index: [String: Int] = [:]
            for (position, pair) in mapping.enumerated() {
                if let name = pair.key.string, index[name] == nil { index[name] = position }
            }
            indexes[prefix] = index
        }
        return indexes[prefix]![key]
    }
}
