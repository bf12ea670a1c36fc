/// A place in one file: the file's path and a path inside it, such as `add.sites[0]`.
struct SourcePlace: Equatable, Sendable {
    var file: String
    var path: String

    /// The place of a value inside this one: `sites[3]` and `accessibleUnits` give `sites[3].accessibleUnits`.
    func appending<S: Sequence>(_ components: S) -> SourcePlace where S.Element == PathComponent {
        var path = path
        for component in components {
            switch component {
            case .key(let key): path += path.isEmpty ? key : ".\(key)"
            case .index(let index): path += "[\(index)]"
            }
        }
        return SourcePlace(file: file, path: path)
    }
}

/// Where one entry of a merged scenario (a seeker, group, site or provider, or the
/// top level with `name` and `weights`) was written, key by key.
///
/// An entry is written once (in the base file, or in a variant's `add`) and then
/// changed by any number of `modify` changes along a chain of variants. Each
/// change is a layer: the keys it set, each with the place it set it. A value
/// belongs to the newest layer that set it or an object around it; otherwise to
/// where the entry was written.
struct EntryOrigin: Sendable {
    /// One key set by a change.
    struct Override: Sendable {
        /// Where the change sets the key.
        var place: SourcePlace
        /// Whether the change replaced the key's whole value (or removed it);
        /// `false` when it only changed some keys of an object.
        var replacesWhole: Bool
        /// Whether the change removed the key (set it to null).
        var removes: Bool = false
    }

    /// Where the entry was written.
    var definition: SourcePlace
    /// The changes, oldest first; each maps a key path (`["care", "hours"]`) to where it was set.
    var layers: [[[String]: Override]] = []

    /// Where the value at `components` (a path inside the entry) was written, and whether
    /// a change removed it.
    func place(of components: [PathComponent]) -> (place: SourcePlace, removed: Bool) {
        var keys: [String] = []
        for component in components {
            guard case .key(let key) = component else { break }
            keys.append(key)
        }
        for layer in layers.reversed() {
            for length in stride(from: keys.count, through: 1, by: -1) {
                guard let override = layer[Array(keys.prefix(length))] else { continue }
                if override.replacesWhole {
                    return (override.place.appending(components.dropFirst(length)), override.removes)
                }
                // The change set only some keys of this object: the object itself is its
                // place, but a key it did not set was written in an older layer.
                if length == components.count { return (override.place, false) }
                break
            }
        }
        return (definition.appending(components), false)
    }
}
