import Vapor

extension Request {
    /// Where a request comes from, for throttling and the audit trail. Behind Stip's own proxy
    /// (the peer is on this machine or a private network) it is the address that proxy added last
    /// to `X-Forwarded-For`; otherwise the peer itself, so a client cannot name itself someone else.
    /// Without this, every client behind the proxy would share one address and one client's
    /// failures would lock everyone's logins.
    var clientAddress: String? {
        guard let peer = remoteAddress?.ipAddress else { return nil }
        guard Self.isProxy(peer), let forwarded = headers.first(name: "X-Forwarded-For")?.split(separator: ",").last else { return peer }
        let address = forwarded.trimmingCharacters(in: .whitespaces)
        return address.isEmpty || address.count > 45 ? peer : address
    }

    private static func isProxy(_ address: String) -> Bool {
        address == "127.0.0.1" || address == "::1" || address.hasPrefix("10.") || address.hasPrefix("192.168.")
            || address.hasPrefix("fd") || (address.hasPrefix("172.") && address.split(separator: ".").dropFirst().first.flatMap { Int($0) }.map { (16...31).contains($0) } == true)
    }
}
