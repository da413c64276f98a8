using KnowledgeGraph.Rdf.Model;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KnowledgeGraph.Browser.Tests.LinkedData;

/// <summary>
/// Entity pages in headless Chromium: the timeline and map are drawn (non-empty boxes, one mark per event or located
/// place, as the seed files say), links navigate between entities, the search box finds an entity, and nothing is
/// fetched from outside the machine. Screenshots go to TestResults/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EntityPageBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly SeedEvents Seed = new();

    [SkippableFact]
    public async Task Actor_page_draws_one_timeline_mark_per_dated_event_and_links_navigate()
    {
        Skip.IfNot(browser.Available, browser.SkipReason);
        var (page, outside) = await OpenAsync("/id/actor/taliban");
        Assert.Equal("Taliban", await page.InnerTextAsync("h1#label"));

        var timeline = page.Locator("svg#timeline");
        await AssertVisibleBoxAsync(timeline);
        var expected = Seed.DatedEventsOfActor(SeedEvents.Id("actor/taliban"));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await DataIrisAsync(page, "svg#timeline a.timeline-event"));
        var marks = page.Locator("svg#timeline .timeline-mark");
        Assert.Equal(expected.Count, await marks.CountAsync());
        for (var i = 0; i < expected.Count; i++)
        {
            await AssertVisibleBoxAsync(marks.Nth(i));
        }

        await browser.ScreenshotAsync(page, "actor-taliban", output);

        // A fact's link leads to the linked entity's page.
        await page.Locator("table.facts a", new PageLocatorOptions { HasText = "Afghanistan" }).First.ClickAsync();
        await page.WaitForURLAsync("**/id/place/afghanistan");
        Assert.Equal("Afghanistan", await page.InnerTextAsync("h1#label"));

        // And a timeline mark to its event's page.
        await page.GoBackAsync();
        var firstEvent = page.Locator("svg#timeline a.timeline-event").First;
        var iri = await firstEvent.GetAttributeAsync("data-iri");
        await firstEvent.Locator(".timeline-mark").ClickAsync();
        await page.WaitForURLAsync("**/id/" + iri!["https://w3id.org/newskg/id/".Length..]);
        Assert.Equal(iri, await page.GetAttributeAsync("article.entity", "data-iri"));
        Assert.Empty(outside);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Place_page_draws_the_map_and_the_timeline_and_a_map_mark_opens_the_sub_place()
    {
        Skip.IfNot(browser.Available, browser.SkipReason);
        var (page, outside) = await OpenAsync("/id/place/afghanistan");
        var map = page.Locator("svg#map");
        await AssertVisibleBoxAsync(map);
        var located = Seed.LocatedPlacesWithin(SeedEvents.Id("place/afghanistan"));
        Assert.NotEmpty(located);
        Assert.Equal(located, await DataIrisAsync(page, "svg#map a.map-place"));
        var marks = page.Locator("svg#map .map-mark");
        Assert.Equal(located.Count, await marks.CountAsync());
        var mapBox = (await map.BoundingBoxAsync())!;
        for (var i = 0; i < located.Count; i++)
        {
            var box = await AssertVisibleBoxAsync(marks.Nth(i));
            Assert.InRange(box.X, mapBox.X, mapBox.X + mapBox.Width);
            Assert.InRange(box.Y, mapBox.Y, mapBox.Y + mapBox.Height);
        }

        await AssertVisibleBoxAsync(page.Locator("svg#timeline"));
        Assert.Equal(Seed.DatedEventsAt(SeedEvents.Id("place/afghanistan")), await DataIrisAsync(page, "svg#timeline a.timeline-event"));
        await browser.ScreenshotAsync(page, "place-afghanistan", output);

        await page.Locator("svg#map a.map-place").First.Locator(".map-mark").ClickAsync();
        await page.WaitForURLAsync("**/id/place/kabul");
        await AssertVisibleBoxAsync(page.Locator("svg#map .map-mark.subject"));
        await browser.ScreenshotAsync(page, "place-kabul", output);
        Assert.Empty(outside);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Search_box_finds_an_entity_by_alias_and_opens_its_page()
    {
        Skip.IfNot(browser.Available, browser.SkipReason);
        var (page, outside) = await OpenAsync("/id/");
        await page.FillAsync("#search-box", "Garmser");
        await page.PressAsync("#search-box", "Enter");
        await page.WaitForURLAsync("**/search?q=Garmser");
        var hit = page.Locator("ol.hits a.hit").First;
        Assert.Equal("Garmsir District", await hit.InnerTextAsync());
        await browser.ScreenshotAsync(page, "search-garmser", output);
        await hit.ClickAsync();
        await page.WaitForURLAsync("**/id/place/garmsir");
        Assert.Equal("Garmsir District", await page.InnerTextAsync("h1#label"));
        Assert.Empty(outside);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Event_page_shows_contradicting_claims_side_by_side()
    {
        Skip.IfNot(browser.Available, browser.SkipReason);
        var (page, outside) = await OpenAsync("/id/event/garmsir-recapture-2021-07-20");
        var block = page.Locator(".contradiction").First;
        await AssertVisibleBoxAsync(block);
        var asserting = (await AssertVisibleBoxAsync(block.Locator(".side.asserts")))!;
        var denying = (await AssertVisibleBoxAsync(block.Locator(".side.denies")))!;
        Assert.True(denying.X > asserting.X + (asserting.Width / 2), "the denials are beside the assertions, not below them");
        Assert.InRange(denying.Y, asserting.Y - 2, asserting.Y + 2);
        await browser.ScreenshotAsync(page, "event-garmsir-contradiction", output);
        Assert.Empty(outside);
        await page.Context.CloseAsync();
    }

    private async Task<(IPage Page, List<string> Outside)> OpenAsync(string path)
    {
        var page = await browser.NewPageAsync();
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            if (!new Uri(request.Url).IsLoopback)
            {
                outside.Add(request.Url);
            }
        };
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        return (page, outside);
    }

    private static async Task<LocatorBoundingBoxResult> AssertVisibleBoxAsync(ILocator locator)
    {
        Assert.True(await locator.IsVisibleAsync(), "visible");
        var box = await locator.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 0 && box.Height > 0, $"non-empty box {box.Width}x{box.Height}");
        return box;
    }

    private static async Task<HashSet<string>> DataIrisAsync(IPage page, string selector)
    {
        var iris = new HashSet<string>();
        foreach (var element in await page.Locator(selector).AllAsync())
        {
            iris.Add((await element.GetAttributeAsync("data-iri"))!);
        }

        return iris;
    }
}
