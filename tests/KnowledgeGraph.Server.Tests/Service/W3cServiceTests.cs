using System.Net;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Server.Tests.W3c;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.Tests.Service;

/// <summary>
/// The W3C SPARQL 1.1 federated query entries (sparql11/service) over real HTTP: one server per qt:serviceData
/// endpoint loaded with its data, one for the query with qt:data, every endpoint IRI of the entry (in the query,
/// the data and the expected results) rewritten to the local server that plays it. Endpoints the entry names
/// without data (http://invalid.endpoint.org/) stay as written and are refused by the allow-list, which is the
/// failure SERVICE SILENT must absorb. Every server allow-lists http://127.0.0.1: with ServiceAllowPrivateNetworks,
/// so an endpoint's own SERVICE (service03's nested call) reaches its peer.
/// </summary>
public sealed class W3cServiceTests
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";

    public static TheoryData<string> Entries()
    {
        var data = new TheoryData<string>();
        var folder = TestSuites.Sparql11Folder("service");
        if (folder is null)
        {
            data.Add("(suites missing)");
            return data;
        }

        foreach (var entry in Manifest(folder))
        {
            data.Add(entry.Name);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Entries))]
    public async Task EntryPassesOverHttp(string name)
    {
        var folder = TestSuites.Sparql11Folder("service");
        Skip.If(folder is null, "KG_W3C_TESTS is not set and ../shared/w3c-tests is missing: the W3C suites are needed.");
        var entry = Manifest(folder!).Single(e => e.Name == name);

        var servers = new List<RunningServer>();
        try
        {
            var rewrite = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (endpoint, _) in entry.ServiceData)
            {
                var server = await Start();
                servers.Add(server);
                rewrite[endpoint] = ServiceTests.Endpoint(server);
            }

            for (var i = 0; i < entry.ServiceData.Count; i++)
            {
                await Load(servers[i], Rewrite(File.ReadAllText(entry.ServiceData[i].DataFile), rewrite), entry.ServiceData[i].DataFile);
            }

            var local = await Start();
            servers.Add(local);
            if (entry.DataFile is not null)
            {
                await Load(local, Rewrite(File.ReadAllText(entry.DataFile), rewrite), entry.DataFile);
            }

            var query = Rewrite(File.ReadAllText(entry.QueryFile), rewrite);
            var (status, body) = await ServiceTests.Query(local, query);
            Assert.True(status == HttpStatusCode.OK, $"{status}: {body}\nquery: {query}");
            var actual = SparqlResultsReaders.Read(SparqlResultsFormat.Json, new StringReader(body));
            var expected = SparqlResultsReaders.Read(SparqlResultsFormat.Xml, new StringReader(Rewrite(File.ReadAllText(entry.ResultFile), rewrite)));
            var difference = ResultsEquivalence.Difference(expected, actual);
            Assert.True(difference is null, $"{entry.Name}: {difference}\nquery: {query}");
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }

    private static Task<RunningServer> Start() => RunningServer.StartAsync(o =>
    {
        o.ServiceAllowList = ["http://127.0.0.1:"];
        o.ServiceAllowPrivateNetworks = true;
    });

    private static async Task Load(RunningServer server, string turtle, string file)
    {
        using var put = await server.PutAsync("default", turtle);
        Assert.True(put.IsSuccessStatusCode, $"loading {file}: {put.StatusCode}");
    }

    private static string Rewrite(string text, Dictionary<string, string> rewrite)
    {
        foreach (var (from, to) in rewrite)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    private sealed record Entry(string Name, string QueryFile, string? DataFile, IReadOnlyList<(string Endpoint, string DataFile)> ServiceData, string ResultFile);

    private static List<Entry> Manifest(string folder)
    {
        var path = Path.Combine(folder, "manifest.ttl");
        var baseIri = new Uri(path).AbsoluteUri;
        using var text = File.OpenText(path);
        var triples = RdfReaders.Create(RdfFormat.Turtle, text, new RdfReaderOptions { BaseIri = baseIri }).ReadQuads().ToList();
        Term? One(Term s, string p) => All(s, p).FirstOrDefault();
        IEnumerable<Term> All(Term s, string p) => triples.Where(t => t.Subject == s && t.Predicate == new Iri(p)).Select(t => t.Obj);
        string PathOf(Term iri) => new Uri(((Iri)iri).Value).LocalPath;

        var entries = new List<Entry>();
        var list = One(new Iri(baseIri), Mf + "entries");
        while (list is not null && list != new Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil"))
        {
            var entry = One(list, "http://www.w3.org/1999/02/22-rdf-syntax-ns#first")!;
            var action = One(entry, Mf + "action")!;
            var serviceData = All(action, Qt + "serviceData")
                .Select(sd => (((Iri)One(sd, Qt + "endpoint")!).Value, PathOf(One(sd, Qt + "data")!)))
                .ToList();
            var data = One(action, Qt + "data");
            var name = ((Iri)entry).Value[(((Iri)entry).Value.IndexOf('#', StringComparison.Ordinal) + 1)..];
            entries.Add(new Entry(name, PathOf(One(action, Qt + "query")!), data is null ? null : PathOf(data), serviceData, PathOf(One(entry, Mf + "result")!)));
            list = One(list, "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest");
        }

        return entries;
    }
}
