using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.Dumps;

/// <summary>Turns the rows of a dump query (?s ?p ?o and optionally ?g) back into quads, one at a time.</summary>
public static class SolutionQuads
{
    /// <param name="rows">Rows with ?s ?p ?o bound; ?g (when the head has it) unbound for the default graph.</param>
    /// <param name="graph">The graph of every row when the query has no ?g (a one-graph dump).</param>
    /// <param name="cancel">Checked on every row, so a client that goes away stops the scan.</param>
    public static IEnumerable<Quad> From(SolutionSequence rows, Term graph, CancellationToken cancel)
    {
        var s = rows.Variables.IndexOf("s");
        var p = rows.Variables.IndexOf("p");
        var o = rows.Variables.IndexOf("o");
        var g = rows.Variables.IndexOf("g");
        foreach (var row in rows.Rows)
        {
            cancel.ThrowIfCancellationRequested();
            var rowGraph = g >= 0 ? row[g] ?? DefaultGraph.Instance : graph;
            if (row[s] is { } subject && row[p] is Iri predicate && row[o] is { } obj)
            {
                yield return new Quad(subject, predicate, obj, rowGraph);
            }
        }
    }
}
