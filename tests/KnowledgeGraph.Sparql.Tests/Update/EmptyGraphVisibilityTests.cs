using KnowledgeGraph.Sparql.Update;
using static KnowledgeGraph.Sparql.Tests.Update.UpdateTestData;

namespace KnowledgeGraph.Sparql.Tests.Update;

/// <summary>
/// A graph created by CREATE GRAPH exists while it holds no quads: a WHERE clause's <c>GRAPH ?g {}</c> lists it and
/// <c>GRAPH &lt;g&gt; {}</c> matches it, later in the same request and in later requests.
/// </summary>
public sealed class EmptyGraphVisibilityTests
{
    [Fact]
    public void GraphVariableSeesAGraphCreatedEarlierInTheSameRequest()
    {
        var target = new InMemoryUpdateTarget([Q("a", "p", "1", "full")]);
        Run(target, "CREATE GRAPH :new ; INSERT { :seen :graph ?g } WHERE { GRAPH ?g { } }");
        Assert.Equal(
            ["<http://e/a> <http://e/p> <http://e/1> <http://e/full>", "<http://e/seen> <http://e/graph> <http://e/full>", "<http://e/seen> <http://e/graph> <http://e/new>"],
            State(target));
    }

    [Fact]
    public void FixedGraphNameMatchesAnEmptyGraphCreatedInTheSameRequest()
    {
        var target = new InMemoryUpdateTarget();
        Run(target, "CREATE GRAPH :new ; INSERT { :new :exists true } WHERE { GRAPH :new { } }");
        Assert.Equal(["<http://e/new> <http://e/exists> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>"], State(target));
    }

    [Fact]
    public void EmptyGraphCreatedByAnEarlierRequestIsSeenByNameAndByVariable()
    {
        var target = new InMemoryUpdateTarget();
        Run(target, "CREATE GRAPH :new");
        Run(target, "INSERT { :byName :found true } WHERE { GRAPH :new { } } ; INSERT { :byVariable :found ?g } WHERE { GRAPH ?g { } }");
        Assert.Equal(
            ["<http://e/byName> <http://e/found> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>", "<http://e/byVariable> <http://e/found> <http://e/new>"],
            State(target));
    }

    [Fact]
    public void AnAbsentGraphStillMatchesNothing()
    {
        var target = new InMemoryUpdateTarget();
        Run(target, "CREATE GRAPH :new ; DROP GRAPH :new ; INSERT { :x :found true } WHERE { GRAPH :new { } } ; INSERT { :y :found ?g } WHERE { GRAPH ?g { } }");
        Assert.Empty(State(target));
    }
}
