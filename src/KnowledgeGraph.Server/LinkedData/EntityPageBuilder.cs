using System.Globalization;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>Reads an <see cref="EntityPageModel"/> out of a description plus the page queries (timeline, map, inbound links, labels).</summary>
public static class EntityPageBuilder
{
    public const int MaxInbound = 300;

    public static EntityPageModel Build(SparqlReader sparql, EntityDescription description)
    {
        var entity = description.Entity;
        var labels = new Labels();
        foreach (var q in description.Quads.Concat(description.Provenance))
        {
            if (q.Subject is Iri s && q.Predicate.Value == Vocab.RdfsLabel && q.Obj is Literal l)
            {
                labels.Add(s, l);
            }
        }

        foreach (var q in description.Quads.Where(q => q.Predicate.Value == Vocab.ClaimText && q.Subject is Iri && q.Obj is Literal))
        {
            labels.AddFallback((Iri)q.Subject, ((Literal)q.Obj).LexicalForm);
        }

        var types = description.Objects(entity, Vocab.RdfType).OfType<Iri>().ToList();
        var aliases = new[] { Vocab.AlternateName, Vocab.LegalName, Vocab.AltLabel }
            .SelectMany(p => description.Objects(entity, p)).OfType<Literal>().Select(l => l.LexicalForm).Distinct().ToList();

        var claims = description.Quads
            .Where(q => q.Predicate.Value == Vocab.RdfType && q.Obj is Iri { Value: Vocab.Claim } && q.Subject is Iri)
            .Select(q => (Iri)q.Subject)
            .Distinct()
            .Where(c => !c.Equals(entity))
            .Select(c => ReadClaim(description, c))
            .Where(c => entity.Equals(c.Subject) || entity.Equals(c.Object) || description.Objects(c.Claim, "http://schema.org/about").Contains(entity))
            .OrderBy(c => c.EffectiveDate ?? "9999", StringComparer.Ordinal)
            .ThenBy(c => c.Claim.Value, StringComparer.Ordinal)
            .ToList();

        IReadOnlyList<TimelineEvent>? timeline = null;
        IReadOnlyList<MapPoint>? map = null;
        var unmapped = new List<Iri>();
        var isPlace = types.Any(t => t.Value == Vocab.Place);
        if (isPlace)
        {
            timeline = ReadTimeline(sparql.Select(PageQueries.PlaceEvents(entity)), labels);
            var points = new List<MapPoint>();
            foreach (var row in sparql.Select(PageQueries.PlaceAndSubPlaces(entity)))
            {
                if (row.IriOf("place") is not { } place)
                {
                    continue;
                }

                if (row["label"] is Literal label)
                {
                    labels.Add(place, label);
                }

                if (Number(row["lat"]) is { } lat && Number(row["lon"]) is { } lon && points.All(p => !p.Place.Equals(place)))
                {
                    points.Add(new MapPoint(place, labels.Of(place), lat, lon, place.Equals(entity)));
                }
                else if (!place.Equals(entity) && !unmapped.Contains(place) && row["lat"] is null)
                {
                    unmapped.Add(place);
                }
            }

            unmapped.RemoveAll(u => points.Any(p => p.Place.Equals(u)));
            map = points;
        }
        var made = new List<ClaimMade>();
        if (!isPlace && types.Any(t => Vocab.ActorClasses.Contains(t.Value)))
        {
            timeline = ReadTimeline(sparql.Select(PageQueries.ActorEvents(entity)), labels);
            foreach (var row in sparql.Select(PageQueries.ClaimsMade(entity, MaxInbound)))
            {
                if (row.IriOf("c") is not { } c || made.Any(m => m.Claim.Equals(c)))
                {
                    continue;
                }

                var subject = row.IriOf("subject");
                if (subject is not null && row["subjectLabel"] is Literal subjectLabel)
                {
                    labels.Add(subject, subjectLabel);
                }

                made.Add(new ClaimMade(c, row.IriOf("stance"), row.TextOf("text"), subject));
            }
        }

        var inbound = new List<InboundLink>();
        foreach (var row in sparql.Select(PageQueries.Inbound(entity, MaxInbound)))
        {
            if (row.IriOf("s") is { } s && row.IriOf("p") is { } p)
            {
                inbound.Add(new InboundLink(s, p));
                if (row["label"] is Literal label)
                {
                    labels.Add(s, label);
                }
            }
        }

        // Property, class and concept names come from the ontology when it is loaded; local names otherwise.
        var vocabulary = description.Quads.Select(q => q.Predicate)
            .Concat(description.Quads.Where(q => q.Subject.Equals(entity)).Select(q => q.Obj).OfType<Iri>())
            .Concat(types)
            .Concat(inbound.Select(i => i.Predicate))
            .Concat(claims.SelectMany(c => new[] { c.Stance, c.Hedge, c.Modality, c.Predicate }).OfType<Iri>())
            .Concat(made.Select(m => m.Stance).OfType<Iri>())
            .Where(i => !labels.Has(i))
            .Distinct()
            .ToList();
        if (vocabulary.Count > 0)
        {
            foreach (var row in sparql.Select(PageQueries.Labels(vocabulary)))
            {
                if (row.IriOf("s") is { } s && row["label"] is Literal l)
                {
                    labels.Add(s, l);
                }
            }
        }

        return new EntityPageModel(description, labels, types, aliases, claims, timeline, map, unmapped, inbound, made);
    }

