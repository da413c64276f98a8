using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Domain.Claims;

/// <summary>A claim's frame as an RDF 1.2 reification: <c>Reifier rdf:reifies &lt;&lt;( Subject Predicate Object )&gt;&gt;</c> in <c>Graph</c>.</summary>
public sealed record ReifiedFrame(Term Reifier, Term Subject, Iri Predicate, Term Object, Term Graph);

/// <summary>
/// The lossless mapping between our claim frames and RDF 1.2 triple terms (ontology/README.md):
/// <c>c kg:claimSubject s ; kg:claimPredicate p ; kg:claimObject o</c> ⇔ <c>c rdf:reifies &lt;&lt;( s p o )&gt;&gt;</c>.
/// Only a complete frame (exactly one of each of the three, in one graph, predicate an IRI) is mapped;
/// anything else stays as it is, so <see cref="Unreify"/> always restores the input.
/// </summary>
public static class ClaimReification
{
    public const string OntologyNamespace = "https://w3id.org/newskg/ont#";

    public static readonly Iri ClaimSubject = new(OntologyNamespace + "claimSubject");
    public static readonly Iri ClaimPredicate = new(OntologyNamespace + "claimPredicate");
    public static readonly Iri ClaimObject = new(OntologyNamespace + "claimObject");
    public static readonly Iri Reifies = new(RdfVocabulary.Namespace + "reifies");

    /// <summary>Splits <paramref name="quads"/> into the frames (as reifications) and every other quad.</summary>
    public static (IReadOnlyList<Quad> Others, IReadOnlyList<ReifiedFrame> Frames) Reify(IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        var all = quads.Distinct().ToList();
        var slots = all
            .Where(q => q.Predicate.Equals(ClaimSubject) || q.Predicate.Equals(ClaimPredicate) || q.Predicate.Equals(ClaimObject))
            .GroupBy(q => (q.Subject, q.Graph));
        var frames = new List<ReifiedFrame>();
        var mapped = new HashSet<Quad>();
        foreach (var group in slots)
        {
            var s = group.Where(q => q.Predicate.Equals(ClaimSubject)).ToList();
            var p = group.Where(q => q.Predicate.Equals(ClaimPredicate)).ToList();
            var o = group.Where(q => q.Predicate.Equals(ClaimObject)).ToList();
            if (s.Count != 1 || p.Count != 1 || o.Count != 1 || p[0].Obj is not Iri predicate || s[0].Obj is Literal)
            {
                continue;
            }

            frames.Add(new ReifiedFrame(group.Key.Subject, s[0].Obj, predicate, o[0].Obj, group.Key.Graph));
            mapped.UnionWith(group);
        }

        return (all.Where(q => !mapped.Contains(q)).ToList(), frames);
    }

    /// <summary>The inverse of <see cref="Reify"/>: the three frame quads of each reification, plus the rest.</summary>
    public static IReadOnlyList<Quad> Unreify(IEnumerable<Quad> rest, IEnumerable<ReifiedFrame> frames)
    {
        ArgumentNullException.ThrowIfNull(rest);
        ArgumentNullException.ThrowIfNull(frames);
        var quads = rest.ToList();
        foreach (var f in frames)
        {
            quads.Add(new Quad(f.Reifier, ClaimSubject, f.Subject, f.Graph));
            quads.Add(new Quad(f.Reifier, ClaimPredicate, f.Predicate, f.Graph));
            quads.Add(new Quad(f.Reifier, ClaimObject, f.Object, f.Graph));
        }

        return quads;
    }

    /// <summary>Writes the dataset as N-Quads 1.2, each claim frame as one <c>rdf:reifies &lt;&lt;( s p o )&gt;&gt;</c> line.</summary>
    public static void WriteNQuads12(IEnumerable<Quad> quads, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (rest, frames) = Reify(quads);
        var line = new StringBuilder();
        foreach (var quad in rest)
        {
            line.Clear();
            Append(line, quad.Subject).Append(' ');
            Append(line, quad.Predicate).Append(' ');
            Append(line, quad.Obj);
            EndLine(line, quad.Graph, output);
        }

        foreach (var frame in frames)
        {
            line.Clear();
            Append(line, frame.Reifier).Append(' ');
            Append(line, Reifies).Append(" <<( ");
            Append(line, frame.Subject).Append(' ');
            Append(line, frame.Predicate).Append(' ');
            Append(line, frame.Object).Append(" )>>");
            EndLine(line, frame.Graph, output);
        }
    }

    private static StringBuilder Append(StringBuilder line, Term term)
    {
        NTriplesFormatter.AppendTerm(line, term);
        return line;
    }

    private static void EndLine(StringBuilder line, Term graph, TextWriter output)
    {
        if (graph is not DefaultGraph)
        {
            line.Append(' ');
            Append(line, graph);
        }

        line.Append(" .");
        output.WriteLine(line.ToString());
    }
}
