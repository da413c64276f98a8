namespace KnowledgeGraph.Remote;

/// <summary>How the client authenticates to the remote store.</summary>
public enum RemoteAuthScheme
{
    /// <summary>No credentials (a read-only public endpoint).</summary>
    None,

    /// <summary>HTTP Basic with user and password (GraphDB, Fuseki with shiro, Stardog).</summary>
    Basic,

    /// <summary>HTTP Digest with user and password (Virtuoso's /sparql-auth and /sparql-graph-crud-auth).</summary>
    Digest,

    /// <summary>A bearer token (QLever's access token, gateways in front of Neptune).</summary>
    Bearer,
}
