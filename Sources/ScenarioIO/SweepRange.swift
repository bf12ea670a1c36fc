import HousingMatch
import Foundation

/// The values a sweep takes, written `FROM...TO` or `FROM...TO:STEP` (`2...12`, `0...1:0.25`).
///
/// STEP is a positive amount (1 when left out); the direction comes from FROM
/// and TO, so `12...2:2` goes 12, 10, ..., 2. TO is included when the steps
/// land on it, and otherwise the last value is the last step before it.
public struct SweepRange: Sendable, Equatable {
    /// The first value.
    public var from: Double
    /// The value the sweep goes towards; the last value when the steps land on it.
    public var to: Double
    /// The distance between values, always positive.
    public var step: Double

    /// Most values one sweep may take: more is almost surely a typo (`0...1000000`),
    /// and would run for hours.
    public static let maximumCount = 1000

    /// A range from its parts; `step` must be positive and the numbers finite.
    public init(from: Double, to: Double, step: Double = 1) {
        precondition(step > 0 && from.isFinite && to.isFinite && step.isFinite, "a sweep's step must be positive")
        self.from = from
        self.to = to
        self.step = step
    }

    /// Reads `FROM...TO` or `FROM...TO:STEP`; errors name `path`, the parameter being swept.
    public init(parsing text: String, path: String) throws(SweepSpecificationError) {
        func refuse(_ message: String) -> SweepSpecificationError {
            SweepSpecificationError(path: path, message: message)
        }
        let shape = "write FROM...TO or FROM...TO:STEP with three dots, such as 2...12 or 0...1:0.25"
        let parts = text.components(separatedBy: "...")
        guard parts.count == 2 else {
            throw refuse("the range \(quotedForMessage(text)) is malformed: \(shape)")
        }
        let end = parts[1].split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        func number(_ written: String, _ role: String) throws(SweepSpecificationError) -> Double {
            let trimmed = written.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { throw refuse("the range \(quotedForMessage(text)) has no \(role): \(shape)") }
            // Double(_:) also reads "inf" and "nan", which no sweep can take.
            guard let value = Double(trimmed), value.isFinite else {
                throw refuse("the \(role) \(quotedForMessage(trimmed)) of the range \(quotedForMessage(text)) is not a number")
            }
            return value
        }
        let from = try number(parts[0], "start (FROM)")
        let to = try number(end[0], "end (TO)")
        let step = end.count == 2 ? try number(end[1], "step") : 1
        guard step > 0 else {
            throw refuse("the step must be a positive number (got \(Self.written(step))); "
                + "the sweep goes downwards by itself when FROM is above TO")
        }
        self.init(from: from, to: to, step: step)
        guard count <= Self.maximumCount else {
            throw refuse("the range \(quotedForMessage(text)) has \(count) values; a sweep takes at most \(Self.maximumCount)")
        }
    }

    /// How many values the range holds.
    public var count: Int {
        // The small allowance keeps 0...1:0.1 at 11 values despite rounding in the division.
        let steps = (abs(to - from) / step * (1 + 1e-12)).rounded(.down)
        return steps >= Double(Self.maximumCount) ? Self.maximumCount + 1 : Int(steps) + 1
    }

    /// The values in order, from FROM towards TO.
    ///
    /// Each is computed as FROM + i × STEP (not by adding STEP repeatedly) and
    /// rounded to 12 significant digits, so 0...1:0.1 gives 0.3, not 0.30000000000000004.
    public var values: [Double] {
        let direction: Double = to < from ? -1 : 1
        return (0..<count).map { index in
            let value = from + direction * Double(index) * step
            return Double(String(format: "%.12g", value)) ?? value
        }
    }

    /// A number as written in a message: `3`, `0.25`.
    static func written(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
