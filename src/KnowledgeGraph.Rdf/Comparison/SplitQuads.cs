using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Comparison;

/// <summary>One side of a comparison as a set, split into ground quads and quads that mention a blank node.</summary>
internal sealed record SplitQuads(HashSet<Quad> All, HashSet<Quad> Ground, List<Quad> WithBlankNodes)
{
    public static SplitQuads Of(IEnumerable<Quad> quads)
    {
        var all = quads as HashSet<Quad> ?? new HashSet<Quad>(quads);
        var ground = new HashSet<Quad>();
        var withBlankNodes = new List<Quad>();
        foreach (var quad in all)
        {
            if (quad.Subject.IsBlankNode || quad.Obj.IsBlankNode || quad.Graph.IsBlankNode)
            {
                withBlankNodes.Add(quad);
            }
            else
            {
                ground.Add(quad);
            }
        }

        return new SplitQuads(all, ground, withBlankNodes);
    }
}
