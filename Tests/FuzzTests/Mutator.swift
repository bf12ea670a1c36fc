import Foundation

/// Applies mutations to a document tree and then, possibly, to its text.
///
/// Each mutation is logged in words. The mutator also notes when a mutation
/// makes the case risky to run in this process (a number that may overflow,
/// deep nesting, YAML aliases that expand), and from the final tree it can
/// tell when MODEL.md v1.1 requires the file to be refused.
struct Mutator {
    var tree: FuzzNode
    let yaml: Bool
    /// Where the sides (`seekers`, ...) are: the root for a scenario, `add` and `modify` for a variant.
    let sideRoots: [[FuzzPathStep]]
    var log: [String] = []
    var risky = false
    /// Text-level mutations, applied after writing the tree out.
    private var textMutations: [(inout Data, inout SplitMix64) -> Void] = []
    private var textSeed: UInt64 = 0
    /// The tree no longer says what the file says (text mutations, aliases): no expectation.
    private(set) var treeIsNotTheFile = false

    init(tree: FuzzNode, yaml: Bool, sideRoots: [[FuzzPathStep]]) {
        self.tree = tree
        self.yaml = yaml
        self.sideRoots = sideRoots
    }

    // MARK: MODEL.md's numeric fields and references

    struct NumericField {
        var side: String
        var path: [FuzzPathStep]
        var range: ClosedRange<Double>
        var whole: Bool
    }

    static let numericFields: [NumericField] = [
        NumericField(side: "seekers", path: [.key("maxRent")], range: 0...100_000, whole: false),
        NumericField(side: "seekers", path: [.key("care"), .key("hours")], range: 0...168, whole: false),
        NumericField(side: "seekers", path: [.key("supportHours")], range: 0...168, whole: false),
        NumericField(side: "seekers", path: [.key("priority")], range: 0...1000, whole: false),
        NumericField(side: "groups", path: [.key("minSize")], range: 1...10_000, whole: true),
        NumericField(side: "groups", path: [.key("maxSize")], range: 0...10_000, whole: true),
        NumericField(side: "groups", path: [.key("minGenerations")], range: 0...10_000, whole: true),
        NumericField(side: "groups", path: [.key("supportRatio")], range: 0...168, whole: false),
        NumericField(side: "groups", path: [.key("careShare"), .key("min")], range: 0...1, whole: false),
        NumericField(side: "groups", path: [.key("careShare"), .key("max")], range: 0...1, whole: false),
        NumericField(side: "sites", path: [.key("units")], range: 0...10_000, whole: true),
        NumericField(side: "sites", path: [.key("accessibleUnits")], range: 0...10_000, whole: true),
        NumericField(side: "sites", path: [.key("rent")], range: 0...100_000, whole: false),
        NumericField(side: "providers", path: [.key("capacity")], range: 0...10_000, whole: true),
        NumericField(side: "providers", path: [.key("minClientsPerSite")], range: 0...10_000, whole: true),
        NumericField(side: "providers", path: [.key("maxClientsPerSite")], range: 0...10_000, whole: true),
    ]
    static let weightFields = ["preference", "values"]

    /// Keys that hold ids of another entry.
    static let referenceKeys = ["preferences", "excludes", "together", "apart", "founders", "declines"]
    static let sides = ["seekers", "groups", "sites", "providers"]

    /// Numbers at and beyond the edges of a range, and numbers no range holds.
    ///
    /// Most are safe to read in this process; now and then (`risky` of the
    /// time) a number that may overflow or trap where the code makes it an
    /// integer, which sends the case to the CLI (see ``isRisky(_:)``).
    static func extreme(for field: NumericField?, yaml: Bool, random: inout SplitMix64, risky: Double = 0.2) -> String {
        let top = field?.range.upperBound ?? 1000
        let whole = field?.whole ?? false
        if random.chance(risky) {
            var values = ["1e309", "-1e309", "1.7976931348623157e308", "9223372036854775807", "9223372036854775808",
                          "-9223372036854775808", "18446744073709551616", "4294967296"]
            values += yaml ? [".nan", ".inf", "-.inf", ".NaN"] : ["NaN", "Infinity", "-Infinity"]
            values += ["1e300", "-1e300", "1e15"]
            return random.pick(values)
        }
        var values = ["0", plain(top), "-1", "-0", "1e-400", "5e-324", "nan", "Infinity", "999999"]
        if whole {
            values += [String(Int(top) + 1), "12.5", "1.0", "1e3", "10000.5"]
        } else {
            values += [plain(top) + "0000001", plain(top + 1), plain(top * 10), "-0.0", "0.5", "1e5"]
        }
        return random.pick(values)
    }

