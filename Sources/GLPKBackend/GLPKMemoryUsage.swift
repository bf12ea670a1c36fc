/// How much memory GLPK's environment on the calling thread holds.
public struct GLPKMemoryUsage: Sendable, Equatable, CustomStringConvertible {
    /// Memory blocks currently allocated.
    public var blocks: Int
    /// Bytes currently allocated.
    public var bytes: Int

    /// Creates a usage record.
    public init(blocks: Int, bytes: Int) {
        self.blocks = blocks
        self.bytes = bytes
    }

    /// The usage as "N blocks, M bytes".
    public var description: String { "\(blocks) blocks, \(bytes) bytes" }
}
