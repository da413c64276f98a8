using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Results;

public sealed class EquivalenceTests
{
    private static readonly ResultVariables XY = new(["x", "y"]);

    private static SolutionSequence Rows(params Term?[][] rows) => new(XY, rows.Select(r => new SolutionRow(XY, r)).ToList());

    private static readonly Iri A = new("http://example.org/a");
    private static readonly Iri B = new("http://example.org/b");

    [Fact]
    public void BlankNodesMatchThroughOneBijection()
    {
        var expected = Rows([new BlankNode("a"), A], [new BlankNode("a"), B], [new BlankNode("b"), B]);
        var renamed = Rows([new BlankNode("z2"), B], [new BlankNode("z1"), A], [new BlankNode("z1"), B]);
        Assert.Null(ResultsEquivalence.Difference(expected, renamed));

        // Same shape row by row, but the first two rows no longer share a blank node.
        var split = Rows([new BlankNode("z1"), A], [new BlankNode("z2"), B], [new BlankNode("z3"), B]);
        Assert.Contains("no mapping of blank nodes", ResultsEquivalence.Difference(expected, split), StringComparison.Ordinal);
    }

    [Fact]
    public void RowsAreAMultiset()
    {
        var twice = Rows([A, null], [A, null]);
        var once = Rows([A, null], [B, null]);
        Assert.NotNull(ResultsEquivalence.Difference(twice, once));
        Assert.Null(ResultsEquivalence.Difference(Rows([A, B], [B, A]), Rows([B, A], [A, B])));
    }

    [Fact]
    public void OrderCountsOnlyWhenAsked()
    {
        var ab = Rows([A, null], [B, null]);
        var ba = Rows([B, null], [A, null]);
        Assert.Null(ResultsEquivalence.Difference(ab, ba));
        Assert.StartsWith("row 1:", ResultsEquivalence.Difference(ab, ba, ordered: true), StringComparison.Ordinal);
    }

    [Fact]
    public void HeadOrderDoesNotMatterButTheVariableSetDoes()
    {
        var yx = new ResultVariables(["y", "x"]);
        var swapped = new SolutionSequence(yx, [new SolutionRow(yx, [B, A])]);
        Assert.Null(ResultsEquivalence.Difference(Rows([A, B]), swapped));
        var other = new ResultVariables(["x", "z"]);
        Assert.Contains("expected variables", ResultsEquivalence.Difference(Rows([A, B]), new SolutionSequence(other, [new SolutionRow(other, [A, B])])), StringComparison.Ordinal);
    }

    [Fact]
    public void UnboundIsNotAValueAndLiteralsCompareAsTerms()
    {
        Assert.NotNull(ResultsEquivalence.Difference(Rows([A, null]), Rows([A, new Literal("")])));
        Assert.NotNull(ResultsEquivalence.Difference(Rows([new Literal("1", Rdf.Vocabulary.Xsd.Integer), null]), Rows([new Literal("01", Rdf.Vocabulary.Xsd.Integer), null])));
        Assert.Null(ResultsEquivalence.Difference(Rows([new Literal("x", "EN"), null]), Rows([new Literal("x", "en"), null])));
    }

    [Fact]
    public void BooleansAndKinds()
    {
        Assert.Null(ResultsEquivalence.Difference(BooleanResult.True, new BooleanResult(true)));
        Assert.NotNull(ResultsEquivalence.Difference(BooleanResult.True, BooleanResult.False));
        Assert.Contains("BooleanResult", ResultsEquivalence.Difference(BooleanResult.True, Rows()), StringComparison.Ordinal);
    }

    [Fact]
    public void NumbersCanCompareByValueWhenAsked()
    {
        var dbl = Rdf.Vocabulary.Xsd.Double;
        var spelledOneWay = Rows([new Literal("1.0E6", dbl), A], [new Literal("2", Rdf.Vocabulary.Xsd.Decimal), B]);
        var spelledAnother = Rows([new Literal("2.00", Rdf.Vocabulary.Xsd.Decimal), B], [new Literal("1.0e6", dbl), A]);
        Assert.NotNull(ResultsEquivalence.Difference(spelledOneWay, spelledAnother));
        Assert.Null(ResultsEquivalence.Difference(spelledOneWay, spelledAnother, numericByValue: true));

        // Same value, different datatypes: still different.
        var asInteger = Rows([new Literal("1000000", Rdf.Vocabulary.Xsd.Integer), A], [new Literal("2", Rdf.Vocabulary.Xsd.Decimal), B]);
        Assert.NotNull(ResultsEquivalence.Difference(spelledOneWay, asInteger, numericByValue: true));
    }
}
