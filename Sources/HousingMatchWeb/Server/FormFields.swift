import Foundation
import Hummingbird

/// The fields of a submitted form (`application/x-www-form-urlencoded`), or of a query string.
public struct FormFields: Sendable {
    private var values: [String: [String]] = [:]

    public init(encoded: String) {
        for pair in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            values[name, default: []].append(value)
        }
    }

    /// Reads a request's form body, refusing one larger than `limit` bytes with 413.
    public static func read(_ request: Request, limit: Int) async throws -> FormFields {
        let buffer = try await request.body.collect(upTo: limit)
        return FormFields(encoded: String(buffer: buffer))
    }

    public subscript(_ name: String) -> String? { values[name]?.first }

    /// Every value given for `name`, as a group of checkboxes sends them.
    public func all(_ name: String) -> [String] { values[name] ?? [] }

    public var names: [String] { values.keys.sorted() }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
