using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Update;

namespace KnowledgeGraph.Sparql.Tests.Update;

/// <summary>Small helpers: IRIs under http://e/, a target built from N-Quads-like tuples, and its state as sorted strings.</summary>
internal static class UpdateTestData
{
    public const string Prefix = "PREFIX : <http://e/>\n";

    public static Iri E(string local) => new("http://e/" + local);

    public static Quad Q(string s, string p, string o, string? g = null) =>
        g is null ? new Quad(E(s), E(p), E(o)) : new Quad(E(s), E(p), E(o), E(g));

    public static UpdateResult Run(InMemoryUpdateTarget target, string update, UpdateOptions? options = null) =>
        SparqlUpdateExecutor.Execute(Prefix + update, target, options);

    /// <summary>The committed quads as sorted N-Quads lines (blank nodes as they are).</summary>
    public static string[] State(InMemoryUpdateTarget target) =>
        target.Current.Match(null, null, null, null).Select(Line).Order(StringComparer.Ordinal).ToArray();

    public static string Line(Quad q) =>
        q.InDefaultGraph ? $"{q.Subject} {q.Predicate} {q.Obj}" : $"{q.Subject} {q.Predicate} {q.Obj} {q.Graph}";
}