    private static ClaimView ReadClaim(EntityDescription d, Iri claim)
    {
        Iri? One(string p) => d.Objects(claim, p).OfType<Iri>().FirstOrDefault();
        Term? Any(string p) => d.Objects(claim, p).FirstOrDefault();
        string? Text(Term s, string p) => d.Objects(s, p).OfType<Literal>().Select(l => l.LexicalForm).FirstOrDefault();

        var sources = d.Objects(claim, Vocab.Source).OfType<Iri>()
            .Select(doc => new ClaimSource(doc, d.Objects(doc, Vocab.Publisher).OfType<Iri>().FirstOrDefault(), Text(doc, Vocab.DatePublished)))
            .ToList();
        var contradicts = d.Objects(claim, Vocab.Contradicts).Concat(d.Subjects(Vocab.Contradicts, claim)).OfType<Iri>().Distinct().ToList();
        var assessments = d.Subjects(Vocab.Assesses, claim).OfType<Iri>()
            .Select(a => new ClaimAssessment(a, d.Objects(a, Vocab.Assessor).OfType<Iri>().FirstOrDefault(), d.Objects(a, Vocab.Verdict).OfType<Iri>().FirstOrDefault()))
            .ToList();
        return new ClaimView(claim, One(Vocab.Claimant), One(Vocab.Stance), One(Vocab.Hedge), One(Vocab.Modality),
            Any(Vocab.ClaimSubject), One(Vocab.ClaimPredicate), Any(Vocab.ClaimObject),
            Text(claim, Vocab.ClaimText), Text(claim, Vocab.ClaimDate), sources, contradicts, assessments);
    }

    private static List<TimelineEvent> ReadTimeline(IReadOnlyList<SolutionRow> rows, Labels labels)
    {
        var events = new Dictionary<Iri, TimelineEvent>();
        foreach (var row in rows)
        {
            if (row.IriOf("e") is not { } e || events.ContainsKey(e))
            {
                continue;
            }

            if (row["label"] is Literal label)
            {
                labels.Add(e, label);
            }

            var start = Date(row["start"]);
            var end = Date(row["end"]);
            var notBefore = Date(row["notBefore"]);
            var notAfter = Date(row["notAfter"]);
            var approximate = start is null && (notBefore is not null || notAfter is not null);
            var from = start ?? notBefore ?? notAfter;
            var to = end ?? (start is null ? notAfter : null);
            if (to is not null && from is not null && to < from)
            {
                to = null;
            }

            var claimed = row["claimed"] is Literal { LexicalForm: "true" or "1" };
            events[e] = new TimelineEvent(e, labels.Of(e), from, to == from ? null : to, approximate, claimed);
        }

        return [.. events.Values.OrderBy(t => t.Start ?? DateOnly.MaxValue).ThenBy(t => t.Label, StringComparer.Ordinal)];
    }

    private static DateOnly? Date(Term? term) =>
        term is Literal { LexicalForm.Length: >= 10 } l
        && DateOnly.TryParseExact(l.LexicalForm.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    private static double? Number(Term? term) =>
        term is Literal l && double.TryParse(l.LexicalForm, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
}
