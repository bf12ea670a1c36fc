/// What a dive has decided so far: columns held at 1 or 0, groups held to one
/// site, and group-site pairs ruled out. Empty at the root.
struct MasterRestriction: Sendable, Equatable {
    /// Columns (by index) held at 1.
    var fixedColumns: Set<Int> = []
    /// Columns (by index) held at 0.
    var forbiddenColumns: Set<Int> = []
    /// Groups that must form at the given site (group position to site position).
    var siteOfGroup: [Int: Int] = [:]
    /// Group-site pairs ruled out after forcing them left the master without a solution.
    var forbiddenPairs: Set<[Int]> = []

    var isEmpty: Bool { self == MasterRestriction() }

    /// Whether a column of group `g` at site `h` may be used at all.
    func allows(group g: Int, site h: Int) -> Bool {
        if forbiddenPairs.contains([g, h]) { return false }
        if let forced = siteOfGroup[g] { return forced == h }
        return !siteOfGroup.contains { $0.value == h }
    }

    /// Whether column `k` (of group `g` at site `h`) may take a positive value.
    func allows(column k: Int, group g: Int, site h: Int) -> Bool {
        fixedColumns.contains(k) || (!forbiddenColumns.contains(k) && allows(group: g, site: h))
    }
}
