namespace KnowledgeGraph.Conformance.Tests;

/// <summary>What a manifest entry asks of the reader.</summary>
public enum W3CTestKind
{
    /// <summary>The action parses with no error.</summary>
    PositiveSyntax,

    /// <summary>Reading the action throws <see cref="KnowledgeGraph.Rdf.RdfParseException"/>.</summary>
    NegativeSyntax,

    /// <summary>The action reads to quads isomorphic to the result file's.</summary>
    Eval,

    /// <summary>The action is rejected with <see cref="KnowledgeGraph.Rdf.RdfParseException"/>, like a syntax error.</summary>
    NegativeEval,
}
