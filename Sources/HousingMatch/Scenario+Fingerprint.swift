import Foundation

extension Scenario {
    /// A short text that changes whenever anything in the scenario changes:
    /// FNV-1a (64 bits) over its JSON with sorted keys.
    ///
    /// A solution file records it (`scenarioFingerprint`), so that a later
    /// solve can tell whether an earlier solution belongs to a given
    /// scenario before trusting the bounds it proved (``EarlierSolve``). It
    /// tells versions of one scenario apart; it is no protection against a
    /// file made to collide on purpose.
    public var fingerprint: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Every field of a scenario encodes; were one to fail, no fingerprint matches any other.
        guard let data = try? encoder.encode(self) else { return "unencodable" }
        // Over the raw buffer: iterating `Data` byte by byte took half a second
        // for a 20,000-household scenario.
        let hash = data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> UInt64 in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            return hash
        }
        return "fnv1a64:" + String(hash, radix: 16)
    }
}
