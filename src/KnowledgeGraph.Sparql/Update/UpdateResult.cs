namespace KnowledgeGraph.Sparql.Update;

/// <summary>What a committed update request changed: quads that were absent and now are present, and the reverse.</summary>
public sealed record UpdateResult(long Inserted, long Deleted, int Operations)
{
    public override string ToString() =>
        $"{Operations} operation{(Operations == 1 ? "" : "s")}: {Inserted} quad{(Inserted == 1 ? "" : "s")} inserted, {Deleted} deleted";
}
