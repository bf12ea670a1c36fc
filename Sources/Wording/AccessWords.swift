/// Refusals of the web workspace's guard, and other errors a page shows.
public enum AccessWords {
    public static let tokenNeeded = Message(
        "access.token",
        nl: "Geen toegang: open de link met het toegangstoken dat bij het starten werd getoond.",
        en: "No access: open the link with the access token shown at start.")
    public static let wrongHost = Message(
        "access.host",
        nl: "Deze server antwoordt alleen op het adres waarop hij is gestart.",
        en: "This server answers only at the address it was started on.")
    public static let csrfRefused = Message(
        "access.csrf",
        nl: "Dit formulier is verlopen of kwam niet van deze pagina. Laad de pagina opnieuw en probeer het nog eens.",
        en: "This form has expired or did not come from this page. Reload the page and try again.")
    public static let notFound = Message("access.notFound", nl: "Deze pagina bestaat niet.", en: "This page does not exist.")
    public static let tooLarge = Message(
        "access.tooLarge", nl: "Dit is te groot: hooguit 10 MB.", en: "This is too large: 10 MB at most.")
    public static let backToOverview = Message("access.back", nl: "Terug naar het overzicht", en: "Back to the overview")
    public static let scenarioProblem = Message(
        "access.scenario",
        nl: "Het scenario in de werkmap kan niet gelezen worden:",
        en: "The scenario in the workspace cannot be read:")

    public static let all = [tokenNeeded, wrongHost, csrfRefused, notFound, tooLarge, backToOverview, scenarioProblem]
}
