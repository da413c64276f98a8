using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using static KnowledgeGraph.Rdf.Tests.RdfXml.RdfXmlText;

namespace KnowledgeGraph.Rdf.Tests.RdfXml;

/// <summary>
/// The XXE lesson of Jena's CVE-2022-28890: no DTD is processed, so no external entity or DTD is ever
/// opened or fetched, and no entity expansion can blow up. Each test would see the access if it happened.
/// </summary>
public sealed class RdfXmlSecurityTests : IDisposable
{
    private readonly string _secretPath = Path.Combine(Path.GetTempPath(), "kg-rdfxml-secret-" + Guid.NewGuid().ToString("N") + ".txt");

    public RdfXmlSecurityTests() => File.WriteAllText(_secretPath, "TOP-SECRET-CONTENT");

    public void Dispose() => File.Delete(_secretPath);

    [Fact]
    public void An_external_file_entity_is_refused_and_the_file_is_never_opened()
    {
        var before = File.GetLastAccessTimeUtc(_secretPath);

        // Holding the file open with no sharing makes any attempt to read it fail loudly with an IOException.
        using var locked = new FileStream(_secretPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM "file://{_secretPath}"> ]>
            <rdf:RDF xmlns:rdf="{RdfNs}" xmlns:ex="http://example.org/">
              <rdf:Description rdf:about="http://example.org/s"><ex:p>&secret;</ex:p></rdf:Description>
            </rdf:RDF>
            """;
        var error = Reject(xml);
        Assert.Contains("DTD", error.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("TOP-SECRET", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 1, error.Message);
        locked.Dispose();
        Assert.Equal(before, File.GetLastAccessTimeUtc(_secretPath));
    }

    [Fact]
    public void An_external_dtd_or_entity_on_the_network_is_never_fetched()
    {
        // A listener on loopback counts connections; the document points its DTD and an entity at it.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF SYSTEM "http://127.0.0.1:{port}/evil.dtd" [ <!ENTITY remote SYSTEM "http://127.0.0.1:{port}/x"> ]>
                <rdf:RDF xmlns:rdf="{RdfNs}" xmlns:ex="http://example.org/">
                  <rdf:Description rdf:about="http://example.org/s"><ex:p>&remote;</ex:p></rdf:Description>
                </rdf:RDF>
                """;
            Reject(xml);
            Thread.Sleep(200);
            Assert.False(listener.Pending(), "the reader connected to the DTD or entity URL");
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void A_billion_laughs_document_is_refused_at_once()
    {
        var entities = string.Join("\n", Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">"));
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [ <!ENTITY lol0 "lol"> {entities} ]>
            <rdf:RDF xmlns:rdf="{RdfNs}" xmlns:ex="http://example.org/">
              <rdf:Description rdf:about="http://example.org/s"><ex:p>&lol9;</ex:p></rdf:Description>
            </rdf:RDF>
            """;
        var clock = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Reject(xml);
        Assert.Contains("DTD", error.Description, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 50_000_000, "the entities were expanded");
    }

    [Fact]
    public void An_undeclared_entity_reference_is_an_error_not_an_expansion()
    {
        var error = Reject(Document("""<rdf:Description rdf:about="http://example.org/s"><ex:p>&undeclared;</ex:p></rdf:Description>"""));
        Assert.Contains("not well-formed XML", error.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Character_references_and_the_predefined_entities_still_work()
    {
        var quad = Assert.Single(Read(Document("""<rdf:Description rdf:about="http://example.org/s"><ex:p>&lt;&amp;&#x263A;&#65;</ex:p></rdf:Description>""")));
        Assert.Equal("<&\u263AA", ((Model.Literal)quad.Obj).LexicalForm);
    }
}
