using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Results;

/// <summary>A small result with one of each kind of value, for exact-output tests.</summary>
internal static class SmallResults
{
    public static SolutionSequence EveryKind()
    {
        var variables = new ResultVariables(["s", "o", "n"]);
        return new SolutionSequence(variables,
        [
            new SolutionRow(variables, [new Iri("http://example.org/a"), new Literal("chat", "fr"), new Literal("42", Xsd.Integer)]),
            new SolutionRow(variables, [new BlankNode("b0"), new Literal("say \"hi\",\tthen\nleave"), null]),
            new SolutionRow(variables, [null, new Literal("2024-01-01", Xsd.Date), new Literal("1.5e3", Xsd.Double)]),
            new SolutionRow(variables, [new Iri("http://example.org/é"), new Literal(""), new Literal("true", Xsd.Boolean)]),
        ]);
    }
}
