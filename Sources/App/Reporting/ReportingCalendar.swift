import Core

/// iCalendar (RFC 5545) for the rounds' due days: text escaped as the format asks, lines folded
/// at 75 octets, CRLF line ends.
enum ReportingCalendar {
    static func ics(_ rounds: [ReportingRound], summary: (String) -> String, url: (String) -> String) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Stip//Voortgangsrondes//NL", "CALSCALE:GREGORIAN"]
        for round in rounds {
            let day = round.dueOn.replacingOccurrences(of: "-", with: "")
            let stamp = String(round.openedAt.filter { $0.isNumber }.prefix(8)) + "T" + String(round.openedAt.filter { $0.isNumber }.dropFirst(8).prefix(6)) + "Z"
            lines += [
                "BEGIN:VEVENT",
                "UID:\(round.id)@stip",
                "DTSTAMP:\(stamp)",
                "DTSTART;VALUE=DATE:\(day)",
                "SUMMARY:\(escaped(summary(round.name)))",
                "DESCRIPTION:\(escaped(url(round.id)))",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(folded).joined(separator: "\r\n") + "\r\n"
    }

    /// Backslash, semicolon, comma and line breaks escaped; other control characters dropped.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n", "\r": out += "\\n"
            default: if !(character.asciiValue.map { $0 < 0x20 || $0 == 0x7f } ?? false) { out.append(character) }
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a character.
    static func folded(_ line: String) -> String {
        var result = "", count = 0
        for character in line {
            let size = String(character).utf8.count
            if count + size > 75 {
                result += "\r\n "
                count = 1
            }
            result.append(character)
            count += size
        }
        return result
    }
}
