/// The indicators and the tree of themes and groups above them, checked once so that the
/// engine can work with positions instead of names.
public struct IndexStructure: Sendable {
    public let indicators: [IndicatorDefinition]
    /// In the order given; scores per node come in this order.
    public let nodes: [AggregateNode]
    public let rootID: String

    let rootNode: Int
    /// Per node: the positions of its indicators (empty for a group).
    let indicatorsOfNode: [[Int]]
    /// Per node: the positions of its child nodes (empty for a theme).
    let childrenOfNode: [[Int]]
    /// Every node after all of its children, so one pass fills the tree bottom-up.
    let bottomUpOrder: [Int]
    private let indicatorPositions: [String: Int]
    private let nodePositions: [String: Int]

    public init(indicators: [IndicatorDefinition], nodes: [AggregateNode]) throws {
        guard !indicators.isEmpty else { throw MethodError.noIndicators }
        var nodePositions: [String: Int] = [:]
        for (position, node) in nodes.enumerated() {
            guard nodePositions.updateValue(position, forKey: node.id) == nil else { throw MethodError.duplicateNode(id: node.id) }
        }
        var indicatorPositions: [String: Int] = [:]
        var indicatorsOfNode = Array(repeating: [Int](), count: nodes.count)
        for (position, indicator) in indicators.enumerated() {
            guard indicatorPositions.updateValue(position, forKey: indicator.id) == nil else { throw MethodError.duplicateIndicator(id: indicator.id) }
            guard let theme = nodePositions[indicator.theme] else { throw MethodError.unknownTheme(indicator: indicator.id, theme: indicator.theme) }
            guard indicator.weight.isFinite, indicator.weight > 0 else { throw MethodError.invalidWeight(of: "indicator \(indicator.id)", weight: indicator.weight) }
            indicatorsOfNode[theme].append(position)
        }
        var childrenOfNode = Array(repeating: [Int](), count: nodes.count)
        var roots: [Int] = []
        for (position, node) in nodes.enumerated() {
            guard let parentID = node.parent else {
                roots.append(position)
                continue
            }
            guard let parent = nodePositions[parentID] else { throw MethodError.unknownParent(node: node.id, parent: parentID) }
            guard node.weight.isFinite, node.weight > 0 else { throw MethodError.invalidWeight(of: "theme or group \(node.id)", weight: node.weight) }
            childrenOfNode[parent].append(position)
        }
        guard roots.count == 1, let root = roots.first else { throw MethodError.rootCount(found: roots.map { nodes[$0].id }) }
        for position in nodes.indices {
            if !indicatorsOfNode[position].isEmpty, !childrenOfNode[position].isEmpty { throw MethodError.mixedChildren(node: nodes[position].id) }
            if indicatorsOfNode[position].isEmpty, childrenOfNode[position].isEmpty { throw MethodError.emptyNode(id: nodes[position].id) }
        }
        // Post-order walk from the root; a node it never reaches sits in a loop of parents.
        var order: [Int] = []
        var stack: [(node: Int, expanded: Bool)] = [(root, false)]
        while let (node, expanded) = stack.popLast() {
            if expanded {
                order.append(node)
            } else {
                stack.append((node, true))
                for child in childrenOfNode[node].reversed() { stack.append((child, false)) }
            }
        }
        if order.count != nodes.count {
            let reached = Set(order)
            let lost = nodes.indices.first { !reached.contains($0) }!
            throw MethodError.nodeOutsideTree(id: nodes[lost].id)
        }
        self.indicators = indicators
        self.nodes = nodes
        self.rootID = nodes[root].id
        self.rootNode = root
        self.indicatorsOfNode = indicatorsOfNode
        self.childrenOfNode = childrenOfNode
        self.bottomUpOrder = order
        self.indicatorPositions = indicatorPositions
        self.nodePositions = nodePositions
    }

    public func indicatorPosition(of id: String) -> Int? { indicatorPositions[id] }
    public func nodePosition(of id: String) -> Int? { nodePositions[id] }

    /// Nodes that hold indicators.
    public var themeIDs: [String] { nodes.indices.filter { !indicatorsOfNode[$0].isEmpty }.map { nodes[$0].id } }
    /// Nodes that hold themes or groups, the index included.
    public var groupIDs: [String] { nodes.indices.filter { !childrenOfNode[$0].isEmpty }.map { nodes[$0].id } }
}
