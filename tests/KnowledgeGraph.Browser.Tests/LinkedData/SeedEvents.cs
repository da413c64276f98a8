using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Browser.Tests.LinkedData;

/// <summary>What the pages should show, read from seed-data/*.trig with our TriG reader (not written into the tests).</summary>
public sealed class SeedEvents
{
    private const string Kg = "https://w3id.org/newskg/ont#";
    private const string RdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    private readonly List<Quad> _quads = [];

    public SeedEvents()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(BrowserFixture.RepoRoot(), "seed-data"), "*.trig"))
        {
            using var reader = File.OpenText(file);
            _quads.AddRange(RdfReaders.Create(RdfFormat.TriG, reader, new RdfReaderOptions { BaseIri = "file:///" + file }).ReadQuads());
        }
    }

    public static Iri Id(string local) => new("https://w3id.org/newskg/id/" + local);

    /// <summary>Dated events an actor has a part in, asserted or claimed (the page's timeline).</summary>
    public HashSet<string> DatedEventsOfActor(Iri actor)
    {
        var events = _quads.Where(q => q.Obj.Equals(actor) && IsEvent(q.Subject)).Select(q => q.Subject)
            .Concat(_quads.Where(q => q.Predicate.Value == Kg + "claimObject" && q.Obj.Equals(actor))
                .SelectMany(c => _quads.Where(q => q.Subject.Equals(c.Subject) && q.Predicate.Value == Kg + "claimSubject").Select(q => q.Obj))
                .Where(IsEvent));
        return [.. events.Where(IsDated).OfType<Iri>().Select(i => i.Value)];
    }

    /// <summary>Dated events at a place or within it.</summary>
    public HashSet<string> DatedEventsAt(Iri place)
    {
        var within = Within(place);
        return [.. _quads.Where(q => q.Predicate.Value == Kg + "place" && within.Contains(q.Obj)).Select(q => q.Subject).Where(IsDated).OfType<Iri>().Select(i => i.Value)];
    }

    /// <summary>The place and the places within it that have coordinates (the page's map).</summary>
    public HashSet<string> LocatedPlacesWithin(Iri place) =>
        [.. Within(place).Where(p => _quads.Any(q => q.Subject.Equals(p) && q.Predicate.Value == Kg + "latitude")).OfType<Iri>().Select(i => i.Value)];

    private HashSet<Term> Within(Iri place)
    {
        var all = new HashSet<Term> { place };
        var grew = true;
        while (grew)
        {
            grew = false;
            foreach (var q in _quads.Where(q => q.Predicate.Value == Kg + "within" && all.Contains(q.Obj)).ToList())
            {
                grew |= all.Add(q.Subject);
            }
        }

        return all;
    }

    private bool IsEvent(Term t) => _quads.Any(q => q.Subject.Equals(t) && q.Predicate.Value == RdfType && q.Obj is Iri { Value: Kg + "Event" });

    private bool IsDated(Term e) => _quads.Any(q => q.Subject.Equals(e) && q.Predicate.Value is Kg + "startDate" or Kg + "notBefore" or Kg + "notAfter");
}
