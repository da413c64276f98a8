namespace KnowledgeGraph.Server.Endpoints;

/// <summary>Names of the CORS policies: reads may be allowed cross-origin, writes never are.</summary>
public static class CorsPolicies
{
    public const string Reads = "reads";
}
