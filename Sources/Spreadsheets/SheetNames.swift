import Foundation

/// Makes names that spreadsheet programs accept for sheet tabs.
public enum SheetNames {
    /// The longest tab name Excel allows.
    public static let maximumLength = 31

    /// Each name made valid and unique, in order: the characters `[]:*?/\` become
    /// spaces, quotes are dropped from the ends, names are cut to 31 characters,
    /// an empty name becomes "Sheet N", and a name met before (case aside, as Excel
    /// compares) gets " (2)", " (3)", … within the 31 characters.
    public static func valid(_ names: [String]) -> [String] {
        var taken: Set<String> = []
        var result: [String] = []
        for (index, name) in names.enumerated() {
            var base = String(name.map { "[]:*?/\\".contains($0) || $0.isNewline ? " " : $0 })
            base = base.trimmingCharacters(in: .whitespaces)
            while base.hasPrefix("'") { base.removeFirst() }
            while base.hasSuffix("'") { base.removeLast() }
            if base.isEmpty || base.lowercased() == "history" { base = base.isEmpty ? "Sheet \(index + 1)" : base + " 1" }
            var candidate = cut(base, to: maximumLength)
            var counter = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = " (\(counter))"
                candidate = cut(base, to: maximumLength - suffix.count) + suffix
                counter += 1
            }
            taken.insert(candidate.lowercased())
            result.append(candidate)
        }
        return result
    }

    private static func cut(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length)).trimmingCharacters(in: .whitespaces)
    }
}
