using KnowledgeGraph.Rdf.Iris;

namespace KnowledgeGraph.Rdf.Tests.Readers;

/// <summary>RFC 3986 section 5.4: every normal and abnormal example, against the base it gives.</summary>
public sealed class IriResolutionTests
{
    private const string Base = "http://a/b/c/d;p?q";

    [Theory]
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("g#s", "http://a/b/c/g#s")]
    [InlineData("g?y#s", "http://a/b/c/g?y#s")]
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("g;x", "http://a/b/c/g;x")]
    [InlineData("g;x?y#s", "http://a/b/c/g;x?y#s")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("./", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    [InlineData("../../../g", "http://a/g")]
    [InlineData("../../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("/../g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData(".g", "http://a/b/c/.g")]
    [InlineData("g..", "http://a/b/c/g..")]
    [InlineData("..g", "http://a/b/c/..g")]
    [InlineData("./../g", "http://a/b/g")]
    [InlineData("./g/.", "http://a/b/c/g/")]
    [InlineData("g/./h", "http://a/b/c/g/h")]
    [InlineData("g/../h", "http://a/b/c/h")]
    [InlineData("g;x=1/./y", "http://a/b/c/g;x=1/y")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    [InlineData("g?y/./x", "http://a/b/c/g?y/./x")]
    [InlineData("g?y/../x", "http://a/b/c/g?y/../x")]
    [InlineData("g#s/./x", "http://a/b/c/g#s/./x")]
    [InlineData("g#s/../x", "http://a/b/c/g#s/../x")]
    [InlineData("http:g", "http:g")]
    public void Resolves_as_rfc3986_section_5_4_says(string reference, string expected)
    {
        Assert.Equal(expected, IriSyntax.Resolve(Base, reference));
    }

    [Theory]
    [InlineData("http://example.org", "a", "http://example.org/a")]
    [InlineData("http://example.org/a/b", "", "http://example.org/a/b")]
    [InlineData("file:///tmp/x.ttl", "#me", "file:///tmp/x.ttl#me")]
    [InlineData("urn:isbn:123", "#x", "urn:isbn:123#x")]
    public void Resolves_against_bases_without_paths_and_other_schemes(string baseIri, string reference, string expected)
    {
        Assert.Equal(expected, IriSyntax.Resolve(baseIri, reference));
    }

    [Theory]
    [InlineData("http://example.org/ok", null)]
    [InlineData("relative/path", "an absolute IRI needs a scheme such as 'http:'")]
    [InlineData("http://example.org/a b", "character U+0020 is not allowed in an IRI")]
    [InlineData("http://example.org/%zz", "'%' must be followed by two hexadecimal digits")]
    [InlineData("http://example.org/{x}", "character U+007B is not allowed in an IRI")]
    public void Validates_absolute_iris(string text, string? problem)
    {
        Assert.Equal(problem, IriSyntax.ValidateAbsolute(text));
    }
}
