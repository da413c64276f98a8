using KnowledgeGraph.Server;
using KnowledgeGraph.Server.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KnowledgeGraph.Browser.Tests;

/// <summary>
/// The real server (Kestrel on 127.0.0.1, a free port, an LMDB store in a temporary folder seeded with seed-data/ and
/// ontology/, union default graph as <c>scripts/serve.sh</c> runs it) and a headless Debian Chromium driven by
/// Playwright. Tests call <see cref="Skip.IfNot"/> with <see cref="Available"/> first.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Chromium's flags for this sandbox: without the background-networking ones it keeps dialling Google and fails.</summary>
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _folder;

    public bool Available => _browser is not null;

    /// <summary>Why the browser tests are skipped, when they are.</summary>
    public string SkipReason { get; private set; } = "";

    /// <summary>The server's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Where screenshots go: TestResults/screenshots beside the test assembly.</summary>
    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("KG_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            SkipReason = $"Chromium not found at {chromium}: install it (Debian: apt-get install chromium, as scripts/install-deps.sh does) or set KG_CHROMIUM.";
            return;
        }

        var root = RepoRoot();
        _folder = Path.Combine(Path.GetTempPath(), "kg-browser-tests", Guid.NewGuid().ToString("N"));
        _app = KnowledgeGraphServer.Build(
            ["--Logging:LogLevel:Default=Warning", "--KnowledgeGraph:OntologyDirectory=" + Path.Combine(root, "ontology")],
            o =>
            {
                o.StoreKind = StoreKind.Lmdb;
                o.StorePath = Path.Combine(_folder, "store");
                o.SeedDirectory = Path.Combine(root, "seed-data") + Path.PathSeparator + Path.Combine(root, "ontology");
                o.UnionDefaultGraph = true;
            },
            "http://127.0.0.1:0");
        await _app.StartAsync();
        BaseAddress = KnowledgeGraphServer.Address(_app);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // Playwright gives every launch its own fresh, temporary profile.
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh page in its own browser context (no shared cookies or cache between tests).</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    /// <summary>Saves a full-page PNG under <see cref="ScreenshotFolder"/>, prints and returns its path.</summary>
    public async Task<string> ScreenshotAsync(IPage page, string name, ITestOutputHelper? output = null)
    {
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output?.WriteLine("screenshot: " + path);
        return path;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_folder is not null)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}
