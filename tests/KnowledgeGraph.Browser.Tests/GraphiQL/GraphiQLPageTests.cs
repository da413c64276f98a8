using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KnowledgeGraph.Browser.Tests.GraphiQL;

/// <summary>
/// GraphiQL at /graphql in a real browser over the seed data: it loads from the server alone (no request leaves
/// 127.0.0.1), its bundled files are served with immutable cache headers, and the competency questions in its default
/// tabs run and show the expected entities in the result pane.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GraphiQLPageTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const int Timeout = 30_000;

    [SkippableFact]
    public async Task GraphiQL_loads_offline_and_answers_the_first_competency_question()
    {
        Skip.IfNot(browser.Available, browser.SkipReason);
        var page = await browser.NewPageAsync();
        var outside = WatchOutsideRequests(page);
        var assetCaching = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/graphql/assets/graphiql.min.js", StringComparison.Ordinal))
            {
                assetCaching.Add(response.Headers.TryGetValue("cache-control", out var value) ? value : "");
            }
        };

        await page.GotoAsync("/graphql");
        Assert.Equal("KnowledgeGraph GraphQL", await page.TitleAsync());
        await page.Locator(".graphiql-container").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        // The CQ1 tab is open first: its operation is in the editor.
        await page.WaitForFunctionAsync("() => document.querySelector('.graphiql-query-editor')?.innerText.includes('CQ1_DenialOfResponsibility')", null, new PageWaitForFunctionOptions { Timeout = Timeout });

        await page.ClickAsync(".graphiql-execute-button");
        var result = await ResultTextAsync(page, "taliban-denial");
        Assert.Contains("The Taliban denied carrying out the rocket attack.", result);
        Assert.Contains("taliban-eid-ceasefire", result); // the grounds: the claim that supports the denial
        await browser.ScreenshotAsync(page, "graphiql-cq1", output);

        Assert.Equal(["public, max-age=31536000, immutable"], assetCaching);
        Assert.Empty(outside);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Another_competency_question_tab_runs_and_explain_shows_the_sparql()
    {
        Skip.IfNot(browser.Available, browser.SkipReason);
        var page = await browser.NewPageAsync();
        var outside = WatchOutsideRequests(page);
        await page.GotoAsync("/graphql");
        await page.Locator(".graphiql-container").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });

        await page.GetByRole(AriaRole.Tab, new() { Name = "CQ3_DistrictsChangingHands" }).ClickAsync();
        await page.CheckAsync("#kg-explain");
        var response = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync(".graphiql-execute-button"),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/graphql", StringComparison.Ordinal) && (r.Request.PostData ?? "").Contains("CQ3_DistrictsChangingHands", StringComparison.Ordinal),
            new PageRunAndWaitForResponseOptions { Timeout = Timeout });
        var result = await ResultTextAsync(page, "najrab-capture-2021-07-19");
        Assert.Contains("Najrab District", result);
        Assert.Contains("Kapisa Province", result);
        // With explain ticked the request carries X-KG-Explain and the response the SPARQL it ran (extensions.sparql,
        // at the end of the JSON: the result pane renders only the lines in view, so the response itself is read).
        Assert.Equal("true", await response.Request.HeaderValueAsync("x-kg-explain"));
        using var json = System.Text.Json.JsonDocument.Parse(await response.TextAsync());
        var sparql = json.RootElement.GetProperty("extensions").GetProperty("sparql");
        Assert.StartsWith("SELECT", sparql[0].GetString(), StringComparison.Ordinal);
        await browser.ScreenshotAsync(page, "graphiql-cq3-explain", output);
        Assert.Empty(outside);
        await page.Context.CloseAsync();
    }

    private static List<string> WatchOutsideRequests(IPage page)
    {
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            var uri = new Uri(request.Url);
            if (uri.Scheme is "http" or "https" or "ws" or "wss" && !uri.IsLoopback)
            {
                outside.Add(request.Url);
            }
        };
        return outside;
    }

    [SkippableFact]
    public async Task An_entity_pages_GraphQL_view_opens_GraphiQL_with_its_query_and_runs_it()
    {
        Skip.IfNot(browser.Available, browser.SkipReason);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/id/actor/taliban");
        await page.Locator("a.graphql-view").ClickAsync();
        await page.WaitForURLAsync("**/graphql#query=*");
        await page.Locator(".graphiql-container").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        await page.WaitForFunctionAsync("() => document.querySelector('.graphiql-query-editor')?.innerText.includes('actor/taliban')", null, new PageWaitForFunctionOptions { Timeout = Timeout });
        await page.ClickAsync(".graphiql-execute-button");
        var result = await ResultTextAsync(page, "Taliban");
        Assert.Contains("https://w3id.org/newskg/id/actor/taliban", result);
        await browser.ScreenshotAsync(page, "graphql-view-of-taliban", output);
        await page.Context.CloseAsync();
    }

    /// <summary>Waits until the result pane shows <paramref name="expected"/> and returns the pane's text.</summary>
    private static async Task<string> ResultTextAsync(IPage page, string expected)
    {
        await page.WaitForFunctionAsync(
            "expected => document.querySelector('.result-window')?.innerText.includes(expected)", expected, new PageWaitForFunctionOptions { Timeout = Timeout });
        return await page.InnerTextAsync(".result-window");
    }
}
