import Foundation
import LinearProgramming
import Synchronization
import Wording

/// What one more dwelling, accessible dwelling or care place would bring:
/// each ``CapacityChange`` tried on its own, exactly, by solving again.
///
/// Adding capacity only loosens rules, so no change houses fewer than the
/// scenario's optimum. That makes an exact screen possible: when the linear
/// relaxation of the changed scenario cannot beat the optimum by one step of
/// the objective's grid, the change brings nothing, and no branch-and-cut is
/// needed. Every other change is solved again, keeping the scenario's match
/// as much as it can (a stable re-solve, ``MatchOptions/keep``), so the
/// households it names are the ones the change houses, not a reshuffle.
///
/// ```swift
/// let report = try SensitivityAnalysis().run(scenario)
/// for effect in report.ranked { print(effect.sentence(in: scenario)) }
/// ```
public struct SensitivityAnalysis: Sendable {
    /// Limits for each solve (the time limit is per solve) and the stop hook.
    public var options: MatchOptions
    /// Try the relaxation first and skip the re-solve when it proves no gain.
    public var screensWithRelaxation: Bool
    var backend: any SolverBackend = MatchEngine.defaultBackend

    public init(options: MatchOptions = MatchOptions(), screensWithRelaxation: Bool = true) {
        self.options = options
        self.screensWithRelaxation = screensWithRelaxation
    }

    /// How one change was settled.
    public enum Method: String, Sendable, Codable {
        /// The relaxation proved that no match of the changed scenario houses more.
        case relaxation
        /// The changed scenario was solved again.
        case resolve
        /// The hard filters: no group could take the site even with the change,
        /// so the changed scenario has exactly the matches it had.
        case filters
        /// A larger change brings nothing (one more accessible dwelling at the
        /// same site, proven): then this one, whose matches it all allows, brings nothing either.
        case largerChange
    }

    /// What one change brings.
    public struct Effect: Sendable, Equatable, Codable {
        public var change: CapacityChange
        /// Households housed gained, each counted by its priority (stage 1 of MODEL.md).
        public var housedGain: Double
        /// Households housed gained, each counted once.
        public var householdsGain: Int
        /// Households the changed match houses that the scenario's match does not.
        public var newlyHoused: [SeekerID]
        /// Households the scenario's match houses and the changed one does not
        /// (possible when priorities differ: two housed instead of one).
        public var noLongerHoused: [SeekerID]
        /// Whether the gain is proven: the re-solve is optimal, or the relaxation settled it.
        public var proven: Bool
        public var method: Method
        public var seconds: Double
    }

    /// The effect of every change, and the match they are measured against.
    public struct Report: Sendable, Codable {
        /// The scenario's own solve.
        public var base: MatchResult
        /// One effect per change tried, in the order tried.
        public var effects: [Effect]
        /// Whether every change was tried (false after a stop).
        public var complete: Bool

        /// The effects with a gain, largest first (by priority, then by households); ties keep their order.
        public var ranked: [Effect] {
            effects.enumerated()
                .filter { $0.element.housedGain > 1e-9 }
                .sorted { a, b in
                    if abs(a.element.housedGain - b.element.housedGain) > 1e-9 { return a.element.housedGain > b.element.housedGain }
                    if a.element.householdsGain != b.element.householdsGain { return a.element.householdsGain > b.element.householdsGain }
                    return a.offset < b.offset
                }
                .map(\.element)
        }
    }

    /// Solves the scenario, then each change in `changes` (by default every one).
    ///
    /// - Parameter progress: called before each change is tried, with its
    ///   position (from 0) and the number of changes.
    /// - Throws: ``ScenarioValidationError`` for an invalid scenario; solver failures.
    public func run(_ scenario: Scenario, changes: [CapacityChange]? = nil,
                    progress: (@Sendable (_ index: Int, _ count: Int, _ change: CapacityChange) -> Void)? = nil) throws -> Report {
        let whatIf = try WhatIf(scenario, options: options, engine: MatchEngine(backend: backend, options: options))
        return try run(whatIf, changes: changes, progress: progress)
    }

