/// Long work under way: a solve that shows how far it is and can be stopped.
public enum ProgressWords {
    public static let working = Message("progress.working", nl: "Bezig met rekenen…", en: "Working…")
    public static let stage1 = Message("progress.stage1", nl: "Stap 1: zo veel mogelijk huishoudens een plek geven", en: "Step 1: housing as many households as possible")
    public static let stage2 = Message("progress.stage2", nl: "Stap 2: de beste aansluiting bij wensen", en: "Step 2: the best fit with wishes")
    public static let stage3 = Message("progress.stage3", nl: "Stap 3: zo veel mogelijk houden zoals het was", en: "Step 3: keeping as much as it was")
    public static let stageLast = Message("progress.stageLast", nl: "Laatste stap: één vaste keuze uit even goede matches", en: "Last step: one fixed choice among equally good matches")
    public static let bestSoFar = Message("progress.best", nl: "Beste tot nu toe: {0}", en: "Best so far: {0}")
    public static let gap = Message("progress.gap", nl: "Hooguit {0} van het bewezen beste", en: "At most {0} from the proven best")
    public static let elapsed = Message("progress.elapsed", nl: "{0} s bezig", en: "{0} s so far")
    public static let cancel = Message("progress.cancel", nl: "Stoppen", en: "Stop")
    public static let cancelled = Message("progress.cancelled", nl: "Gestopt. De beste match tot nu toe wordt getoond.", en: "Stopped. The best match so far is shown.")
    public static let reloadHint = Message(
        "progress.reload",
        nl: "Deze pagina ververst vanzelf wanneer het klaar is. Zonder JavaScript: laad de pagina opnieuw.",
        en: "This page refreshes by itself when done. Without JavaScript: reload the page.")
    public static let failed = Message("progress.failed", nl: "Het rekenen is mislukt: {0}", en: "The computation failed: {0}")
    public static let askAgain = Message("progress.askAgain", nl: "Opnieuw vragen", en: "Ask again")
    public static let askAgainStopped = Message(
        "progress.askAgainStopped",
        nl: "Het rekenen is gestopt voordat het klaar was: dit is het beste antwoord tot dan.",
        en: "The computation was stopped before it finished: this is the best answer until then.")
    public static let askAgainFailed = Message(
        "progress.askAgainFailed", nl: "Probeer het nog eens:", en: "Try once more:")

    public static let all = [working, stage1, stage2, stage3, stageLast, bestSoFar, gap, elapsed, cancel, cancelled,
                             reloadHint, failed, askAgain, askAgainStopped, askAgainFailed]
}
