namespace KnowledgeGraph.Server.Query;

/// <summary>The four query forms; they decide which result formats content negotiation may pick.</summary>
public enum QueryForm
{
    Select,
    Ask,
    Construct,
    Describe,
}