    /// Tries each change in `changes` (by default every one) against the base
    /// match of `whatIf`, which may come from an earlier solve (``WhatIf/init(_:reusing:options:)``).
    ///
    /// Changes are tried a few at a time (``MatchOptions/threads``, one per core
    /// by default); the report lists them in the order given. An ordinary
    /// dwelling at a site is tried after the accessible one there: when that
    /// one is proven to bring nothing, neither does the ordinary one.
    public func run(_ whatIf: WhatIf, changes: [CapacityChange]? = nil,
                    progress: (@Sendable (_ index: Int, _ count: Int, _ change: CapacityChange) -> Void)? = nil) throws -> Report {
        let scenario = whatIf.scenario
        let base = whatIf.base
        let changes = changes ?? CapacityChange.all(in: scenario)
        var report = Report(base: base, effects: [], complete: false)
        guard base.hasMatch, let baseHoused = base.objective?.housed else {
            // Without a match there is nothing to measure against.
            return report
        }
        // Added capacity only raises the relaxation's bound, so when the
        // scenario's own bound already leaves room for a gain, no change can
        // be screened out: one relaxation instead of one per change.
        let screens = try screensWithRelaxation && base.status == .optimal
            && noGainPossible(in: scenario, beyond: baseHoused, on: whatIf.engine.backend)
        let baseProven = base.status == .optimal

        // First every change but the ordinary dwellings whose accessible twin is
        // asked too; then those, unless the twin settled them.
        let accessibleAsked = Set(changes.compactMap { change -> SiteID? in
            if case .accessibleDwelling(let site) = change { site } else { nil }
        })
        func waitsForTwin(_ change: CapacityChange) -> SiteID? {
            if case .dwelling(let site) = change, accessibleAsked.contains(site) { site } else { nil }
        }
        let first = changes.indices.filter { waitsForTwin(changes[$0]) == nil }
        let second = changes.indices.filter { waitsForTwin(changes[$0]) != nil }
        var effects = [Effect?](repeating: nil, count: changes.count)
        let started = Mutex(0)
        let progressCount = changes.count
        let progress = progress

        var settledTwins: Set<Int> = []
        func ask(_ indices: [Int]) throws -> Bool {
            let settledTwins = settledTwins
            let (runner, asker) = whatIf.trialRunner(count: indices.count)
            let answers = try runner.run(indices.count, starting: { step in
                let position = started.withLock { value -> Int in defer { value += 1 }; return value }
                progress?(position, progressCount, changes[indices[step]])
            }) { step -> Effect? in
                try self.effect(of: changes[indices[step]], on: asker, screens: screens, baseHoused: baseHoused,
                                baseProven: baseProven, settledByTwin: settledTwins.contains(indices[step]))
            }
            for (step, index) in indices.enumerated() {
                guard let answer = answers[step] else { return false }
                effects[index] = answer
            }
            return true
        }
        func record() { report.effects = effects.compactMap { $0 ?? nil } }

        guard try ask(first) else { record(); return report }
        // An ordinary dwelling whose accessible twin is proven to bring nothing brings nothing either.
        settledTwins = Set(second.filter { index in
            guard let site = waitsForTwin(changes[index]), let twin = changes.firstIndex(of: .accessibleDwelling(site)),
                  let larger = effects[twin] ?? nil else { return false }
            return larger.proven && larger.housedGain <= 1e-9 && larger.newlyHoused.isEmpty
        })
        guard try ask(second) else { record(); return report }
        record()
        report.complete = true
        return report
    }

