/// Switches for what makes one what-if trial cheaper, all on in every solve.
///
/// Off only in the measurement suite (`TrialCostMeasurement`), which times
/// each trial with and without them side by side in one run: the machine is
/// too noisy to compare runs made at different times. Nothing else sets them.
enum TrialLevers {
    /// Stage 2 starts from stage 1's match, stage 3 from stage 2's (``LexicographicSolve``).
    nonisolated(unsafe) static var laterStagesStartFromEarlier = true
    /// A what-if starts from the base match rebuilt around the change (``TrialStart``).
    nonisolated(unsafe) static var neighbourhoodStart = true
}
