using System.Globalization;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Server.Query;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.Void;

/// <summary>A class with the number of distinct instances it has (a <c>void:classPartition</c>).</summary>
public sealed record ClassCount(Iri Class, long Entities);

/// <summary>A property with the number of statements that use it (a <c>void:propertyPartition</c>).</summary>
public sealed record PropertyCount(Iri Property, long Triples);

/// <summary>
/// The counts a VoID description states, computed by SPARQL aggregate queries through <see cref="ISparqlProcessor"/>
/// over every graph (the default graph as stored plus each named graph). Statements are counted once per graph
/// they are in, so <see cref="Triples"/> is the store's quad count.
/// </summary>
public sealed record VoidStatistics(
    long Triples,
    long Entities,
    long DistinctSubjects,
    long DistinctObjects,
    long Properties,
    IReadOnlyList<ClassCount> Classes,
    IReadOnlyList<PropertyCount> PropertyPartitions,
    IReadOnlyList<Iri> Examples)
{
    /// <summary>Every statement of every graph, as one pattern.</summary>
    private const string AllStatements = "{ { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }";

    private const string Kg = "https://w3id.org/newskg/ont#";

    /// <summary>The classes whose first instance (by IRI) is offered as a <c>void:exampleResource</c>.</summary>
    public static IReadOnlyList<Iri> ExampleClasses { get; } =
        [new(Kg + "Event"), new(Kg + "ArmedGroup"), new(Kg + "Person"), new(Kg + "Place"), new(Kg + "Claim"), new(Kg + "SourceDocument")];

    public static VoidStatistics Compute(ISparqlProcessor processor, Func<QueryExecution> execution)
    {
        var totals = Single(Select(processor, execution,
            $"SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects) (COUNT(DISTINCT ?p) AS ?properties) WHERE {AllStatements}"));
        var entities = Single(Select(processor, execution,
            $"SELECT (COUNT(DISTINCT ?s) AS ?entities) WHERE {{ {AllStatements} FILTER(isIRI(?s)) }}"));
        var classes = Select(processor, execution,
                "SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { { ?x a ?c } UNION { GRAPH ?g { ?x a ?c } } FILTER(isIRI(?c)) } GROUP BY ?c ORDER BY ?c")
            .Select(r => new ClassCount((Iri)r["c"]!, Count(r, "n"))).ToList();
        var properties = Select(processor, execution, $"SELECT ?p (COUNT(*) AS ?n) WHERE {AllStatements} GROUP BY ?p ORDER BY ?p")
            .Select(r => new PropertyCount((Iri)r["p"]!, Count(r, "n"))).ToList();
        var wanted = string.Join(", ", ExampleClasses.Select(c => $"<{c.Value}>"));
        var examples = Select(processor, execution,
                $"SELECT ?c (MIN(STR(?x)) AS ?example) WHERE {{ {{ ?x a ?c }} UNION {{ GRAPH ?g {{ ?x a ?c }} }} FILTER(isIRI(?x) && ?c IN ({wanted})) }} GROUP BY ?c")
            .Where(r => r["example"] is Literal)
            .ToDictionary(r => (Iri)r["c"]!, r => new Iri(((Literal)r["example"]!).LexicalForm));
        return new VoidStatistics(
            Count(totals, "triples"),
            Count(entities, "entities"),
            Count(totals, "subjects"),
            Count(totals, "objects"),
            Count(totals, "properties"),
            classes,
            properties,
            [.. ExampleClasses.Where(examples.ContainsKey).Select(c => examples[c])]);
    }

    private static List<SolutionRow> Select(ISparqlProcessor processor, Func<QueryExecution> execution, string query) =>
        [.. ((SolutionSequence)processor.Evaluate(processor.PrepareQuery(query, null), execution())).Rows];

    private static SolutionRow Single(List<SolutionRow> rows) =>
        rows.Count == 1 ? rows[0] : throw new InvalidOperationException($"an aggregate without GROUP BY gave {rows.Count} rows");

    private static long Count(SolutionRow row, string variable) =>
        row[variable] is Literal { LexicalForm: var text } && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : 0;
}
