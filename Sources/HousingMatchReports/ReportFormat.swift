import Foundation

/// Numbers in the English reports (the CLI's and the shared comparison's): no
/// trailing zeros, at most a few decimals, a point for the decimals.
public enum ReportFormat {
    /// `3`, `0.25`, `41.5`: at most `decimals` decimals, trailing zeros dropped.
    public static func number(_ value: Double, decimals: Int = 2) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.\(decimals)f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
