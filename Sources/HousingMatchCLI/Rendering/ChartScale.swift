import Foundation

/// What the charts share: colours readers can tell apart, and round steps between grid lines.
enum ChartScale {
    /// Okabe and Ito's colours, distinguishable for the common kinds of colour
    /// blindness; each chart puts its own neutral colour (the base, the total) first.
    static let okabeIto = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#b8a400"]

    /// The smallest of 1, 2 or 5 times a power of ten at or above `rough`:
    /// grid lines at such steps read at a glance.
    static func roundStep(atLeast rough: Double) -> Double {
        guard rough > 0 else { return 1 }
        let power = pow(10, floor(log10(rough)))
        return [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? 10 * power
    }
}
