import CGLPK

/// GLPK-specific settings of a ``GLPKBackend``, beyond the ``SolverParameters`` every backend honours.
///
/// The defaults differ from GLPK's own (`glp_init_iocp` turns presolve and
/// every cut family off) because they were chosen by measurement on the
/// OR-Library generalized-assignment instances and small MIPLIB 3 models:
/// see the report in the package's history for the numbers.
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
    /// With it off, a mixed-integer solve first solves the relaxation with the
    /// simplex method, because `glp_intopt` then needs an optimal basis.
    public var presolve: Bool
    /// The cut families to generate in a mixed-integer search.
    public var cuts: CutFamilies
    /// Run the feasibility pump heuristic at the root (`fp_heur`).
    public var feasibilityPump: Bool
    /// Run proximity search at the root once a first solution exists (`ps_heur`).
    public var proximitySearch: Bool
    /// Seconds proximity search may take (`ps_tm_lim`).
    public var proximitySearchSeconds: Double
    /// Try simple rounding at every node (`sr_heur`).
    public var simpleRounding: Bool
    /// Replace general integer variables by binaries in the presolver (`binarize`).
    public var binarize: Bool
    /// The branching variable rule.
    public var branching: BranchingRule
    /// The node selection rule.
    public var backtracking: BacktrackingRule
    /// The simplex variant.
    public var simplexMethod: SimplexMethod

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
        backtracking: BacktrackingRule = .bestLocalBound,
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

    /// The cut families used unless told otherwise.
    public static let defaultCuts: CutFamilies = .all
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
