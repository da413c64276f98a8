using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Update;

/// <summary>
/// One atomic write. <see cref="Source"/> is the state the write started from and does not change while the
/// transaction is open (the executor layers the request's own changes over it, see <see cref="OverlayQuadSource"/>).
/// The writes are handed over once, as net changes, just before <see cref="Commit"/>: every inserted quad was absent
/// from <see cref="Source"/> and every deleted quad present. Disposing without committing discards everything.
/// </summary>
public interface IUpdateTransaction : IDisposable
{
    /// <summary>The committed state when the transaction began.</summary>
    IQuadSource Source { get; }

    /// <summary>
    /// True when the target remembers named graphs that hold no quads (CREATE GRAPH then makes a graph that
    /// exists while empty); false for targets where a graph exists exactly while it has quads.
    /// </summary>
    bool RecordsEmptyGraphs { get; }

    /// <summary>The empty named graphs recorded in <see cref="Source"/>'s state (always empty without <see cref="RecordsEmptyGraphs"/>).</summary>
    IReadOnlySet<Term> EmptyGraphs { get; }

    void Insert(in Quad quad);

    void Delete(in Quad quad);

    /// <summary>Records an empty named graph (ignored without <see cref="RecordsEmptyGraphs"/>).</summary>
    void RecordEmptyGraph(Term graph);

    /// <summary>Forgets a recorded empty graph (ignored without <see cref="RecordsEmptyGraphs"/>).</summary>
    void ForgetEmptyGraph(Term graph);

    /// <summary>Applies every change together, or none when it throws.</summary>
    void Commit();
}
