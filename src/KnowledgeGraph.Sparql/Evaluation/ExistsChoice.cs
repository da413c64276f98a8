namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// How a correlated EXISTS / NOT EXISTS whose shared variables the outer rows always bind is evaluated: decorrelated
/// (the pattern once over the whole graph into a key set, then a hash semi-/anti-join: cost grows with the graph) or
/// per row (the outer row substituted, the pattern ordered from the bound variables, stopped at its first solution:
/// cost grows with the outer rows). q8 (thousands of outer rows) wants the first, a handful of events in one place
/// (the mix's <c>contradicted</c>) the second.
/// <para>
/// The outer estimate is the weak one (a FILTER is guessed to keep half its rows, a GROUP a tenth), so it only decides
/// when it clearly says "many": decorrelate from the start. Otherwise the choice is made at run time, as a ski rental:
/// start per row and switch to decorrelated once the probes made would have paid for the decorrelated scan
/// (<see cref="SwitchAfter"/>). Whatever the outer size turns out to be, that costs at most about twice the better
/// of the two, and needs only the inner estimate, which is a BGP's and reliable. Jena and Oxigraph choose per row
/// (substitution) by default; this keeps decorrelation for the large outer sides where it wins.
/// </para>
/// </summary>
public static class ExistsChoice
{
    /// <summary>
    /// One per-row probe (plan set-up, the seed's terms looked up as ids, index seeks, the first solution) taken as
    /// worth this many rows of the decorrelated scan: measured at 1M on LMDB, a probe costs 20-45 us and a scanned row
    /// 2.7-4 us (q8's 2,456 probes took 115 ms, its 19,650-row scan about as much).
    /// </summary>
    public const double ProbeCost = 16;

    private const long MinSwitchAfter = 16;

    private const long MaxSwitchAfter = 1_000_000;

    /// <summary>True when the outer rows are estimated to be so many that the probes would clearly cost more than the scan.</summary>
    public static bool DecorrelateNow(double outerRows, double innerRows) =>
        !double.IsNaN(outerRows) && !double.IsNaN(innerRows) && outerRows * ProbeCost > innerRows;

    /// <summary>How many outer rows are probed one by one before switching to the decorrelated key set.</summary>
    public static long SwitchAfter(double innerRows) =>
        double.IsNaN(innerRows) ? MinSwitchAfter * 4 : (long)Math.Clamp(innerRows / ProbeCost, MinSwitchAfter, MaxSwitchAfter);
}
