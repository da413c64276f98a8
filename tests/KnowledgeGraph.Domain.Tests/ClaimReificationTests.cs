using KnowledgeGraph.Domain.Claims;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Tests;

public sealed class ClaimReificationTests
{
    private static List<Quad> SeedQuads()
    {
        var quads = new List<Quad>();
        foreach (var file in RepoFiles.SeedData)
        {
            using var text = new StreamReader(file);
            var prefix = Path.GetFileNameWithoutExtension(file) + "_";
            quads.AddRange(RdfReaders.Create(RdfFormat.TriG, text).ReadQuads()
                .Select(q => new Quad(q.Subject is BlankNode b ? new BlankNode(prefix + b.Label) : q.Subject, q.Predicate, q.Obj is BlankNode o ? new BlankNode(prefix + o.Label) : q.Obj, q.Graph)));
        }

        return quads;
    }

    [Fact]
    public void Every_seed_claim_becomes_one_reification_and_the_mapping_is_lossless()
    {
        var quads = SeedQuads();
        var (rest, frames) = ClaimReification.Reify(quads);

        Assert.Equal(26, frames.Count);
        Assert.DoesNotContain(rest, q => q.Predicate.Equals(ClaimReification.ClaimSubject));
        Assert.Equal(quads.Distinct().Count(), rest.Count + (3 * frames.Count));
        Assert.Equal(quads.ToHashSet(), ClaimReification.Unreify(rest, frames).ToHashSet());
    }

    [Fact]
    public void NQuads12_writes_the_frame_as_a_triple_term_in_the_claims_graph()
    {
        var writer = new StringWriter();
        ClaimReification.WriteNQuads12(SeedQuads(), writer);
        var lines = writer.ToString().Split('\n');

        Assert.Contains(
            "<https://w3id.org/newskg/id/claim/taliban-denial> <http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies> <<( <https://w3id.org/newskg/id/event/kabul-rocket-attack-2021-07-20> <https://w3id.org/newskg/ont#perpetrator> <https://w3id.org/newskg/id/actor/taliban> )>> <https://w3id.org/newskg/id/graph/article-globalresearch-2021-07-22> .",
            lines);
        Assert.Equal(26, lines.Count(l => l.Contains(" <<( ", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_incomplete_frame_is_left_as_it_is()
    {
        var claim = new Iri("http://example.com/c");
        var quads = new List<Quad>
        {
            new(claim, ClaimReification.ClaimSubject, new Iri("http://example.com/e")),
            new(claim, ClaimReification.ClaimPredicate, new Iri("http://example.com/p")),
        };
        var (rest, frames) = ClaimReification.Reify(quads);
        Assert.Empty(frames);
        Assert.Equal(2, rest.Count);
    }
}
