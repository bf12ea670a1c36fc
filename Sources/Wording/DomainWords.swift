/// The words people use for care types and generations, where a scenario
/// uses short codes: `elderly` is "ouderenzorg" to a Dutch reader.
/// A code we do not know is shown as it is written.
public enum DomainWords {
    /// The care type codes this enum has words for; "LB" is the Dutch short form of `physical`.
    public static let careCodes = ["elderly", "VG", "GGZ", "physical", "LB"]

    /// A care type in the words of care: ouderenzorg, VG, GGZ, lichamelijke beperking.
    public static func careType(_ code: String, in language: Language) -> String {
        switch (code.lowercased(), language) {
        case ("elderly", .nl), ("ouderenzorg", .nl): "ouderenzorg"
        case ("elderly", .en), ("ouderenzorg", .en): "elderly care"
        case ("vg", .nl): "VG (verstandelijke beperking)"
        case ("vg", .en): "VG (intellectual disability)"
        case ("ggz", .nl): "GGZ (psychische zorg)"
        case ("ggz", .en): "GGZ (mental health care)"
        case ("physical", .nl), ("lb", .nl): "lichamelijke beperking"
        case ("physical", .en), ("lb", .en): "physical disability"
        default: code
        }
    }

    /// The short form for tables: "ouderenzorg", "VG", "GGZ", "LB".
    public static func careTypeShort(_ code: String, in language: Language) -> String {
        switch (code.lowercased(), language) {
        case ("elderly", .nl): "ouderenzorg"
        case ("elderly", .en): "elderly care"
        case ("vg", _): "VG"
        case ("ggz", _): "GGZ"
        case ("physical", .nl), ("lb", .nl): "lichamelijke beperking"
        case ("physical", .en), ("lb", .en): "physical disability"
        default: code
        }
    }

    /// A generation: senior is "senior" in both, child is "kind".
    public static func generation(_ code: String, in language: Language) -> String {
        guard language == .nl else { return code }
        switch code.lowercased() {
        case "senior": return "senior"
        case "adult": return "volwassene"
        case "young adult": return "jongvolwassene"
        case "child": return "kind"
        default: return code
        }
    }
}
