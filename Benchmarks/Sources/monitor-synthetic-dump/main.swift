// Prints Stip's composite index and robustness results on the synthetic benchmark data as
// CSV, so that `numpy_robustness.py --compare` can show that numpy did the same work.
//
//   swift run -c release monitor-synthetic-dump > /tmp/stip-synthetic.csv
import Monitor
import SyntheticMonitor

let dataset = try SyntheticMonitor.dataset()
let fingerprint = SyntheticMonitor.fingerprint(dataset.values.storage)
let index = try CompositeIndex.compute(dataset)
let robustness = try await Robustness.run(dataset, focus: SyntheticMonitor.focus)

print("# sum=\(fingerprint.sum) missing=\(fingerprint.missing)")
print("unit,index,rank,median_rank,rank_p5,rank_p95,selection_share,ranked_draws")
func text(_ value: Double?) -> String { value.map { "\($0)" } ?? "" }
for row in dataset.unitIDs.indices {
    let r = robustness.unit(row)
    print([
        r.id, text(index.index[row]), index.ranks[row].map(String.init) ?? "", text(r.medianRank), text(r.rankPercentile5),
        text(r.rankPercentile95), "\(r.selectionShare)", "\(r.rankedDraws)",
    ].joined(separator: ","))
}
