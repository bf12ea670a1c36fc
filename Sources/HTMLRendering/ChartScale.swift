import Foundation

/// What the charts share: colours readers can tell apart, and round steps between grid lines.
public enum ChartScale {
    /// Okabe and Ito's colours, distinguishable for the common kinds of colour
    /// blindness; each chart puts its own neutral colour (the base, the total) first.
    public static let okabeIto = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#b8a400"]

    /// The smallest of 1, 2 or 5 times a power of ten at or above `rough`:
    /// grid lines at such steps read at a glance.
    public static func roundStep(atLeast rough: Double) -> Double {
        guard rough > 0 else { return 1 }
        let power = pow(10, floor(log10(rough)))
        return [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? 10 * power
    }

    /// A value as a chart writes it by default: no trailing zeros, at most two decimals.
    public static func plainNumber(_ value: Double, decimals: Int = 2) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.\(decimals)f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
