using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.Tests.W3c;

/// <summary>
/// Reads the W3C HTTP test descriptions (protocol and graph-store-protocol manifests): each entry is a list of
/// requests (method, path, headers, body) with expected responses (status codes or classes, content type,
/// body graph, boolean, format, Location template), in the W3C HTTP-in-RDF vocabulary.
/// </summary>
public sealed class HttpTestManifest
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Ht = "http://www.w3.org/2011/http#";
    private const string Cnt = "http://www.w3.org/2011/content#";
    private const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";
    private const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    private const string RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private readonly Dictionary<Term, List<(string Predicate, Term Object)>> _bySubject = [];

    private HttpTestManifest(string path)
    {
        var baseIri = new Uri(path).AbsoluteUri;
        using var text = File.OpenText(path);
        foreach (var q in RdfReaders.Create(RdfFormat.Turtle, text, new RdfReaderOptions { BaseIri = baseIri }).ReadQuads())
        {
            if (!_bySubject.TryGetValue(q.Subject, out var list))
            {
                _bySubject[q.Subject] = list = [];
            }

            list.Add((q.Predicate.Value, q.Obj));
        }

        Folder = Path.GetDirectoryName(path)!;
        var manifest = _bySubject.First(kv => kv.Value.Any(p => p.Predicate == RdfNs + "type" && p.Object is Iri { Value: Mf + "Manifest" })).Key;
        Tests = List(One(manifest, Mf + "entries")!).Select(ReadTest).ToList();
    }

    public string Folder { get; }

    public IReadOnlyList<HttpTestCase> Tests { get; }

    public static HttpTestManifest Load(string path) => new(path);

    private HttpTestCase ReadTest(Term entry)
    {
        var name = Literal(One(entry, Mf + "name")) ?? entry.ToString();
        var graphData = All(entry, Ut + "graphData")
            .Select(g => new GraphData(Path.Combine(Folder, Path.GetFileName(((Iri)One(g, Ut + "graph")!).Value)), Literal(One(g, Rdfs + "label"))!))
            .ToList();
        var action = One(entry, Mf + "action")!;
        var requests = List(One(action, Ht + "requests")!).Select(ReadRequest).ToList();
        var id = entry is Iri iri ? iri.Value[(iri.Value.LastIndexOf('#') + 1)..] : name;
        return new HttpTestCase(id, name, graphData, requests);
    }

    private HttpTestRequest ReadRequest(Term request)
    {
        var body = One(request, Ht + "body");
        var response = One(request, Ht + "resp")!;
        var expectedBody = One(response, Ht + "body");
        return new HttpTestRequest(
            Literal(One(request, Ht + "methodName"))!,
            Literal(One(request, Ht + "absolutePath"))!,
            Headers(request),
            body is null ? null : Literal(One(body, Cnt + "chars")),
            body is null ? null : Literal(One(body, Cnt + "characterEncoding")),
            new HttpTestResponse(
                All(response, Mf + "expectedStatus").Select(s => ((Iri)s).Value[(((Iri)s).Value.LastIndexOf('#') + 1)..]).ToList(),
                Headers(response),
                expectedBody is null ? null : Literal(One(expectedBody, Cnt + "chars")),
                Literal(One(response, Mf + "expectedBoolean")) is { } b ? b == "true" : null,
                Literal(One(response, Mf + "expectedFormat")),
                Literal(One(response, Mf + "expectedLocation"))));
    }

    private Dictionary<string, string> Headers(Term node)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (One(node, Ht + "headers") is { } list)
        {
            foreach (var h in List(list))
            {
                headers[Literal(One(h, Ht + "fieldName"))!] = Literal(One(h, Ht + "fieldValue"))!;
            }
        }

        return headers;
    }

    private Term? One(Term subject, string predicate) => All(subject, predicate).FirstOrDefault();

    private IEnumerable<Term> All(Term subject, string predicate) =>
        _bySubject.TryGetValue(subject, out var list) ? list.Where(p => p.Predicate == predicate).Select(p => p.Object) : [];

    private List<Term> List(Term head)
    {
        var items = new List<Term>();
        while (head is not Iri { Value: RdfNs + "nil" })
        {
            items.Add(One(head, RdfNs + "first")!);
            head = One(head, RdfNs + "rest")!;
        }

        return items;
    }

    private static string? Literal(Term? term) => term is Literal l ? l.LexicalForm : null;
}

public sealed record GraphData(string File, string GraphIri);

public sealed record HttpTestCase(string Id, string Name, IReadOnlyList<GraphData> GraphData, IReadOnlyList<HttpTestRequest> Requests)
{
    public override string ToString() => Id;
}

public sealed record HttpTestRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string? Body, string? Encoding, HttpTestResponse Response);

public sealed record HttpTestResponse(IReadOnlyList<string> Statuses, IReadOnlyDictionary<string, string> Headers, string? Body, bool? Boolean, string? Format, string? LocationTemplate);
