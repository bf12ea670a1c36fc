import GLPKBackend
import LinearProgramming
import Testing

/// One backend configuration the conformance suite runs against.
struct BackendUnderTest: Sendable, CustomTestStringConvertible {
    var label: String
    var backend: any SolverBackend

    var testDescription: String { label }

    /// Every configuration; a new backend joins the whole suite with one line here.
    static let all: [BackendUnderTest] = [
        BackendUnderTest(label: "GLPK", backend: GLPKBackend()),
        BackendUnderTest(label: "GLPK without presolve", backend: GLPKBackend(options: GLPKOptions(presolve: false))),
    ]
}
