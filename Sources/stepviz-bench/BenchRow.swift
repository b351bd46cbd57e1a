/// One row of the results: the table line and the `--json` object.
/// `name`, `ns_per_op`, `baseline` and `ratio` (ours / baseline) are the
/// contract tooling reads; `extras` add row-specific figures (ns per event,
/// hit ratio, frames per second). A row with no alternative to run against
/// has a nil baseline and ratio (`null` in JSON).
struct BenchRow {
    var name: String
    /// Our figure: median ns per operation.
    var nsPerOp: Double
    /// The alternative's median ns per operation, measured side by side.
    var baseline: Double?
    /// What the baseline is, e.g. "swift-collections Heap".
    var baselineName: String?
    /// Extra figures, in the order they are printed.
    var extras: [(key: String, value: Double)] = []
    /// Why a row is missing or what to read it against, if anything.
    var note: String?

    var ratio: Double? { baseline.map { nsPerOp / $0 } }

    init(
        name: String, nsPerOp: Double, baseline: Double? = nil, baselineName: String? = nil,
        extras: [(key: String, value: Double)] = [], note: String? = nil
    ) {
        self.name = name
        self.nsPerOp = nsPerOp
        self.baseline = baseline
        self.baselineName = baselineName
        self.extras = extras
        self.note = note
    }

    init(
        name: String, sideBySide result: SideBySide.Result, baselineName: String,
        extras: [(key: String, value: Double)] = [], note: String? = nil
    ) {
        self.init(
            name: name, nsPerOp: result.ours, baseline: result.baseline,
            baselineName: baselineName, extras: extras, note: note)
    }
}
