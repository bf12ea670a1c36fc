import HousingMatch

/// Applies one variant file's changes to its base: `remove`, then `modify`, then
/// `add`, then `weights`, keeping track of where each value was written.
///
/// Every change that does not fit the base (an id that is not there, an id that
/// is there already, a value of the wrong shape) is collected as an issue with
/// its path in the variant file, so that all of them are listed at once.
struct VariantMerger {
    typealias Side = ScenarioVariant.Side

    /// The variant file and its base, as paths for messages.
    let file: String
    let baseFile: String
    /// The base with the changes applied so far.
    private(set) var document: MergedDocument
    /// What does not fit, with paths in the variant file.
    private(set) var issues: [ValidationIssue] = []
    /// The changes made, in words.
    private(set) var changes: [ScenarioVariant.Change] = []

    /// Ids this file removes, with the path of the removal.
    private var removedHere: [Side: [String: String]] = [:]
    /// Ids this file adds, with the index in `add`.
    private var addedHere: [Side: [String: Int]] = [:]
    /// Ids this file modifies, with the path of the change: a second change of the
    /// same entry is refused, as a key given twice is, rather than silently winning.
    private var modifiedHere: [Side: [String: String]] = [:]

    init(file: String, baseFile: String, base: MergedDocument) {
        self.file = file
        self.baseFile = baseFile
        document = base
    }

    /// Applies every change of a variant file's document, in the order of the format.
    mutating func apply(_ variant: [String: DocumentValue]) {
        let remove = section("remove", of: variant), modify = section("modify", of: variant)
        let add = section("add", of: variant)
        for side in Side.allCases {
            for (index, item) in items(side, of: remove, section: "remove").enumerated() {
                self.remove(item, side: side, at: "remove.\(side.rawValue)[\(index)]")
            }
        }
        for side in Side.allCases {
            for (index, item) in items(side, of: modify, section: "modify").enumerated() {
                self.modify(item, side: side, at: "modify.\(side.rawValue)[\(index)]")
            }
        }
        for side in Side.allCases {
            for (index, item) in items(side, of: add, section: "add").enumerated() {
                self.add(item, side: side, index: index)
            }
        }
        if let weights = variant["weights"] { changeWeights(weights) }
    }

    // MARK: Sections

    private mutating func section(_ name: String, of variant: [String: DocumentValue]) -> [String: DocumentValue] {
        switch variant[name] {
        case nil, .null?: return [:]
        case .object(let object)?: return object
        default:
            issue(name, "expected an object listing seekers, groups, sites or providers")
            return [:]
        }
    }

    private mutating func items(_ side: Side, of section: [String: DocumentValue], section name: String) -> [DocumentValue] {
        switch section[side.rawValue] {
        case nil, .null?: return []
        case .list(let items)?: return items
        default:
            issue("\(name).\(side.rawValue)", name == "remove"
                  ? "expected a list of \(side.singular) ids" : "expected a list of \(side.rawValue)")
            return []
        }
    }

    // MARK: Changes

    private mutating func remove(_ item: DocumentValue, side: Side, at path: String) {
        guard let id = item.text else {
            issue(path, "expected the id of a \(side.singular) to remove")
            return
        }
        if let earlier = removedHere[side]?[id] {
            issue(path, "\(side.singular) \(quotedForMessage(id)) is removed already, at \(earlier)")
            return
        }
        let indices = document.indices(of: id, in: side)
        guard !indices.isEmpty else {
            issue(path, "no \(side.singular) \(quotedForMessage(id)) in the base \(baseFile)")
            return
        }
        for index in indices.reversed() {
            document.entries[side]!.remove(at: index)
            document.origins[side]!.remove(at: index)
        }
        removedHere[side, default: [:]][id] = path
        document.removals[side, default: [:]][id] = SourcePlace(file: file, path: path)
        changes.append(.remove(side, id: id))
    }

