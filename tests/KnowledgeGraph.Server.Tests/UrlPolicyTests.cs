using System.Net;
using KnowledgeGraph.Server.Security;

namespace KnowledgeGraph.Server.Tests;

/// <summary>The URL policy LOAD and SERVICE use: allow-list first, then no internal address after resolution.</summary>
public sealed class UrlPolicyTests
{
    private static readonly string[] Allowed = ["https://data.example.org/", "http://localhost/", "http://127.0.0.1/", "http://10.1.2.3/", "http://[::1]/", "http://169.254.169.254/"];

    [Theory]
    [InlineData("http://127.0.0.1/sparql")]
    [InlineData("http://localhost/sparql")]
    [InlineData("http://10.1.2.3/x")]
    [InlineData("http://[::1]/x")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    public async Task InternalAddressesAreRefusedEvenWhenAllowListed(string url)
    {
        var why = await new UrlPolicy(Allowed).CheckAsync(url);
        Assert.NotNull(why);
        Assert.Contains("internal address", why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://other.example.org/data.ttl", "not under an allow-listed prefix")]
    [InlineData("https://data.example.org.evil.test/x", "not under an allow-listed prefix")]
    [InlineData("ftp://data.example.org/x", "only http and https")]
    [InlineData("file:///etc/passwd", "only http and https")]
    [InlineData("not a url", "not an absolute URL")]
    public async Task OtherUrlsAreRefusedWithAReason(string url, string reason)
    {
        var why = await new UrlPolicy(Allowed).CheckAsync(url);
        Assert.NotNull(why);
        Assert.Contains(reason, why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyAllowListRefusesEverything()
    {
        var policy = new UrlPolicy([]);
        Assert.False(policy.IsEnabled);
        Assert.Contains("turned off", await policy.CheckAsync("https://data.example.org/x"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APublicNameResolvingInsideIsRefused()
    {
        // The resolver stands in for DNS (no network here): a public-looking name that answers 10.0.0.5.
        var policy = new UrlPolicy(["https://data.example.org/"], (_, _) => Task.FromResult(new[] { IPAddress.Parse("93.184.216.34"), IPAddress.Parse("10.0.0.5") }));
        Assert.Contains("10.0.0.5", await policy.CheckAsync("https://data.example.org/x"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APublicAddressUnderThePrefixIsAllowed()
    {
        var policy = new UrlPolicy(["https://data.example.org/"], (_, _) => Task.FromResult(new[] { IPAddress.Parse("93.184.216.34") }));
        Assert.Null(await policy.CheckAsync("https://data.example.org/graphs/a.ttl"));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("10.255.0.1", true)]
    [InlineData("172.16.0.1", true)]
    [InlineData("172.31.255.255", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.1.1", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("100.128.0.1", false)]
    [InlineData("224.0.0.1", true)]
    [InlineData("8.8.8.8", false)]
    [InlineData("::1", true)]
    [InlineData("::", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("::ffff:8.8.8.8", false)]
    [InlineData("2606:4700::1111", false)]
    public void InternalAddressesAreRecognised(string address, bool isInternal) =>
        Assert.Equal(isInternal, UrlPolicy.IsInternal(IPAddress.Parse(address)));
}
