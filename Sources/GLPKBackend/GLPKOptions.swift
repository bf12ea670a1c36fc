import CGLPK

/// GLPK-specific settings of a ``GLPKBackend``, beyond the ``SolverParameters`` every backend honours.
///
/// The defaults differ from GLPK's own (`glp_init_iocp` turns presolve and
/// every cut family off) and were chosen by measurement on the 60 OR-Library
/// generalized-assignment instances and eight small MIPLIB 3 models (medians
/// of three runs; one run without cuts, where 11 assignment instances and 2
/// MIPLIB models stayed unsolved after 10 s). Mixed-integer rounding cuts are what solves them, Gomory cuts slow them
/// down (all families 10.8 s for the 60, MIR + cover + clique 4.2 s), and
/// best-projection backtracking brings that to 3.4 s with no instance over
/// 0.4 s, while the MIPLIB models stay under a second each.
public struct GLPKOptions: Sendable, Equatable {
    /// Families of cutting planes GLPK can add to a mixed-integer search.
    public struct CutFamilies: OptionSet, Sendable, Hashable {
        /// The bit pattern of the set.
        public let rawValue: Int
        /// Creates a set from its bit pattern.
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Gomory's mixed-integer cuts (`gmi_cuts`).
        public static let gomory = CutFamilies(rawValue: 1 << 0)
        /// Mixed-integer rounding cuts (`mir_cuts`).
        public static let mixedIntegerRounding = CutFamilies(rawValue: 1 << 1)
        /// Mixed cover cuts (`cov_cuts`).
        public static let cover = CutFamilies(rawValue: 1 << 2)
        /// Clique cuts (`clq_cuts`).
        public static let clique = CutFamilies(rawValue: 1 << 3)
        /// Every family GLPK has.
        public static let all: CutFamilies = [.gomory, .mixedIntegerRounding, .cover, .clique]
    }

    /// How GLPK chooses the variable to branch on (`br_tech`).
    public enum BranchingRule: Sendable, Equatable, CaseIterable {
        /// The first fractional variable.
        case firstFractional
        /// The last fractional variable.
        case lastFractional
        /// The most fractional variable.
        case mostFractional
        /// The heuristic of Driebeck and Tomlin.
        case driebeckTomlin
        /// A hybrid pseudocost heuristic.
        case hybridPseudocost
    }

    /// How GLPK chooses the next open node (`bt_tech`).
    public enum BacktrackingRule: Sendable, Equatable, CaseIterable {
        /// Depth-first search.
        case depthFirst
        /// Breadth-first search.
        case breadthFirst
        /// The node with the best local bound.
        case bestLocalBound
        /// The best projection heuristic.
        case bestProjection
    }

    /// Which simplex variant solves linear programmes and relaxations (`meth`).
    public enum SimplexMethod: Sendable, Equatable, CaseIterable {
        /// Two-phase primal simplex.
        case primal
        /// Dual simplex, falling back to primal when the start is not dual feasible.
        case dualThenPrimal
    }

    /// Run GLPK's presolver before the simplex method and before branch-and-cut.
    ///
    /// On by default: it is faster on the netlib LPs, and MIPLIB's p0548 needs
    /// it under best-projection backtracking (over 10 s without, 0.14 s with).
    ///
    /// With it off, a mixed-integer solve first solves the relaxation with the
    /// simplex method, because `glp_intopt` then needs an optimal basis.
    public var presolve: Bool
    /// The cut families to generate in a mixed-integer search.
    public var cuts: CutFamilies
    /// Run the feasibility pump heuristic at the root (`fp_heur`); measured neutral, so off.
    public var feasibilityPump: Bool
    /// Run proximity search at the root once a first solution exists (`ps_heur`).
    public var proximitySearch: Bool
    /// Seconds proximity search may take (`ps_tm_lim`).
    public var proximitySearchSeconds: Double
    /// Try simple rounding at every node (`sr_heur`).
    public var simpleRounding: Bool
    /// Replace general integer variables by binaries in the presolver (`binarize`);
    /// off, because it made MIPLIB's bell5 go from under a second to over ten.
    public var binarize: Bool
    /// The branching variable rule.
    public var branching: BranchingRule
    /// The node selection rule.
    public var backtracking: BacktrackingRule
    /// The simplex variant.
    public var simplexMethod: SimplexMethod
    /// Seconds between checks of ``SolverParameters/shouldStop`` while the
    /// simplex method runs (a linear programme, or the relaxation solved
    /// before a search without presolve). GLPK's simplex method has no
    /// callback; it prints a progress line this often (`out_frq`), and the
    /// terminal hook asks the stop request there. The solve itself is one
    /// call, as GLPK runs it. 0 (or not a finite number): no checks.
    public var stopCheckSeconds: Double = GLPKOptions.defaultStopCheckSeconds

    /// A quarter of a second: a stop request is answered about that fast.
    public static let defaultStopCheckSeconds = 0.25

    /// Creates options; every argument has the measured default.
    public init(
        presolve: Bool = true,
        cuts: CutFamilies = GLPKOptions.defaultCuts,
        feasibilityPump: Bool = false,
        proximitySearch: Bool = false,
        proximitySearchSeconds: Double = 60,
        simpleRounding: Bool = true,
        binarize: Bool = false,
        branching: BranchingRule = .driebeckTomlin,
        backtracking: BacktrackingRule = .bestProjection,
        simplexMethod: SimplexMethod = .primal
    ) {
        self.presolve = presolve
        self.cuts = cuts
        self.feasibilityPump = feasibilityPump
        self.proximitySearch = proximitySearch
        self.proximitySearchSeconds = proximitySearchSeconds
        self.simpleRounding = simpleRounding
        self.binarize = binarize
        self.branching = branching
        self.backtracking = backtracking
        self.simplexMethod = simplexMethod
    }

    /// The cut families used unless told otherwise: all but Gomory's, which
    /// cost more time than they save on assignment-like models.
    public static let defaultCuts: CutFamilies = [.mixedIntegerRounding, .cover, .clique]
}

extension GLPKOptions.BranchingRule {
    var glpkCode: Int32 {
        switch self {
        case .firstFractional: GLP_BR_FFV
        case .lastFractional: GLP_BR_LFV
        case .mostFractional: GLP_BR_MFV
        case .driebeckTomlin: GLP_BR_DTH
        case .hybridPseudocost: GLP_BR_PCH
        }
    }
}

extension GLPKOptions.BacktrackingRule {
    var glpkCode: Int32 {
        switch self {
        case .depthFirst: GLP_BT_DFS
        case .breadthFirst: GLP_BT_BFS
        case .bestLocalBound: GLP_BT_BLB
        case .bestProjection: GLP_BT_BPH
        }
    }
}

extension GLPKOptions.SimplexMethod {
    var glpkCode: Int32 {
        switch self {
        case .primal: GLP_PRIMAL
        case .dualThenPrimal: GLP_DUALP
        }
    }
}
