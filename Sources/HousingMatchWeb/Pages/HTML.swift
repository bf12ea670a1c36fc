import HTMLRendering

/// A piece of HTML that is safe to send: text interpolated into it is escaped
/// unless it is itself `HTML`. Names from a scenario file, which anyone may
/// write, can so never become markup.
public struct HTML: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public let rendered: String

    /// Markup written by this program, taken as it is.
    public init(trusted markup: String) {
        rendered = markup
    }

    public init(stringLiteral value: String) {
        rendered = value
    }

    public init(stringInterpolation: Interpolation) {
        rendered = stringInterpolation.markup
    }

    public var description: String { rendered }

    public static let empty = HTML(trusted: "")

    /// Pieces of HTML one after the other.
    public static func joined(_ pieces: [HTML], separator: HTML = .empty) -> HTML {
        HTML(trusted: pieces.map(\.rendered).joined(separator: separator.rendered))
    }

    public struct Interpolation: StringInterpolationProtocol {
        var markup = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) { markup += literal }
        /// Text: escaped.
        public mutating func appendInterpolation(_ text: String) { markup += HTMLText.escape(text) }
        public mutating func appendInterpolation(_ number: Int) { markup += String(number) }
        public mutating func appendInterpolation(_ html: HTML) { markup += html.rendered }
        public mutating func appendInterpolation(_ pieces: [HTML]) { markup += pieces.map(\.rendered).joined() }
        public mutating func appendInterpolation(_ html: HTML?) { markup += html?.rendered ?? "" }
    }
}
