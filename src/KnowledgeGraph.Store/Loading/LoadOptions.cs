using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Store.Loading;

/// <summary>How <see cref="BulkLoader"/> loads.</summary>
public sealed record LoadOptions
{
    /// <summary>The graph that receives the inputs' default-graph triples (null: the default graph). Named-graph quads keep their graph.</summary>
    public Term? TargetGraph { get; init; }

    /// <summary>Skip statements with syntax errors and count them, instead of failing the whole load.</summary>
    public bool Lenient { get; init; }

    /// <summary>Called now and then with how far the load has got.</summary>
    public IProgress<LoadProgress>? Progress { get; init; }

    /// <summary>How many quads between two progress reports.</summary>
    public int ProgressInterval { get; init; } = 100_000;
}

/// <summary>Where a load is: quads read so far, bytes of the inputs consumed (compressed bytes for .gz) out of the known total.</summary>
public sealed record LoadProgress(long QuadsRead, long BytesRead, long? TotalBytes, TimeSpan Elapsed, string Phase)
{
    public double QuadsPerSecond => Elapsed.TotalSeconds > 0 ? QuadsRead / Elapsed.TotalSeconds : 0;
}

/// <summary>What a load did: quads read, quads new to the store, statements skipped (lenient) and the first errors.</summary>
public sealed record LoadResult(long QuadsRead, long QuadsInserted, long SkippedStatements, IReadOnlyList<RdfParseException> Errors, TimeSpan Elapsed)
{
    public double QuadsPerSecond => Elapsed.TotalSeconds > 0 ? QuadsRead / Elapsed.TotalSeconds : 0;
}
