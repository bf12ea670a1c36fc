extension MatchChecker {
    /// How the checker writes numbers, lists and labels in its messages.
    ///
    /// Messages are read by founders, so a rent of 950 reads "950", not "950.0",
    /// and shares read as percentages.
    enum Wording {
        /// A number rounded to two decimals, without a trailing ".0".
        static func number(_ value: Double) -> String {
            let rounded = (value * 100).rounded() / 100
            if rounded == rounded.rounded(.towardZero), abs(rounded) < 1e15 {
                return String(Int(rounded))
            }
            return String(rounded)
        }

        /// A fraction as a percentage, such as "40%".
        static func percent(_ fraction: Double) -> String { number(fraction * 100) + "%" }

        /// A count with its noun, such as "1 member" or "3 members".
        static func count(_ value: Int, _ singular: String) -> String {
            "\(value) " + (value == 1 ? singular : singular + "s")
        }

        /// Items joined the way a sentence lists them: "g1", "g1 and g2", "g1, g2 and g3".
        static func list(_ items: [String]) -> String {
            guard let last = items.last else { return "" }
            guard items.count > 1 else { return last }
            return items.dropLast().joined(separator: ", ") + " and " + last
        }

        /// Ids joined the way a sentence lists them.
        static func list<Subject>(_ ids: [Identifier<Subject>]) -> String {
            list(ids.map(\.rawValue))
        }

        /// A site's id with its name in parentheses, such as "s1 (Oude school)".
        static func label(_ site: Site) -> String {
            site.name.isEmpty ? site.id.rawValue : "\(site.id) (\(site.name))"
        }

        /// The groups a seeker joins, such as "joins g1" or "joins no group".
        static func joins(_ groups: [GroupID]) -> String {
            groups.isEmpty ? "joins no group" : "joins " + list(groups)
        }
    }
}
