import Monitor
import Testing

@Suite struct CSVWriterTests {
    @Test func aHeaderAndRowsWithTheLineEndAsked() {
        var monitor = CSVWriter(header: ["area_code", "index", "rank"], lineEnd: .lf)
        monitor.row([.text("GM0935"), .number(101.25), .integer(3)])
        monitor.row([.text("GM0917"), .number(nil), .integer(nil)])
        #expect(monitor.text == "area_code,index,rank\nGM0935,101.25,3\nGM0917,,\n")

        var money = CSVWriter(header: ["id", "amount_eur"], lineEnd: .crlf)
        money.row(["inv-1", "125000"])
        #expect(money.text == "id,amount_eur\r\ninv-1,125000\r\n")
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("Beek (L.)", "Beek (L.)"),
        ("Sittard-Geleen, Born", "\"Sittard-Geleen, Born\""),
        ("a \"quote\"", "\"a \"\"quote\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("semi;colon", "\"semi;colon\""),
        // What a spreadsheet would run gets an apostrophe, and is quoted when it holds a separator.
        ("=1+2", "'=1+2"),
        ("+31 43", "'+31 43"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-A1", "'-A1"),
        ("\tx", "'\tx"),
        ("=HYPERLINK(\"https://evil.example\",\"klik\")", "\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"klik\"\")\""),
        // A negative amount typed as text stays a number.
        ("-12.5", "-12.5"),
        ("-2000", "-2000"),
    ])
    func textIsQuotedWhenItMustBeAndNeverStartsAFormula(text: String, written: String) {
        #expect(CSVField.text(text).written == written)
    }

    @Test func numbersAreWrittenAsSwiftPrintsThemAndNeverGuarded() {
        #expect(CSVField.number(0.1).written == "0.1")
        #expect(CSVField.number(-1.5e-05).written == "-1.5e-05")
        #expect(CSVField.number(-3).written == "-3.0")
        #expect(CSVField.number(.nan).written == "")
        #expect(CSVField.number(-.infinity).written == "")
        #expect(CSVField.integer(-7).written == "-7")
        // As text, the same exponent would get the guard's apostrophe: numbers Stip computed are not text.
        #expect(CSVField.text("-1.5e-05").written == "'-1.5e-05")
    }
}
