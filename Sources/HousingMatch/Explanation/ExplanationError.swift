/// An explanation asked about something the scenario does not have.
public enum ExplanationError: Error, Equatable, CustomStringConvertible {
    case unknownSeeker(SeekerID)
    case unknownGroup(GroupID)

    public var description: String {
        switch self {
        case .unknownSeeker(let id): "no seeker has id \"\(id)\""
        case .unknownGroup(let id): "no group has id \"\(id)\""
        }
    }
}