    static func plain(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// A number that may trap or overflow where the code turns it into an
    /// integer: kept out of this process.
    static func isRisky(_ text: String) -> Bool {
        guard let value = Double(text) else { return !["nan", "Infinity"].contains(text) }  // YAML's NaN and infinity
        return !value.isFinite || abs(value) >= 1e6
    }

    static let identifiers: [String] = [
        "🏠👵🏽", "e\u{301}\u{301}\u{301}", "\u{202E}h1", "مجموعة", "groupe-à-Zürich", "家",
        String(repeating: "a", count: 64), String(repeating: "b", count: 65),
        String(repeating: "é", count: 65), "\u{1B}[31mred", "h\u{0}1", "\u{7}bell", "two\nlines", "tab\tbed",
        "", " ", "\u{200B}", "\u{FEFF}bom", "\u{7F}", "\u{85}", "h1 ", "null", "true", "0",
        "&anchor", "*alias", "- dash", "#comment", "key: value", "\"quoted\"", "\\",
    ]

    // MARK: Scenario mutations

    mutating func mutate(count: Int, random: inout SplitMix64) {
        for _ in 0..<count {
            let roll = random.int(in: 0...99)
            switch roll {
            case 0..<18: structural(random: &random)
            case 18..<48: extremeNumber(random: &random)
            case 48..<63: identifier(random: &random)
            case 63..<78: duplicate(random: &random)
            case 78..<85: missingReference(random: &random)
            case 85..<88: if yaml { alias(random: &random) } else { duplicate(random: &random) }
            default: text(random: &random)
            }
        }
    }

    private func entryPaths(side: String? = nil) -> [(side: String, path: [FuzzPathStep])] {
        var result: [(String, [FuzzPathStep])] = []
        for root in sideRoots {
            for name in Self.sides where side == nil || side == name {
                let sidePath = root + [.key(name)]
                guard let items = tree[sidePath]?.items else { continue }
                for index in items.indices { result.append((name, sidePath + [.index(index)])) }
            }
        }
        return result
    }

    mutating func structural(random: inout SplitMix64) {
        let paths = tree.allPaths
        switch random.int(in: 0...5) {
        case 0:
            let required = Set(["id", "generations", "seekers", "groups", "sites", "units", "municipality",
                                "minSize", "maxSize", "careTypes", "capacity", "type", "hours", "base"])
            let keyed = paths.filter { if case .key = $0.last { true } else { false } }
            let preferred = keyed.filter { if case .key(let key) = $0.last { required.contains(key) } else { false } }
            guard let path = random.chance(0.6) && !preferred.isEmpty ? random.pick(preferred)
                    : keyed.isEmpty ? nil : random.pick(keyed) else { return }
            tree.set(path, to: nil)
            log.append("drop \(path.description)")
        case 1, 2:
            let path = random.pick(paths.count > 1 ? Array(paths.dropFirst()) : paths)
            let value = random.pick([FuzzNode.array([]), .object([]), .string("text"), .number("7"), .null,
                                     .bool(true), .array([.number("1"), .string("a")]), .object([("x", .null)]),
                                     .string(""), .number("0")])
            tree.set(path, to: value)
            log.append("\(path.description) becomes \(value.yaml.trimmingCharacters(in: .whitespacesAndNewlines))")
        case 3:
            let depth = random.chance(0.8) ? random.pick([20, 100, 300]) : random.pick([600, 5000, 100_000])
            // Written as text: a tree this deep would overflow the stack of the fuzzer's own recursion.
            let opening = random.chance(0.5) ? "[" : "{\"a\": ", closing = opening == "[" ? "]" : "}"
            let node = FuzzNode.verbatim(String(repeating: opening, count: depth) + "1"
                                         + String(repeating: closing, count: depth))
            let path = random.pick(paths.count > 1 ? Array(paths.dropFirst()) : paths)
            tree.set(path, to: node)
            if depth >= 600 { risky = true }
            log.append("\(path.description) nested \(depth) deep")
        case 4:
            let replacement = random.pick([FuzzNode.array([tree]), .string("scenario"), .number("42"), .null,
                                           .object([]), .array([])])
            tree = replacement
            log.append("top level becomes \(replacement.yaml.prefix(40).trimmingCharacters(in: .whitespacesAndNewlines))")
        default:
            for root in sideRoots {
                let side = random.pick(Self.sides)
                tree.set(root + [.key(side)], to: .array([]))
                log.append("\((root + [.key(side)]).description) empty")
            }
        }
    }

    mutating func extremeNumber(random: inout SplitMix64) {
        let entries = entryPaths()
        if entries.isEmpty || random.chance(0.08) {
            guard !sideRoots.isEmpty else { return }
            let root: [FuzzPathStep] = []
            let key = random.pick(Self.weightFields)
            let value = Self.extreme(for: NumericField(side: "weights", path: [], range: 0...1000, whole: false), yaml: yaml, random: &random)
            let path = root + [.key("weights"), .key(key)]
            if tree[root + [.key("weights")]] == nil { tree.set(root + [.key("weights")], to: .object([])) }
            tree.set(path, to: Self.numberNode(value))
            if Self.isRisky(value) { risky = true }
            log.append("\(path.description) = \(value)")
            return
        }
        let entry = random.pick(entries)
        let fields = Self.numericFields.filter { $0.side == entry.side }
        guard !fields.isEmpty else { return }
        let field = random.pick(fields)
        let value = Self.extreme(for: field, yaml: yaml, random: &random)
        let path = entry.path + field.path
        if field.path.count == 2, tree[entry.path + [field.path[0]]]?.members == nil {
            // care or careShare not given: give it, with the number in it.
            let parent: FuzzNode = field.path[0] == .key("care")
                ? .object([("type", .string("VG")), ("hours", .number("1"))]) : .object([])
            tree.set(entry.path + [field.path[0]], to: parent)
        }
        tree.set(path, to: Self.numberNode(value))
        if Self.isRisky(value) { risky = true }
        log.append("\(path.description) = \(value)")
    }

    static func numberNode(_ text: String) -> FuzzNode {
        Double(text) == nil ? .verbatim(text) : .number(text)
    }

    mutating func identifier(random: inout SplitMix64) {
        var identifier = random.pick(Self.identifiers)
        if random.chance(0.02) { identifier = String(repeating: "m", count: 1 << 20) }
        let entries = entryPaths()
        guard !entries.isEmpty else { return }
        let entry = random.pick(entries)
        let shown = identifier.count > 80 ? "\(identifier.count) characters" : identifier.debugDescription
        if random.chance(0.25) {
            // Free text, which MODEL.md leaves open: names and municipalities.
            let key = random.pick(["name", "municipality", "owner"])
            tree.set(entry.path + [.key(key)], to: .string(identifier))
            log.append("\((entry.path + [.key(key)]).description) = \(shown)")
            return
        }
        guard let old = tree[entry.path + [.key("id")]]?.stringValue else { return }
        tree.set(entry.path + [.key("id")], to: .string(identifier))
        if random.chance(0.6) {
            renameReferences(from: old, to: identifier)
            log.append("\(entry.side) id \(old) renamed \(shown) everywhere")
        } else {
            log.append("\((entry.path + [.key("id")]).description) = \(shown)")
        }
    }

    private mutating func renameReferences(from old: String, to new: String) {
        for path in tree.allPaths where tree[path]?.stringValue == old {
            if case .index = path.last { tree.set(path, to: .string(new)) }
        }
    }

    mutating func duplicate(random: inout SplitMix64) {
        switch random.int(in: 0...4) {
        case 0:
            // A key twice in one object.
            let objects = tree.allPaths.filter { !(tree[$0]?.members?.isEmpty ?? true) }
            guard let path = objects.isEmpty ? nil : random.pick(objects),
                  case .object(var members) = tree[path] else { return }
            let member = random.pick(members)
            var copy = member
            if random.chance(0.5), case .number = member.value { copy.value = .number("3") }
            members.insert(copy, at: random.int(in: 0...members.count))
            tree.set(path, to: .object(members))
            log.append("\((path + [.key(member.key)]).description) given twice")
        case 1:
            let side = random.pick(Self.sides)
            let entries = entryPaths(side: side)
            guard entries.count >= 2, let id = tree[entries[0].path + [.key("id")]] else { return }
            tree.set(entries[1].path + [.key("id")], to: id)
            log.append("\(side) id twice")
        case 2:
            // A whole side twice at the top.
            guard let root = sideRoots.first, case .object(var members)? = tree[root], !members.isEmpty else { return }
            let sideMembers = members.filter { Self.sides.contains($0.key) }
            guard let member = sideMembers.isEmpty ? nil : random.pick(sideMembers) else { return }
            members.append(member)
            tree.set(root, to: .object(members))
            log.append("side \(member.key) given twice")
        case 3:
            let entries = entryPaths()
            guard let entry = entries.isEmpty ? nil : random.pick(entries), let node = tree[entry.path],
                  let items = tree[Array(entry.path.dropLast())]?.items else { return }
            tree.set(Array(entry.path.dropLast()), to: .array(items + [node]))
            log.append("\(entry.path.description) listed twice")
        default:
            let seekers = entryPaths(side: "seekers").filter { !(tree[$0.path + [.key("preferences")]]?.items?.isEmpty ?? true) }
            guard let seeker = seekers.isEmpty ? nil : random.pick(seekers),
                  let preferences = tree[seeker.path + [.key("preferences")]]?.items else { return }
            tree.set(seeker.path + [.key("preferences")], to: .array(preferences + [preferences[0]]))
            log.append("\(seeker.path.description).preferences names a group twice")
        }
    }

    mutating func missingReference(random: inout SplitMix64) {
        let entries = entryPaths().filter { $0.side == "seekers" || $0.side == "groups" }
        guard let entry = entries.isEmpty ? nil : random.pick(entries) else { return }
        let keys = entry.side == "seekers" ? ["preferences", "excludes", "together", "apart"] : ["founders", "declines"]
        let key = random.pick(keys)
        let own = tree[entry.path + [.key("id")]] ?? .string("h1")
        let target: FuzzNode = (key == "together" || key == "apart") && random.chance(0.4) ? own : .string("zz-missing")
        let list = tree[entry.path + [.key(key)]]?.items ?? []
        tree.set(entry.path + [.key(key)], to: .array(list + [target]))
        log.append("\((entry.path + [.key(key)]).description) names \(target.stringValue ?? "?")")
    }

    mutating func alias(random: inout SplitMix64) {
        guard yaml else { return }
        treeIsNotTheFile = true
        risky = true
        let seekers = entryPaths(side: "seekers")
        switch random.int(in: 0...3) {
        case 0:
            guard let first = seekers.first, let node = tree[first.path],
                  let items = tree[Array(first.path.dropLast())]?.items else { return }
            var copy = items
            copy[0] = .anchored("s", node)
            copy.append(.verbatim("*s"))
            tree.set(Array(first.path.dropLast()), to: .array(copy))
            log.append("a seeker repeated by an alias")
        case 1:
            // A small billion laughs: 9^depth strings once expanded (depth 6 takes
            // the CLI about 3 s and 250 MB to read, depth 7 ten times as much).
            let depth = random.chance(0.92) ? random.int(in: 3...5) : random.int(in: 6...7)
            var levels: [(key: String, value: FuzzNode)] = [
                ("l0", .anchored("l0", .array(Array(repeating: .string("lol"), count: 9)))),
            ]
            for level in 1...depth {
                levels.append(("l\(level)", .anchored("l\(level)",
                                                      .array(Array(repeating: .verbatim("*l\(level - 1)"), count: 9)))))
            }
            if case .object(var members) = tree {
                members.insert(("laughs", .object(levels)), at: 0)
                tree = .object(members)
                // Under an unknown key only, or also where a decoder must read it.
                if let first = seekers.first, random.chance(0.5) {
                    tree.set(first.path + [.key("tags")], to: .verbatim("*l\(depth)"))
                    log.append("billion laughs, \(depth) levels, in \(first.path.description).tags")
                } else {
                    log.append("billion laughs, \(depth) levels, under an unknown key")
                }
            }
        case 2:
            guard let first = seekers.first else { return }
            tree.set(first.path + [.key("tags")], to: .verbatim("*undefined"))
            log.append("alias to an undefined anchor")
        default:
            guard seekers.count >= 2, let generations = tree[seekers[0].path + [.key("generations")]] else { return }
            tree.set(seekers[0].path + [.key("generations")], to: .anchored("g", generations))
            tree.set(seekers[1].path + [.key("generations")], to: .verbatim("*g"))
            log.append("generations shared by an alias")
        }
    }

    mutating func text(random: inout SplitMix64) {
        treeIsNotTheFile = true
        textSeed = random.next()
        let choice = random.int(in: 0...7)
        let names = ["truncated", "garbage bytes", "empty file", "byte order mark", "CRLF line ends",
                     "a control character", "only whitespace", "tab indentation"]
        log.append("text: \(names[choice])")
        textMutations.append { data, random in
            switch choice {
            case 0:
                data = data.prefix(random.int(in: 0...max(0, data.count - 1)))
            case 1:
                for _ in 0..<random.int(in: 1...8) {
                    let byte = random.pick([0x00, 0x1B, 0x07, 0xFF, 0xC0, 0x80, 0x7B, 0x5B, 0x22, 0x3A, 0x2C, 0x0A,
                                            UInt8.random(in: 0...255, using: &random)] as [UInt8])
                    data.insert(byte, at: random.int(in: 0...data.count))
                }
            case 2:
                data = Data()
            case 3:
                data = Data([0xEF, 0xBB, 0xBF]) + data
            case 4:
                data = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
            case 5:
                if !data.isEmpty { data[random.int(in: 0...(data.count - 1))] = random.pick([0x00, 0x1B, 0x07, 0x0B]) }
            case 6:
                data = Data(" \n\t\n".utf8)
            default:
                data = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n  ", with: "\n\t").utf8)
            }
        }
    }

    // MARK: Match mutations

    mutating func mutateMatch(providers: [String], random: inout SplitMix64) {
        let groups = tree[[.key("groups")]]?.items ?? []
        let roll = random.int(in: 0...99)
        if roll >= 88 { text(random: &random); return }
        if roll >= 78 { structural(random: &random); return }
        guard !groups.isEmpty else { structural(random: &random); return }
        let g = random.int(in: 0...(groups.count - 1))
        let group: [FuzzPathStep] = [.key("groups"), .index(g)]
        switch roll {
        case 0..<40:
            var care = tree[group + [.key("care")]]?.items ?? []
            if care.isEmpty {
                care = [.object([("provider", .string(providers.first ?? "c1")), ("careType", .string("VG")),
                                 ("clients", .number("1"))])]
            }
            let value = random.chance(0.2)
                ? random.pick(["9223372036854775807", "9223372036854775808", "4611686018427387904",
                               "-9223372036854775808", "3037000500", "1e300"])
                : random.pick(["2.5", "-1", "10001", "10000", "0", "-0", "1e3", "1.0", "999999"])
            let c = random.int(in: 0...(care.count - 1))
            care[c].set([.key("clients")], to: .number(value))
            if random.chance(0.3) { care.append(care[c]) }
            tree.set(group + [.key("care")], to: .array(care))
            if Self.isRisky(value) { risky = true }
            log.append("groups[\(g)].care[\(c)].clients = \(value)")
        case 40..<52:
            let key = random.pick(["id", "site", "members"])
            let value: FuzzNode = key == "members" ? .array([.string("h999")]) : .string(random.pick(["g999", "s999", "", "🏠"]))
            tree.set(group + [.key(key)], to: value)
            log.append("groups[\(g)].\(key) names what does not exist")
        case 52..<62:
            let members = tree[group + [.key("members")]]?.items ?? []
            guard let first = members.first else { return }
            tree.set(group + [.key("members")], to: .array(members + [first]))
            log.append("groups[\(g)].members lists a member twice")
        case 62..<70:
            guard let node = tree[group] else { return }
            tree.set([.key("groups")], to: .array(groups + [node]))
            log.append("groups[\(g)] listed twice")
        default:
            let key = random.pick(["id", "site", "members", "care", "groups"])
            tree.set(key == "groups" ? [.key("groups")] : group + [.key(key)], to: nil)
            log.append("drop \(key == "groups" ? "groups" : "groups[\(g)].\(key)")")
        }
    }

    // MARK: Writing and judging

    func text() -> Data {
        var data = Data((yaml ? tree.yaml : tree.json).utf8)
        var random = SplitMix64(seed: textSeed)
        for mutation in textMutations { mutation(&data, &random) }
        return data
    }

    /// Why MODEL.md v1.1 requires the file to be refused, judged on the final
    /// tree; `nil` when it need not be, or when the tree is not what the file says.
    func expectedRefusal(identifiers: Bool) -> String? {
        guard !treeIsNotTheFile else { return nil }
        for path in tree.allPaths {
            guard let members = tree[path]?.members else { continue }
            var seen: Set<String> = []
            for member in members where !seen.insert(member.key).inserted {
                return "\((path + [.key(member.key)]).description) is given twice"
            }
        }
        for root in sideRoots {
            for side in Self.sides {
                guard let entries = tree[root + [.key(side)]]?.items else { continue }
                var ids: Set<String> = []
                for (index, entry) in entries.enumerated() {
                    let place = (root + [.key(side), .index(index)]).description
                    for field in Self.numericFields where field.side == side {
                        if let problem = Self.outOfRange(entry[field.path], field: field) {
                            return "\(place).\(field.path.description) \(problem)"
                        }
                    }
                    guard let id = entry[[.key("id")]]?.stringValue else { continue }
                    if let problem = Self.badIdentifier(id) { return "\(place).id \(problem)" }
                    if identifiers, !ids.insert(id).inserted { return "\(place).id repeats an id" }
                    for key in Self.referenceKeys {
                        for reference in entry[[.key(key)]]?.items ?? [] {
                            if let text = reference.stringValue, let problem = Self.badIdentifier(text) {
                                return "\(place).\(key) \(problem)"
                            }
                        }
                    }
                }
            }
        }
        for key in Self.weightFields where !sideRoots.isEmpty {
            let field = NumericField(side: "weights", path: [], range: 0...1000, whole: false)
            if let problem = Self.outOfRange(tree[[.key("weights"), .key(key)]], field: field) {
                return "weights.\(key) \(problem)"
            }
        }
        return nil
    }

    /// Why a match file must be refused: a `clients` count that is not a whole number from 0 to 10,000.
    func expectedMatchRefusal() -> String? {
        guard !treeIsNotTheFile else { return nil }
        let field = NumericField(side: "", path: [], range: 0...10_000, whole: true)
        for path in tree.allPaths where path.last == .key("clients") {
            if let problem = Self.outOfRange(tree[path], field: field) { return "\(path.description) \(problem)" }
        }
        return nil
    }

    static func outOfRange(_ node: FuzzNode?, field: NumericField) -> String? {
        switch node {
        case .number(let text)?:
            guard let value = Double(text) else { return nil }
            if !value.isFinite || value < field.range.lowerBound || value > field.range.upperBound {
                return "= \(text) is outside \(plain(field.range.lowerBound))...\(plain(field.range.upperBound))"
            }
            if field.whole, value != value.rounded() { return "= \(text) is not a whole number" }
            return nil
        case .verbatim(let text)?:
            return "= \(text) is not a finite number"
        default:
            return nil
        }
    }

    static func badIdentifier(_ id: String) -> String? {
        if id.isEmpty { return "is empty" }
        if id.count > 64, id.unicodeScalars.count > 64 { return "is longer than 64 characters" }
        if id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "holds a control character"
        }
        return nil
    }
}
