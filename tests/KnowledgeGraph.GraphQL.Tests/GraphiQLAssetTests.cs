using System.Net;
using KnowledgeGraph.Server;
using KnowledgeGraph.Server.Endpoints;
using KnowledgeGraph.Server.Options;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>
/// The GraphiQL bundle the build copied beside the app: the page refers only to the server's own asset URLs (no CDN),
/// the assets come with immutable cache headers and only the bundled names are served; without the bundle the page
/// falls back to the small query form.
/// </summary>
public sealed class GraphiQLAssetTests
{
    [Fact]
    public void The_build_bundled_graphiql_and_the_page_loads_nothing_from_elsewhere()
    {
        var page = GraphiQLPage.Load();
        Assert.True(page.IsGraphiQL, "wwwroot/graphiql is missing beside the tests: the Server csproj's npm target did not run");
        Assert.Matches(@"<script src=""/graphql/assets/graphiql\.min\.js\?v=[0-9a-f]{16}""></script>", page.Html);
        Assert.DoesNotMatch(@"(src|href)=""(https?:)?//", page.Html);
        Assert.Contains("CQ1_DenialOfResponsibility", page.Html);
    }

    [Fact]
    public void Without_the_bundle_the_small_page_is_served()
    {
        var empty = Directory.CreateTempSubdirectory("kg-no-graphiql");
        try
        {
            var page = GraphiQLPage.Load(empty.FullName);
            Assert.False(page.IsGraphiQL);
            Assert.Equal(GraphiQLFallbackPage.Html, page.Html);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Assets_are_served_with_immutable_caching_and_nothing_else_is()
    {
        var root = SeedFixture.RepoRoot();
        await using var app = KnowledgeGraphServer.Build(
            ["--Logging:LogLevel:Default=Warning", "--KnowledgeGraph:OntologyDirectory=" + Path.Combine(root, "ontology")],
            o => o.StoreKind = StoreKind.Memory,
            "http://127.0.0.1:0");
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = KnowledgeGraphServer.Address(app) };

        using var js = await client.GetAsync("/graphql/assets/graphiql.min.js?v=any");
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", js.Headers.CacheControl?.ToString());
        Assert.True((await js.Content.ReadAsByteArrayAsync()).Length > 100_000);

        using var revalidated = new HttpRequestMessage(HttpMethod.Get, "/graphql/assets/graphiql.min.js");
        revalidated.Headers.IfNoneMatch.Add(js.Headers.ETag!);
        using var notModified = await client.SendAsync(revalidated);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        foreach (var path in new[] { "/graphql/assets/package.json", "/graphql/assets/..%2F..%2Fappsettings.json", "/graphql/assets/graphiql.min.js.map" })
        {
            using var missing = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        await app.StopAsync();
    }
}
