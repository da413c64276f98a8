using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KnowledgeGraph.Browser.Tests;

/// <summary>The SPARQL editor at /sparql in a real browser: it loads with no outside request and runs a query.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SparqlEditorPageTests(BrowserFixture browser, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Editor_runs_a_query_against_the_seed_data_without_leaving_the_machine()
    {
        Skip.IfNot(browser.Available, browser.SkipReason);
        var page = await browser.NewPageAsync();
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            if (!new Uri(request.Url).IsLoopback)
            {
                outside.Add(request.Url);
            }
        };

        await page.GotoAsync("/sparql");
        Assert.Equal("KnowledgeGraph SPARQL", await page.TitleAsync());
        await page.FillAsync("#query", "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?label WHERE { ?s rdfs:label ?label FILTER(CONTAINS(LCASE(STR(?label)), \"taliban\")) } ORDER BY ?label LIMIT 5");
        await page.ClickAsync("#run");
        var firstCell = page.Locator("#results table tr:nth-child(2) td").First;
        await firstCell.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Contains("taliban", (await firstCell.InnerTextAsync()).ToLowerInvariant());
        Assert.Matches("^[1-5] rows in", await page.InnerTextAsync("#status"));
        await browser.ScreenshotAsync(page, "sparql-editor", output);
        Assert.Empty(outside);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task An_entity_pages_SPARQL_view_opens_the_editor_with_its_query_and_runs_it()
    {
        Skip.IfNot(browser.Available, browser.SkipReason);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/id/actor/taliban");
        await page.Locator("a.sparql-view").ClickAsync();
        await page.WaitForURLAsync("**/sparql#query=*");
        var query = await page.InputValueAsync("#query");
        Assert.StartsWith("CONSTRUCT", query, StringComparison.Ordinal);
        Assert.Contains("<https://w3id.org/newskg/id/actor/taliban>", query, StringComparison.Ordinal);
        Assert.Equal("text/turtle", await page.InputValueAsync("#format"));

        await page.ClickAsync("#run");
        var turtle = page.Locator("#results pre");
        await turtle.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Contains("Taliban", await turtle.InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("text/turtle", await page.InnerTextAsync("#status"), StringComparison.Ordinal);
        await browser.ScreenshotAsync(page, "sparql-view-of-taliban", output);
        await page.Context.CloseAsync();
    }
}
