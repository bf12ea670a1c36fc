/// How each part of a solve ended, kept with its result so that a later solve
/// can take over the parts a change left as they were.
///
/// A scenario of several regions falls into independent parts
/// (``ProgrammePart``). A what-if that changes one region leaves the
/// programmes of the others exactly as they were, and the same programme
/// has the same optima: the earlier outcome of such a part is its outcome
/// again, with no solving. So an analyst's question about one region of
/// twelve costs the time of that region. A part the earlier solve left
/// unproven (at its time limit) keeps that earlier answer too, so a
/// comparison shows no differences where nothing changed.
///
/// The records live in memory only; a solution file does not hold them.
struct SolvedParts: Sendable {
    /// One part's outcome and the settings it was reached with.
    struct Record: Sendable {
        var outcome: LexicographicSolve.Outcome
        var settings: PartSettings
    }

    private var records: [PartDigest: Record] = [:]

    init() {}

    init(_ records: [(PartDigest, Record)]) {
        // Two identical parts (twin regions) have the same optima; either outcome serves.
        self.records = Dictionary(records, uniquingKeysWith: { first, _ in first })
    }

    /// The earlier record of a part with this programme, if its outcome
    /// stands for a solve with these settings: it has a match, gave up no
    /// more of stage 1 and settled for no larger gap. In a stable re-solve
    /// (a stage 3), it must also keep every assignment of the match to keep
    /// that lies in the part; it then is best in stage 3 too, whether or not
    /// the earlier solve ran one (a solve without stage 3 is served by any).
    func record(for part: ProgrammePart, digest: PartDigest, serving settings: PartSettings) -> Record? {
        guard let record = records[digest], record.outcome.housed.hasSolution,
              record.settings.keepTolerance <= settings.keepTolerance,
              record.settings.relativeGap <= settings.relativeGap else { return nil }
        if settings.keepsEarlierMatch && !part.keepsAll(at: record.outcome.values.map { $0.rounded() }) {
            return nil
        }
        return record
    }

    var isEmpty: Bool { records.isEmpty }
}

extension SolvedParts: Equatable {
    /// Always equal: the records are a memo of how a result was reached, not
    /// part of the answer, and two results with the same match, values and
    /// statistics are the same answer.
    static func == (lhs: Self, rhs: Self) -> Bool { true }
}

/// The settings of a solve that decide what a part's outcome means.
struct PartSettings: Sendable {
    /// The share of MODEL.md's 1e-6 that stage 2 may give up of stage 1 in each part.
    var keepTolerance: Double
    /// ``MatchOptions/relativeGap``.
    var relativeGap: Double
    /// Whether a stage 3 runs (a stable re-solve, ``MatchOptions/keep``).
    var keepsEarlierMatch: Bool
}

extension LexicographicSolve.Outcome {
    /// This outcome as a part's answer in a solve that took it over unsolved:
    /// no time spent, and each stage settled by the earlier solve.
    func takenOver(stages: Int) -> Self {
        var outcome = self
        outcome.stageSeconds = Array(repeating: 0, count: stages)
        outcome.settledBy = Array(repeating: "unchanged part", count: stages)
        outcome.tieBreak?.seconds = 0
        return outcome
    }
}
