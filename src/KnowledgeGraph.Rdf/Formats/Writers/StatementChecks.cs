using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Formats.Writers;

/// <summary>The shape checks every writer makes before spelling a quad, with errors that say what was wrong.</summary>
internal static class StatementChecks
{
    public static void CheckTriple(in Quad quad, string formatName)
    {
        if (quad.Subject is null || quad.Predicate is null || quad.Obj is null || quad.Graph is null)
        {
            throw new ArgumentException($"Cannot write a quad with a missing term to {formatName} (an uninitialised Quad?).");
        }

        if (quad.Subject.Kind is not (TermKind.Iri or TermKind.BlankNode))
        {
            throw new ArgumentException($"Cannot write {quad} to {formatName}: the subject must be an IRI or a blank node, not {Describe(quad.Subject)}.");
        }

        if (quad.Obj.Kind == TermKind.DefaultGraph)
        {
            throw new ArgumentException($"Cannot write a quad whose object is the default-graph marker to {formatName}.");
        }
    }

    public static void CheckGraphName(in Quad quad, string formatName)
    {
        if (quad.Graph.Kind is not (TermKind.Iri or TermKind.BlankNode or TermKind.DefaultGraph))
        {
            throw new ArgumentException($"Cannot write {quad} to {formatName}: a graph name must be an IRI or a blank node, not {Describe(quad.Graph)}.");
        }
    }

    /// <summary>The error for a named-graph quad given to a writer of a triple format.</summary>
    public static ArgumentException NamedGraphInTripleFormat(in Quad quad, string formatName, string alternatives) =>
        new($"{formatName} holds only the default graph, but the quad {quad} is in the named graph {quad.Graph}; write {alternatives} to keep named graphs.");

    private static string Describe(Term term) => term.Kind switch
    {
        TermKind.Literal => "the literal " + term,
        TermKind.DefaultGraph => "the default-graph marker",
        _ => term.ToString(),
    };
}
