/// What a page says in place of a household's care details while the
/// visitor has not switched on "Toon zorggegevens".
public enum CareDetailWords {
    /// A household's care type, kept back: "geen zorgaanbieder voor [zorgsoort] in Houten".
    public static let hiddenCareType = Message("careDetails.hiddenCareType", nl: "[zorgsoort]", en: "[care type]")

    public static let all = [hiddenCareType]
}
