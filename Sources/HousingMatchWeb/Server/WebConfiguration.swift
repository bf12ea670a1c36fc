import Foundation
import Wording

/// How `housing-match serve` runs: where it listens, which folder it works in,
/// and whether a visitor must show the access token.
public struct WebConfiguration: Sendable {
    /// The address to listen on; 127.0.0.1 unless the user asks for another.
    public var host: String
    /// The port; 0 asks the system for a free one.
    public var port: Int
    /// The workspace folder: a scenario file with its variants and saved solutions.
    public var folder: URL
    /// Required on every request when set. `serve` sets it for any address but loopback.
    public var accessToken: String?
    /// The language of a visitor who has not chosen one.
    public var defaultLanguage: Language
    /// The longest a single solve may run, in seconds.
    public var solveTimeLimit: Double
    /// The largest request body accepted: an upload of a whole region's spreadsheet fits.
    public var maximumBodyBytes: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, folder: URL, accessToken: String? = nil,
                defaultLanguage: Language = .nl, solveTimeLimit: Double = 60, maximumBodyBytes: Int = 10 << 20) {
        self.host = host
        self.port = port
        self.folder = folder
        self.accessToken = accessToken
        self.defaultLanguage = defaultLanguage
        self.solveTimeLimit = solveTimeLimit
        self.maximumBodyBytes = maximumBodyBytes
    }

    /// Whether `host` reaches this machine only: 127.0.0.0/8, ::1 or localhost.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    /// A new random access token.
    public static func makeAccessToken() -> String { SecretToken.make() }
}
