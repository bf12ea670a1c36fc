import Foundation

/// Collects values from callbacks that may run on any thread.
///
/// `@unchecked` because the compiler cannot see that the lock guards `stored`.
final class Recorder<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Value] = []

    func append(_ value: Value) { lock.withLock { stored.append(value) } }
    var values: [Value] { lock.withLock { stored } }
}
