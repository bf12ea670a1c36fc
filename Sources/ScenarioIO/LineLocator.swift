import Yams

/// Finds the line a path such as `seekers[12].maxRent` stands on in a file's text.
///
/// JSON is read as YAML, of which it is a subset, so one locator serves both.
/// It is only built when there is an error to place, so large files pay nothing.
struct LineLocator {
    private let root: Node?

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
        for component in PathComponent.parse(path) {
            switch component {
            case .key(let key):
                guard let pair = node.mapping?.first(where: { $0.key.string == key }) else { return line }
                node = pair.value
                line = pair.key.mark?.line ?? node.mark?.line ?? line
            case .index(let index):
                guard let sequence = node.sequence, index >= 0, index < sequence.count else { return line }
                node = sequence[index]
                line = node.mark?.line ?? line
            }
        }
        return line
    }
}
