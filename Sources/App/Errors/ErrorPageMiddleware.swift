import Core
import Foundation
import Vapor

/// Turns every error into a page (or, under /api, a JSON body) with the right status and
/// words for a person; no stack trace ever reaches a user.
struct ErrorPageMiddleware: Middleware {
    let l: Localizer

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).flatMapErrorThrowing { error in try request.inLanguage { try page(for: error, request) } }
    }

    private func page(for error: any Error, _ request: Request) throws -> Response {
        let (status, reason) = describe(error)
        if status.code >= 500, (error as? AppError)?.retryAfter == nil {
            request.logger.report(error: error)
        }
        let response: Response
        if request.url.path.hasPrefix(APIPath.prefix) {
            response = jsonResponse(status: status, reason: reason)
            // Basic only where it is taken: elsewhere a browser would offer to remember a password.
            if status == .unauthorized {
                let basic = request.url.path == APIPath.tokens.path
                response.headers.replaceOrAdd(name: .wwwAuthenticate, value: basic ? "Basic realm=\"Stip\"" : "Bearer realm=\"Stip\"")
            }
        } else {
            response = htmlResponse(status: status, reason: reason)
        }
        if let seconds = (error as? AppError)?.retryAfter { response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds)) }
        return response
    }

    private func describe(_ error: any Error) -> (HTTPResponseStatus, String) {
        switch error {
        case let error as AppError:
            return (error.status, error.reason(l))
        case let refusal as AccessRefusal:
            return describe(refusal == .notLoggedIn ? AppError.unauthorized : AppError.forbidden)
        case let error as any AbortError:
            switch error.status {
            case .notFound: return (.notFound, l(.errorNotFound))
            case .badRequest: return (.badRequest, l(.errorBadRequest))
            default: return (error.status, error.status.code >= 500 ? l(.errorServer) : error.reason)
            }
        case is DecodingError:
            return (.badRequest, l(.errorBadRequest))
        default:
            return (.internalServerError, l(.errorServer))
        }
    }

    private func jsonResponse(status: HTTPResponseStatus, reason: String) -> Response {
        struct Body: Encodable {
            struct Detail: Encodable { var status: Int; var reason: String }
            var error: Detail
        }
        let data = (try? JSONEncoder().encode(Body(error: .init(status: Int(status.code), reason: reason)))) ?? Data()
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: status, headers: headers, body: .init(data: data))
    }

    private func htmlResponse(status: HTTPResponseStatus, reason: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: ErrorPage.render(status: status, reason: reason, l)))
    }
}