    /// What one change brings: settled by the relaxation, the hard filters or
    /// a larger change (`settledByTwin`) when they prove no gain, else solved again on `whatIf`.
    private func effect(of change: CapacityChange, on whatIf: WhatIf, screens: Bool, baseHoused: Double,
                        baseProven: Bool, settledByTwin: Bool) throws -> Effect? {
        guard let changed = change.applied(to: whatIf.scenario) else { return nil }
        let started = ContinuousClock.now
        func settled(_ method: Method) -> Effect {
            Effect(change: change, housedGain: 0, householdsGain: 0, newlyHoused: [], noLongerHoused: [],
                   proven: baseProven, method: method, seconds: (ContinuousClock.now - started).seconds)
        }
        if screens, try noGainPossible(in: changed, beyond: baseHoused, on: whatIf.engine.backend) { return settled(.relaxation) }
        if Self.atUnusableSite(change, in: changed) { return settled(.filters) }
        if settledByTwin { return settled(.largerChange) }
        let outcome = try whatIf.outcome(of: changed)
        return Effect(
            change: change,
            // Added capacity never makes a scenario with a match infeasible;
            // a re-solve stopped before any match brings nothing known.
            housedGain: outcome.housedChange ?? 0,
            householdsGain: outcome.householdsChange ?? 0,
            newlyHoused: outcome.newlyHoused,
            noLongerHoused: outcome.noLongerHoused,
            proven: outcome.proven,
            method: .resolve,
            seconds: (ContinuousClock.now - started).seconds)
    }

    /// Whether a dwelling change is at a site that no group could take even
    /// after the change: the changed scenario then allows exactly the matches
    /// the scenario did, and the change brings nothing.
    private static func atUnusableSite(_ change: CapacityChange, in changed: Scenario) -> Bool {
        let site: SiteID
        switch change {
        case .dwelling(let id), .accessibleDwelling(let id): site = id
        case .carePlace: return false
        }
        guard let h = changed.sites.firstIndex(where: { $0.id == site }) else { return false }
        return !Eligibility(changed).sitesOfGroup.contains { $0.contains(h) }
    }

    /// Whether the relaxation of the changed scenario's stage 1 stays below
    /// `housed` plus one step of the objective's grid: then no match of it
    /// houses more than `housed`, since every match's value lies on the grid.
    private func noGainPossible(in changed: Scenario, beyond housed: Double, on backend: any SolverBackend) throws -> Bool {
        let formulation = MatchFormulation(scenario: changed)
        guard let step = ObjectiveGrid.step(of: formulation.model.objective, in: formulation.model) else { return false }
        let relaxation = try backend.solve(formulation.model.relaxed(), parameters: SolverParameters())
        guard relaxation.termination == .optimal, let bound = relaxation.objectiveValue else { return false }
        return bound < housed + step - 1e-6
    }
}

extension SensitivityAnalysis.Effect {
    /// "one more accessible dwelling at Oude school (s1) houses one more household: h17".
    public func sentence(in scenario: Scenario) -> String {
        saying(in: scenario).text(in: .en)
    }

    /// The same as a sentence, to say it in any language.
    public func saying(in scenario: Scenario) -> Sentence {
        let change = Sentence.Value.sentence(change.sentence(in: scenario))
        guard housedGain > 1e-9 else { return Sentence(AnalysisWords.housesNoMore, change) }
        let count = householdsGain
        var parts: [Sentence.Value] = []
        switch count {
        case 1: parts.append(.sentence(Sentence(AnalysisWords.housesOneMore, change)))
        case 2...: parts.append(.sentence(Sentence(AnalysisWords.housesMore, change, .number(Double(count)))))
        default: parts.append(.sentence(Sentence(AnalysisWords.housesHigherPriority, change)))
        }
        // Priorities other than 1 make the gain a different number from the count.
        if abs(housedGain - Double(count)) > 1e-9 {
            parts.append(.sentence(Sentence(AnalysisWords.priorityGain, .decimal(housedGain, digits: 2))))
        }
        if !newlyHoused.isEmpty {
            parts.append(.sentence(Sentence(AnalysisWords.whom, .commas(newlyHoused.map { .plain($0.rawValue) }, more: 0))))
        }
        if !noLongerHoused.isEmpty {
            parts.append(.sentence(Sentence(AnalysisWords.inPlaceOf, .commas(noLongerHoused.map { .plain($0.rawValue) }, more: 0))))
        }
        if !proven { parts.append(.sentence(Sentence(AnalysisWords.notProven))) }
        return Sentence(value: .joined(parts, separator: ""))
    }
}