    private mutating func modify(_ item: DocumentValue, side: Side, at path: String) {
        guard var fields = item.object else {
            issue(path, "expected the id of the \(side.singular) to change and the keys to change")
            return
        }
        guard let idValue = fields.removeValue(forKey: "id"), idValue != .null else {
            issue(path, "needs the id of the \(side.singular) to change")
            return
        }
        guard let id = idValue.text else {
            issue("\(path).id", "expected the id of the \(side.singular) to change, as text")
            return
        }
        if let earlier = modifiedHere[side]?[id] {
            issue("\(path).id", "\(side.singular) \(quotedForMessage(id)) is changed already, at \(earlier): "
                + "give all its changes in one entry")
            return
        }
        modifiedHere[side, default: [:]][id] = path
        let indices = document.indices(of: id, in: side)
        guard let first = indices.first else {
            if let removal = removedHere[side]?[id] {
                issue("\(path).id", "\(side.singular) \(quotedForMessage(id)) is removed by \(removal)")
            } else {
                issue("\(path).id", "no \(side.singular) \(quotedForMessage(id)) in the base \(baseFile)")
            }
            return
        }
        for index in indices {
            var layer: [[String]: EntryOrigin.Override] = [:]
            var report: [(key: String, from: DocumentValue?, to: DocumentValue?)] = []
            merge(fields, into: &document.entries[side]![index], keyPath: [], at: path, layer: &layer, report: &report)
            document.origins[side]![index].layers.append(layer)
            if index == first {
                changes += report.map {
                    .modify(side, id: id, key: $0.key, from: $0.from?.rendered, to: $0.to?.rendered)
                }
            }
        }
    }

    private mutating func add(_ item: DocumentValue, side: Side, index: Int) {
        let path = "add.\(side.rawValue)[\(index)]"
        guard let fields = item.object else {
            issue(path, "expected a \(side.singular), written as in a scenario file")
            return
        }
        let id = fields["id"]?.text
        if let id {
            if let earlier = addedHere[side]?[id] {
                issue("\(path).id", "a \(side.singular) \(quotedForMessage(id)) exists already (add.\(side.rawValue)[\(earlier)])")
            } else if !document.indices(of: id, in: side).isEmpty {
                issue("\(path).id", "a \(side.singular) \(quotedForMessage(id)) exists already")
            } else {
                addedHere[side, default: [:]][id] = index
            }
            document.removals[side]?[id] = nil
        }
        // An entry without an id is still added: decoding then names the missing key.
        document.entries[side, default: []].append(fields)
        document.origins[side, default: []].append(EntryOrigin(definition: SourcePlace(file: file, path: path)))
        changes.append(.add(side, id: id ?? "without id"))
    }

    private mutating func changeWeights(_ weights: DocumentValue) {
        guard weights == .null || weights.object != nil else {
            issue("weights", "expected an object with preference and values")
            return
        }
        var layer: [[String]: EntryOrigin.Override] = [:]
        var report: [(key: String, from: DocumentValue?, to: DocumentValue?)] = []
        merge(["weights": weights], into: &document.root, keyPath: [], at: "", layer: &layer, report: &report)
        document.rootOrigin.layers.append(layer)
        changes += report.map {
            let key = $0.key.hasPrefix("weights.") ? String($0.key.dropFirst("weights.".count)) : $0.key
            return .weight(key: key, from: $0.from?.rendered, to: $0.to?.rendered)
        }
    }

    /// Sets the keys of `change` in `target`: a null removes the key, an object changes
    /// only the keys it gives of an object already there, any other value replaces the
    /// old one whole. Records where each key was set, and what it was before.
    private func merge(_ change: [String: DocumentValue], into target: inout [String: DocumentValue],
                       keyPath: [String], at path: String, layer: inout [[String]: EntryOrigin.Override],
                       report: inout [(key: String, from: DocumentValue?, to: DocumentValue?)]) {
        for key in change.keys.sorted() {
            let value = change[key]!
            let keys = keyPath + [key]
            let place = SourcePlace(file: file, path: path.isEmpty ? key : "\(path).\(key)")
            switch (value, target[key]) {
            case (.null, let old):
                target[key] = nil
                layer[keys] = EntryOrigin.Override(place: place, replacesWhole: true, removes: true)
                report.append((keys.joined(separator: "."), old, nil))
            case (.object(let inner), .object(var existing)?):
                layer[keys] = EntryOrigin.Override(place: place, replacesWhole: false)
                merge(inner, into: &existing, keyPath: keys, at: place.path, layer: &layer, report: &report)
                target[key] = .object(existing)
            default:
                let new = value.withoutNullKeys
                report.append((keys.joined(separator: "."), target[key], new))
                target[key] = new
                layer[keys] = EntryOrigin.Override(place: place, replacesWhole: true)
            }
        }
    }

    private mutating func issue(_ path: String, _ message: String) {
        issues.append(ValidationIssue(path: path, message: message))
    }
}

private extension DocumentValue {
    /// The value with every null key of its objects left out: in `modify`, a null means "not set".
    var withoutNullKeys: DocumentValue {
        switch self {
        case .object(let object): .object(object.filter { $0.value != .null }.mapValues(\.withoutNullKeys))
        default: self
        }
    }
}
