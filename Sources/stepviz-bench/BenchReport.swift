import Foundation

/// Prints the rows as a table and writes them as the `--json` array.
enum BenchReport {
    static func table(_ rows: [BenchRow]) -> String {
        let nameWidth = max(4, rows.map(\.name.count).max() ?? 0)
        var lines = [
            pad("name", nameWidth) + "  " + left("ns/op", 10) + "  " + left("baseline", 10)
                + "  " + left("ratio", 7) + "  against, extras"
        ]
        for row in rows {
            var line = pad(row.name, nameWidth) + "  " + left(format(row.nsPerOp), 10) + "  "
            line += left(row.baseline.map(format) ?? "-", 10) + "  "
            line += left(row.ratio.map { String(format: "%.2fx", $0) } ?? "-", 7) + "  "
            var details: [String] = []
            if let baselineName = row.baselineName { details.append(baselineName) }
            details += row.extras.map { "\($0.key)=\(format($0.value))" }
            if let note = row.note { details.append(note) }
            line += details.joined(separator: "; ")
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// The `--json` contract: an array of objects with `name`, `ns_per_op`,
    /// `baseline` and `ratio` (null when there is no baseline), then the
    /// row's extra figures.
    static func json(_ rows: [BenchRow]) -> String {
        let objects = rows.map { row -> String in
            var fields = [
                "\"name\":\(quoted(row.name))",
                "\"ns_per_op\":\(number(row.nsPerOp))",
                "\"baseline\":\(row.baseline.map(number) ?? "null")",
                "\"ratio\":\(row.ratio.map(number) ?? "null")",
            ]
            if let baselineName = row.baselineName { fields.append("\"baseline_name\":\(quoted(baselineName))") }
            fields += row.extras.map { "\(quoted($0.key)):\(number($0.value))" }
            if let note = row.note { fields.append("\"note\":\(quoted(note))") }
            return "  {" + fields.joined(separator: ",") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    static func format(_ value: Double) -> String {
        if value >= 1000 { return String(format: "%.0f", value) }
        if value >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.3g", value)
    }

    static func number(_ value: Double) -> String {
        value.isFinite ? String(format: "%.4g", value) : "null"
    }

    static func quoted(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(escaped)\""
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    static func left(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
