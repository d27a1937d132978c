import Foundation
import Testing
@testable import Monitor

@Suite struct JSONTextPlaceTests {
    static let text = Data("""
    {"type": "FeatureCollection",
     "n\\u00e4me": "x", "features": [
      {"properties": {"code": "GM0935"}},
      {"properties": {"code": "0917", "b": [[1, 2], {"c": "]}\\""}]}}
     ]}
    """.utf8)

    static func line(_ path: [JSONTextPlace.Step]) -> Int {
        JSONTextPlace.lineAndColumn(ofByte: JSONTextPlace.offset(of: path, in: text), in: text).line
    }

    @Test func aPathLeadsToTheLineOfItsValue() {
        #expect(Self.line([]) == 1)
        #expect(Self.line([.key("nä" + "me")]) == 2)
        #expect(Self.line([.key("features"), .index(1), .key("properties"), .key("code")]) == 4)
        #expect(JSONTextPlace.name(of: [.key("features"), .index(1), .key("properties")]) == "features[1].properties")
    }

    @Test func aPathThatGoesNowhereStopsAtItsDeepestValue() {
        #expect(Self.line([.key("features"), .index(1), .key("nothing"), .index(4)]) == 4)
        #expect(Self.line([.key("features"), .index(9)]) == 2)
    }

    @Test func deepNestingCostsNoStack() {
        let deep = Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        #expect(JSONTextPlace.offset(of: [.index(0), .index(0)], in: deep) == 2)
        #expect(JSONTextPlace.offset(of: [.key("x")], in: deep) == 0)
    }

    @Test func aSyntaxErrorHasALine() {
        let broken = Data("{\n  \"a\": [1,\n  2,,\n]}".utf8)
        let (offset, detail) = JSONTextPlace.syntaxError(in: broken)
        #expect(JSONTextPlace.lineAndColumn(ofByte: offset, in: broken).line == 3)
        #expect(detail.hasPrefix("not valid JSON"))
    }
}
