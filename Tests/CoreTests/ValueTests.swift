import Core
import Testing

@Suite struct ValueTests {
    @Test func slugsAreLowerCaseLettersDigitsAndHyphens() {
        #expect(Slug.isValid("samenwerking-k01"))
        #expect(!Slug.isValid(""))
        #expect(!Slug.isValid("-voor"))
        #expect(!Slug.isValid("Hoofdletter"))
        #expect(!Slug.isValid("met spatie"))
        #expect(!Slug.isValid("ë"))
        #expect(!Slug.isValid(String(repeating: "a", count: Slug.maximumLength + 1)))
    }

    @Test func yearMonthsAreReadAndOrdered() throws {
        let november = try #require(YearMonth("2020-11"))
        #expect(november.description == "2020-11")
        #expect(YearMonth("2021-1") == nil)
        #expect(YearMonth("2021-13") == nil)
        #expect(november < YearMonth("2021-01")!)
    }
}
