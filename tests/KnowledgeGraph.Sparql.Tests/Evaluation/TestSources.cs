using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>Wrappers that make the engine take its other execution paths over the same data.</summary>
internal static class TestSources
{
    /// <summary>The source at term level only: the engine's BGPs take their term-level loops.</summary>
    internal sealed class TermOnly(IQuadSource inner) : IQuadSource
    {
        public IEnumerable<Quad> Match(Term? subject, Iri? predicate, Term? obj, Term? graph) => inner.Match(subject, predicate, obj, graph);

        public IEnumerable<Term> NamedGraphs() => inner.NamedGraphs();

        public long EstimateCardinality(Term? subject, Iri? predicate, Term? obj, Term? graph) => inner.EstimateCardinality(subject, predicate, obj, graph);
    }

    /// <summary>The source's ids, declared so dear to seek that the engine hashes every pattern it probes more than once.</summary>
    internal sealed class DearSeek(InMemoryQuadSource inner) : IQuadSource, IQuadIdSource
    {
        private readonly IQuadIdSource _ids = inner.Ids;

        public IQuadIdSource Ids => this;

        public int SeekCostInQuads => 1000;

        public IEnumerable<Quad> Match(Term? subject, Iri? predicate, Term? obj, Term? graph) => inner.Match(subject, predicate, obj, graph);

        public IEnumerable<Term> NamedGraphs() => inner.NamedGraphs();

        public long EstimateCardinality(Term? subject, Iri? predicate, Term? obj, Term? graph) => inner.EstimateCardinality(subject, predicate, obj, graph);

        public bool TryLookup(Term term, out long id) => _ids.TryLookup(term, out id);

        public Term Decode(long id) => _ids.Decode(id);

        public IEnumerable<QuadIds> Match(long? subject, long? predicate, long? obj, long? graph) => _ids.Match(subject, predicate, obj, graph);
    }
}
