/// How far a file has been read, for a progress line on large files.
public struct ImportProgress: Sendable, Equatable {
    public var rowsRead: Int
    public var bytesRead: Int
    public var totalBytes: Int

    public init(rowsRead: Int, bytesRead: Int, totalBytes: Int) {
        self.rowsRead = rowsRead
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
    }

    /// Between 0 and 1.
    public var fraction: Double { totalBytes == 0 ? 1 : Double(bytesRead) / Double(totalBytes) }
}
