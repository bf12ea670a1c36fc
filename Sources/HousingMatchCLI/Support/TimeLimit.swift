import ArgumentParser

/// `--time-limit`, as every command that solves reads it: a positive, finite
/// number of seconds up to a maximum.
enum TimeLimit {
    /// The longest limit accepted: about eleven days, and far below where a
    /// number of seconds stops being exact or a deadline overflows.
    static let maximumSeconds = 1_000_000.0

    /// What the option accepts, for help and messages.
    static let accepted = "a positive number of seconds, at most 1000000"

    /// Reads the option's value, or says what is accepted.
    static func parse(_ text: String) throws -> Double {
        guard let seconds = Double(text), seconds.isFinite, seconds > 0, seconds <= maximumSeconds else {
            throw ValidationError("must be \(accepted)")
        }
        return seconds
    }
}
