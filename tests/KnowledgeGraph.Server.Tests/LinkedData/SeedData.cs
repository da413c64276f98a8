using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.Tests.LinkedData;

/// <summary>
/// The seed data as the tests' reference: read straight from seed-data/*.trig with our TriG reader, so expectations
/// come from the files the server was seeded with, not from strings written into the tests.
/// </summary>
public sealed class SeedData
{
    public const string Base = "https://w3id.org/newskg/id/";
    public const string Kg = "https://w3id.org/newskg/ont#";
    public const string RdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    public const string Label = "http://www.w3.org/2000/01/rdf-schema#label";

    private SeedData(IReadOnlyList<Quad> quads) => Quads = quads;

    public static SeedData Instance { get; } = Load();

    public IReadOnlyList<Quad> Quads { get; }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>seed-data and ontology, as scripts/serve.sh seeds a store.</summary>
    public static string SeedDirectories => Path.Combine(RepoRoot(), "seed-data") + Path.PathSeparator + Path.Combine(RepoRoot(), "ontology");

    public static Iri Id(string local) => new(Base + local);

    public static Iri Term(string local) => new(Kg + local);

    public IEnumerable<Term> Objects(Term s, string p) => Quads.Where(q => q.Subject.Equals(s) && q.Predicate.Value == p).Select(q => q.Obj).Distinct();

    public IEnumerable<Term> Subjects(string p, Term o) => Quads.Where(q => q.Obj.Equals(o) && q.Predicate.Value == p).Select(q => q.Subject).Distinct();

    public bool HasType(Term s, string type) => Objects(s, RdfType).Any(t => t is Iri i && i.Value == type);

    /// <summary>The concise bounded description of <paramref name="entity"/> as triples: its own triples, blank nodes followed.</summary>
    public List<Quad> BoundedDescription(Term entity)
    {
        var result = new List<Quad>();
        var todo = new Queue<Term>([entity]);
        var seen = new HashSet<Term>();
        while (todo.TryDequeue(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            foreach (var q in Quads.Where(q => q.Subject.Equals(node)))
            {
                result.Add(new Quad(q.Subject, q.Predicate, q.Obj));
                if (q.Obj is BlankNode b)
                {
                    todo.Enqueue(b);
                }
            }
        }

        return [.. result.Distinct()];
    }

    /// <summary>Claims whose frame has <paramref name="entity"/> as subject or object.</summary>
    public List<Iri> ClaimsAbout(Term entity) =>
        [.. Subjects(Kg + "claimSubject", entity).Concat(Subjects(Kg + "claimObject", entity)).OfType<Iri>().Distinct()];

    /// <summary>The place and every place within it, at any depth.</summary>
    public HashSet<Term> WithinClosure(Term place)
    {
        var all = new HashSet<Term> { place };
        var grew = true;
        while (grew)
        {
            grew = false;
            foreach (var q in Quads.Where(q => q.Predicate.Value == Kg + "within" && all.Contains(q.Obj)))
            {
                grew |= all.Add(q.Subject);
            }
        }

        return all;
    }

    /// <summary>True when the event has a date the timeline can place (start, or a bound).</summary>
    public bool IsDated(Term e) => new[] { "startDate", "notBefore", "notAfter" }.Any(p => Objects(e, Kg + p).Any());

    private static SeedData Load()
    {
        var quads = new List<Quad>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoRoot(), "seed-data"), "*.trig").Order(StringComparer.Ordinal))
        {
            using var reader = File.OpenText(file);
            // Each file is its own document: blank node labels must not meet across files.
            var prefix = Path.GetFileNameWithoutExtension(file).Replace("-", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
            quads.AddRange(RdfReaders.Create(RdfFormat.TriG, reader, new RdfReaderOptions { BaseIri = "file:///" + file }).ReadQuads()
                .Select(q => new Quad(Rename(q.Subject, prefix), q.Predicate, Rename(q.Obj, prefix), q.Graph)));
        }

        return new SeedData(quads);
    }

    private static Term Rename(Term t, string prefix) => t is BlankNode b ? new BlankNode(prefix + b.Label) : t;
}
