import Monitor
import Testing

/// The tree is checked before anything is computed, with messages that say what to fix.
@Suite struct IndexStructureTests {
    let indicator = IndicatorDefinition(id: "x", theme: "t")

    @Test func arbitraryDepthIsFine() throws {
        let nodes = [
            AggregateNode(id: "index", parent: nil), AggregateNode(id: "g1", parent: "index"), AggregateNode(id: "g2", parent: "g1"),
            AggregateNode(id: "t", parent: "g2"), AggregateNode(id: "u", parent: "index"),
        ]
        let structure = try IndexStructure(indicators: [indicator, IndicatorDefinition(id: "y", theme: "u")], nodes: nodes)
        #expect(structure.rootID == "index")
        #expect(structure.themeIDs == ["t", "u"])
        #expect(structure.groupIDs == ["index", "g1", "g2"])
    }

    @Test func anUnknownThemeIsNamed() {
        #expect(throws: MethodError.unknownTheme(indicator: "x", theme: "t")) {
            try IndexStructure(indicators: [indicator], nodes: [AggregateNode(id: "other", parent: nil)])
        }
    }

    @Test func exactlyOneRoot() {
        #expect(throws: MethodError.rootCount(found: ["t", "u"])) {
            try IndexStructure(indicators: [indicator, IndicatorDefinition(id: "y", theme: "u")], nodes: [AggregateNode(id: "t", parent: nil), AggregateNode(id: "u", parent: nil)])
        }
    }

    @Test func aLoopOfParentsIsFound() {
        let nodes = [
            AggregateNode(id: "t", parent: nil), AggregateNode(id: "a", parent: "b"), AggregateNode(id: "b", parent: "a"), AggregateNode(id: "c", parent: "a"),
        ]
        #expect(throws: MethodError.nodeOutsideTree(id: "a")) {
            try IndexStructure(indicators: [indicator, IndicatorDefinition(id: "y", theme: "c")], nodes: nodes)
        }
    }

    @Test func aNodeHoldsIndicatorsOrNodesNotBoth() {
        let nodes = [AggregateNode(id: "t", parent: nil), AggregateNode(id: "u", parent: "t")]
        #expect(throws: MethodError.mixedChildren(node: "t")) {
            try IndexStructure(indicators: [indicator, IndicatorDefinition(id: "y", theme: "u")], nodes: nodes)
        }
    }

    @Test func duplicatesAndBadWeightsAreRefused() {
        #expect(throws: MethodError.duplicateIndicator(id: "x")) {
            try IndexStructure(indicators: [indicator, indicator], nodes: [AggregateNode(id: "t", parent: nil)])
        }
        #expect(throws: MethodError.invalidWeight(of: "indicator z", weight: 0)) {
            try IndexStructure(indicators: [IndicatorDefinition(id: "z", theme: "t", weight: 0)], nodes: [AggregateNode(id: "t", parent: nil)])
        }
    }

    @Test func messagesAreForPeople() {
        #expect(MethodError.unknownTheme(indicator: "x", theme: "t").description == "The indicator x belongs to the theme t, which is not in the structure.")
    }
}
