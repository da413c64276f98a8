using System.Text;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// The SPARQL text behind an entity's description. Each quad query selects <c>?g ?s ?p ?o</c> twice over, inside
/// <c>GRAPH ?g</c> (to learn the provenance graph) and in the default graph (the union, which also holds triples that
/// are in no named graph); <see cref="QuadRows"/> keeps a default-graph row only when no named graph had the triple.
/// </summary>
public static class DescriptionQueries
{
    /// <summary>How many blank nodes deep a concise bounded description is followed (the seed data needs 2).</summary>
    public const int BlankNodeDepth = 4;

    /// <summary>Most claims, sources and assessments gathered around one entity.</summary>
    public const int MaxRelated = 2000;

    public static string Exists(Iri entity)
    {
        var e = SparqlText.Iri(entity);
        return $"ASK {{ {{ {e} ?p ?o }} UNION {{ ?s ?p {e} }} }}";
    }

    /// <summary>The claims about the entity (as frame subject or object, or schema:about), their sources and assessments.</summary>
    public static string Related(Iri entity)
    {
        var e = SparqlText.Iri(entity);
        return SparqlText.Prefixes + $$"""
SELECT DISTINCT ?x WHERE {
  { ?x kg:claimSubject {{e}} } UNION { ?x kg:claimObject {{e}} } UNION { ?x schema:about {{e}} . ?x a kg:Claim }
  UNION { { ?c kg:claimSubject {{e}} } UNION { ?c kg:claimObject {{e}} } ?c kg:source|kg:firstSource ?x }
  UNION { { ?c kg:claimSubject {{e}} } UNION { ?c kg:claimObject {{e}} } ?x kg:assesses ?c }
  FILTER(isIRI(?x))
} LIMIT {{MaxRelated}}
""";
    }

    /// <summary>The concise bounded descriptions of <paramref name="roots"/>: their triples, blank nodes followed.</summary>
    public static string BoundedDescriptions(IReadOnlyCollection<Iri> roots, int depth = BlankNodeDepth)
    {
        var values = SparqlText.Values("root", roots);
        var branches = new List<string>();
        for (var level = 0; level <= depth; level++)
        {
            var chain = new StringBuilder(values).Append(' ');
            var from = "?root";
            for (var i = 1; i <= level; i++)
            {
                chain.Append($"{from} ?p{i} ?b{i} . FILTER(isBlank(?b{i})) ");
                from = "?b" + i;
            }

            chain.Append($"{from} ?p ?o . BIND({from} AS ?s)");
            branches.Add($"{{ GRAPH ?g {{ {chain} }} }} UNION {{ {chain} }}");
        }

        return "SELECT ?g ?s ?p ?o WHERE {\n  " + string.Join("\n  UNION ", branches) + "\n}";
    }

    /// <summary>Labels and types of the things a description links to.</summary>
    public static string LabelsAndTypes(IReadOnlyCollection<Iri> things)
    {
        var pattern = SparqlText.Values("s", things) + " VALUES ?p { rdfs:label rdf:type } ?s ?p ?o .";
        return SparqlText.Prefixes + $"SELECT ?g ?s ?p ?o WHERE {{ {{ GRAPH ?g {{ {pattern} }} }} UNION {{ {pattern} }} }}";
    }

    /// <summary>What is said about the named graphs a description came from (their provenance, in the default graph).</summary>
    public static string GraphProvenance(IReadOnlyCollection<Iri> graphs)
    {
        var pattern = SparqlText.Values("s", graphs) + " ?s ?p ?o .";
        return $"SELECT ?g ?s ?p ?o WHERE {{ {{ GRAPH ?g {{ {pattern} }} }} UNION {{ {pattern} }} }}";
    }
}
