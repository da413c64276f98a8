namespace KnowledgeGraph.Server.Options;

/// <summary>
/// Everything the server can be told, bound from the <c>KnowledgeGraph</c> section of appsettings.json, the
/// environment (<c>KnowledgeGraph__UpdateToken</c>) or the command line (<c>--KnowledgeGraph:ReadOnly=true</c>).
/// The defaults are the safe ones: no token means no writes, SERVICE and LOAD are off.
/// </summary>
public sealed class ServerOptions
{
    public const string Section = "KnowledgeGraph";

    /// <summary>Folder of the LMDB store; created on first start.</summary>
    public string? StorePath { get; set; }

    public StoreKind StoreKind { get; set; } = StoreKind.Lmdb;

    /// <summary>Embedded (the default) or a remote SPARQL 1.1 store: <c>KnowledgeGraph:Store:Kind</c>, <c>KnowledgeGraph:Store:Remote:*</c>.</summary>
    public StoreOptions Store { get; set; } = new();

    /// <summary>Folder of RDF files loaded once, when the store is first created.</summary>
    public string? SeedDirectory { get; set; }

    /// <summary>
    /// SPARQL queries without a dataset read the union of all graphs as their default graph (the seed data lives in
    /// one named graph per source, so this is what a newcomer expects); the Graph Store's <c>?default</c> is unaffected.
    /// </summary>
    public bool UnionDefaultGraph { get; set; }

    /// <summary>Refuses every write (update, Graph Store writes), whatever the token.</summary>
    public bool ReadOnly { get; set; }

    /// <summary>The bearer token every write must carry; none means writes are refused.</summary>
    public string? UpdateToken { get; set; }

    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan UpdateTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Solutions (or triples) beyond this many make the query fail with 413 rather than fill memory.</summary>
    public long MaxResultRows { get; set; } = 1_000_000;

    public long MaxRequestBodyBytes { get; set; } = 256L << 20;

    /// <summary>Bytes of serialized results the result cache may hold; 0 turns the cache off.</summary>
    public long ResultCacheBytes { get; set; } = 64L << 20;

    /// <summary>Results larger than this are not cached (one big answer should not evict all the small ones).</summary>
    public long ResultCacheMaxEntryBytes { get; set; } = 4L << 20;

    /// <summary>URL prefixes SERVICE may call; empty (the default) turns SERVICE off.</summary>
    public List<string> ServiceAllowList { get; set; } = [];

    /// <summary>
    /// Lets SERVICE call allow-listed endpoints on loopback, link-local or private addresses (a SPARQL store on the
    /// same host or network). Off by default: such addresses are refused at check time and at connect time.
    /// </summary>
    public bool ServiceAllowPrivateNetworks { get; set; }

    /// <summary>The most bytes of one SERVICE response read; a larger answer fails the call.</summary>
    public long ServiceMaxResponseBytes { get; set; } = 16L << 20;

    /// <summary>The most solutions one SERVICE response may hold; a larger answer fails the call.</summary>
    public long ServiceMaxRows { get; set; } = 100_000;

    /// <summary>URL prefixes LOAD may fetch; empty (the default) turns LOAD off.</summary>
    public List<string> LoadAllowList { get; set; } = [];

    /// <summary>Origins allowed to read (GET/POST queries, GSP GET) from a browser; empty means same-origin only.</summary>
    public List<string> CorsOrigins { get; set; } = [];

    /// <summary>
    /// The IRI prefix of the instance data (the seed files' <c>@base</c>); every stored IRI under it is served at
    /// <see cref="InstancePath"/> on this server (docs/linked-data.md).
    /// </summary>
    public string InstanceBase { get; set; } = "https://w3id.org/newskg/id/";

    /// <summary>The local path the instance IRIs are served under (<c>/id/actor/taliban</c>).</summary>
    public string InstancePath { get; set; } = "/id/";

    public bool ServiceEnabled => ServiceAllowList.Count > 0;
}
