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
    func line(of path: String) -> Int? {
        guard var node = root else { return nil }
        var line = node.mark?.line
        for component in PathComponent.parse(path) {
            let next: Node?
            switch component {
            case .key(let key): next = node.mapping?.first { $0.key.string == key }?.value
            case .index(let index):
                if let sequence = node.sequence, index >= 0, index < sequence.count {
                    next = sequence[index]
                } else {
                    next = nil
                }
            }
            guard let next else { break }
            node = next
            line = node.mark?.line ?? line
        }
        return line
    }
}
