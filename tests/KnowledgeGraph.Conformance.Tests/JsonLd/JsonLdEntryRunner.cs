using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Conformance.Tests.JsonLd;

/// <summary>Runs one JSON-LD manifest entry through our reader (toRdf) or writer's algorithm (fromRdf).</summary>
public static class JsonLdEntryRunner
{
    public static W3CEntryOutcome Run(JsonLdTestEntry entry, JsonLdDocumentLoader loader)
    {
        try
        {
            return entry.Suite == JsonLdManifest.ToRdf ? RunToRdf(entry, loader) : RunFromRdf(entry, loader);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return W3CEntryOutcome.Fail($"{entry.Id}: the runner failed: {e}");
        }
    }

    public static JsonLdOptions OptionsFor(JsonLdTestEntry entry, JsonLdDocumentLoader loader)
    {
        var options = new JsonLdOptions
        {
            BaseIri = entry.Option("base") ?? entry.InputIri,
            DocumentLoader = loader,
            ProcessingMode = entry.Option("processingMode") == "json-ld-1.0" ? JsonLdProcessingMode.JsonLd10 : JsonLdProcessingMode.JsonLd11,
            RdfDirection = entry.Option("rdfDirection"),
            UseNativeTypes = entry.Option("useNativeTypes") == "true",
            UseRdfType = entry.Option("useRdfType") == "true",
        };
        if (entry.Option("expandContext") is { } expandContext)
        {
            options = options with { ExpandContext = loader.Load(JsonLdTestEntry.SuiteBaseIri + expandContext) };
        }

        return options;
    }

    private static W3CEntryOutcome RunToRdf(JsonLdTestEntry entry, JsonLdDocumentLoader loader)
    {
        var options = OptionsFor(entry, loader);
        List<Quad> actual;
        try
        {
            using var reader = new JsonLdReader(
                new StringReader(File.ReadAllText(entry.InputPath)),
                new RdfReaderOptions { SourceName = entry.Input, BaseIri = options.BaseIri },
                options);
            actual = reader.ReadQuads().ToList();
        }
        catch (RdfParseException e) when (e.InnerException is JsonLdException jsonLd)
        {
            if (entry.IsNegative && jsonLd.Code == entry.ExpectErrorCode)
            {
                return W3CEntryOutcome.Pass($"{entry.Id}: rejected as expected: {e.Message}");
            }

            return W3CEntryOutcome.Fail(entry.IsNegative
                ? $"{entry.Id}: expected error '{entry.ExpectErrorCode}', got '{jsonLd.Code}': {e.Message}"
                : $"{entry.Id}: unexpected error: {e.Message}");
        }

        if (entry.IsNegative)
        {
            return W3CEntryOutcome.Fail($"{entry.Id}: expected error '{entry.ExpectErrorCode}', but read {actual.Count} quads:\n{string.Join('\n', actual)}");
        }

        if (entry.IsSyntaxOnly || entry.ExpectPath is null)
        {
            return W3CEntryOutcome.Pass($"{entry.Id}: read {actual.Count} quads without error");
        }

        using var expectedReader = new NQuadsReader(new StreamReader(entry.ExpectPath), new RdfReaderOptions { SourceName = entry.Expect });
        var expected = expectedReader.ReadQuads().ToList();
        var difference = GraphIsomorphism.Explain(expected, actual);
        return difference is null
            ? W3CEntryOutcome.Pass($"{entry.Id}: {actual.Count} quads, isomorphic to {entry.Expect}")
            : W3CEntryOutcome.Fail($"{entry.Id}: not isomorphic to {entry.Expect}: {difference}");
    }

    private static W3CEntryOutcome RunFromRdf(JsonLdTestEntry entry, JsonLdDocumentLoader loader)
    {
        var options = OptionsFor(entry, loader);
        using var input = new NQuadsReader(new StreamReader(entry.InputPath), new RdfReaderOptions { SourceName = entry.Input, PreserveBlankNodeLabels = true });
        var quads = input.ReadQuads().ToList();
        JsonList actual;
        try
        {
            actual = JsonLdProcessor.FromRdf(quads, options);
        }
        catch (JsonLdException e)
        {
            return entry.IsNegative && e.Code == entry.ExpectErrorCode
                ? W3CEntryOutcome.Pass($"{entry.Id}: rejected as expected: {e.Message}")
                : W3CEntryOutcome.Fail($"{entry.Id}: unexpected error (expected {entry.ExpectErrorCode ?? "none"}): {e.Message}");
        }

        if (entry.IsNegative)
        {
            return W3CEntryOutcome.Fail($"{entry.Id}: expected error '{entry.ExpectErrorCode}', got:\n{JsonText.ToIndentedString(actual)}");
        }

        var expectOptions = options with { BaseIri = JsonLdTestEntry.SuiteBaseIri + entry.Expect };
        var expected = JsonLdProcessor.Expand(JsonText.Parse(File.ReadAllText(entry.ExpectPath!)), expectOptions);
        var reExpanded = JsonLdProcessor.Expand(actual, expectOptions);
        return JsonLdComparison.Equivalent(expected, reExpanded)
            ? W3CEntryOutcome.Pass($"{entry.Id}: output equals {entry.Expect} as JSON-LD")
            : W3CEntryOutcome.Fail($"{entry.Id}: output differs from {entry.Expect}.\nExpected (expanded):\n{JsonText.ToIndentedString(expected)}\nActual:\n{JsonText.ToIndentedString(reExpanded)}");
    }
}
