import Yams

/// YAML aliases let a small file stand for a huge tree (`*a` repeated at every level: 3 KB
/// can stand for millions of values), and the readers visit every value. Without aliases a
/// tree has at most about one value per byte of text, so a tree far larger than its text is
/// refused before the readers start, after a walk that stops at the limit.
enum YAMLTreeSize {
    static func problem(in root: Node, textBytes: Int) -> PlanFileError.Problem? {
        let limit = 4 * textBytes + 10_000
        var count = 0
        var waiting = [root]
        while let node = waiting.popLast() {
            count += 1
            if count > limit {
                return .init(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, field: "",
                             message: "through YAML aliases (*name) the file stands for more than \(limit) values; write the values out instead")
            }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    waiting.append(key)
                    waiting.append(value)
                }
            case .sequence(let sequence): waiting.append(contentsOf: sequence)
            case .scalar, .alias: break
            }
        }
        return nil
    }
}
