import Vapor

/// The errors a person can meet in Stip, each with its status and words for them.
enum AppError: Error, Sendable, Equatable {
    /// A well-formed id that names no record of this kind.
    case notFound(kind: String, id: String)
    /// An id that cannot be an id at all.
    case malformedID(String)
    /// The database holds no plan yet.
    case noPlanLoaded
    /// Logged in, but the role does not allow it.
    case forbidden
    /// Not logged in (or a bad token) where an account is needed.
    case unauthorized
    /// A form without the CSRF token it was served with.
    case formExpired
    /// A JSON body that is not an object of known fields.
    case unreadableBody(String)
    /// A request that is well formed but asks for what cannot be done, with why in the person's words.
    case unprocessable(String)
    /// Too many failed logins for this account or from this address: wait this many seconds.
    case tooManyAttempts(retryAfter: Int)
    /// More new monitor computations in the last minute than one person may ask for: wait this many seconds.
    case tooManyComputations(retryAfter: Int)
    /// More work waiting than Stip takes on at once: try again after this many seconds.
    case busy(retryAfter: Int)

    /// For `Retry-After`.
    var retryAfter: Int? {
        switch self {
        case let .tooManyAttempts(seconds), let .tooManyComputations(seconds), let .busy(seconds): seconds
        default: nil
        }
    }

    var status: HTTPResponseStatus {
        switch self {
        case .notFound: .notFound
        case .malformedID, .unreadableBody: .badRequest
        case .noPlanLoaded: .serviceUnavailable
        case .forbidden, .formExpired: .forbidden
        case .unauthorized: .unauthorized
        case .unprocessable: .unprocessableEntity
        case .tooManyAttempts, .tooManyComputations: .tooManyRequests
        case .busy: .serviceUnavailable
        }
    }

    func reason(_ l: Localizer) -> String {
        switch self {
        case let .notFound(kind, id): l(.notFoundRecord(kind: kind, id: id))
        case let .malformedID(id): l(.malformedID(id))
        case .noPlanLoaded: "\(l(.noPlanLoaded)) \(l(.noPlanLoadedHelp))"
        case .forbidden: l(.forbiddenExplanation)
        case .unauthorized: l(.unauthorized)
        case .formExpired: l(.formExpired)
        case let .unreadableBody(detail): l(.unreadableBody(detail))
        case let .unprocessable(reason): reason
        case let .tooManyAttempts(seconds): l(.tooManyAttempts(minutes: max(1, (seconds + 59) / 60)))
        case let .tooManyComputations(seconds): l(.tooManyComputations(seconds: seconds))
        case .busy: l(.busy)
        }
    }
}
