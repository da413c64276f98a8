using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Update;
using static KnowledgeGraph.Sparql.Tests.Update.UpdateTestData;

namespace KnowledgeGraph.Sparql.Tests.Update;

/// <summary>The operations of SPARQL 1.1 Update on the in-memory target, one behaviour per test.</summary>
public sealed class UpdateOperationTests
{
    [Fact]
    public void InsertAndDeleteDataCountOnlyRealChanges()
    {
        var target = new InMemoryUpdateTarget([Q("s", "p", "o")]);
        var result = Run(target, "INSERT DATA { :s :p :o . :s :p :o2 . GRAPH :g { :s :p :o } } ; DELETE DATA { :s :p :absent }");
        Assert.Equal(2, result.Inserted);
        Assert.Equal(0, result.Deleted);
        Assert.Equal(["<http://e/s> <http://e/p> <http://e/o2>", "<http://e/s> <http://e/p> <http://e/o>", "<http://e/s> <http://e/p> <http://e/o> <http://e/g>"], State(target));
    }

    [Fact]
    public void LaterOperationsSeeEarlierOnes()
    {
        var target = new InMemoryUpdateTarget();
        Run(target, """
            INSERT DATA { :a :p 1 } ;
            INSERT { ?s :q ?o } WHERE { ?s :p ?o } ;
            DELETE { ?s :p ?o } WHERE { ?s :q ?o } ;
            INSERT { :count :is ?n } WHERE { SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } }
            """);
        var state = State(target);
        Assert.Contains("<http://e/a> <http://e/q> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer>", state);
        Assert.DoesNotContain(state, l => l.Contains("<http://e/p>", StringComparison.Ordinal));
        Assert.Contains("<http://e/count> <http://e/is> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer>", state);
    }

    [Fact]
    public void DeleteInsertUsesTheSolutionsComputedBeforeAnyChange()
    {
        var target = new InMemoryUpdateTarget([Q("a", "next", "b"), Q("b", "next", "c")]);
        Run(target, "DELETE { ?x :next ?y } INSERT { ?y :next ?x } WHERE { ?x :next ?y }");
        Assert.Equal(["<http://e/b> <http://e/next> <http://e/a>", "<http://e/c> <http://e/next> <http://e/b>"], State(target));
    }

    [Fact]
    public void BlankNodesInInsertTemplatesAreFreshPerSolution()
    {
        var target = new InMemoryUpdateTarget([Q("a", "type", "T"), Q("b", "type", "T")]);
        Run(target, "INSERT { ?x :has _:n . _:n :label :l } WHERE { ?x :type :T }");
        var nodes = target.Current.Match(null, E("has"), null, null).Select(q => q.Obj).ToList();
        Assert.Equal(2, nodes.Count);
        Assert.All(nodes, n => Assert.IsType<BlankNode>(n));
        Assert.NotEqual(nodes[0], nodes[1]);
        Assert.All(nodes, n => Assert.Single(target.Current.Match(n, E("label"), null, null)));
    }

    [Fact]
    public void InsertDataBlankNodesDoNotMergeWithExistingOnes()
    {
        var existing = new BlankNode("b1");
        var target = new InMemoryUpdateTarget([new Quad(existing, E("p"), E("o"))]);
        Run(target, "INSERT DATA { _:b1 :p :o2 }");
        var inserted = Assert.Single(target.Current.Match(null, E("p"), E("o2"), null));
        Assert.NotEqual<Term>(existing, inserted.Subject);
    }

    [Fact]
    public void TemplateTriplesWithUnboundOrIllegalTermsAreSkipped()
    {
        var target = new InMemoryUpdateTarget([Q("a", "p", "o")]);
        var result = Run(target, "INSERT { ?s :q ?unbound . ?s :r ?o . ?lit :s :t } WHERE { ?s :p ?o OPTIONAL { ?s :none ?unbound } BIND(\"x\" AS ?lit) }");
        Assert.Equal(1, result.Inserted);
        Assert.Contains("<http://e/a> <http://e/r> <http://e/o>", State(target));
    }

    [Fact]
    public void AGroundTemplateIsInsertedOncePerRequestWhenTheWhereHasSolutionsAndNotAtAllOtherwise()
    {
        var target = new InMemoryUpdateTarget([Q("a", "p", "1"), Q("b", "p", "2")]);
        Assert.Equal(1, Run(target, "INSERT { :flag :is :set } WHERE { ?s :p ?o }").Inserted);
        Assert.Equal(0, Run(target, "INSERT { :other :is :set } WHERE { ?s :nothing ?o }").Inserted);
        Assert.Equal(0, Run(target, "DELETE { :a :p :1 } WHERE { FILTER(false) }").Deleted);
        Assert.Equal(3, State(target).Length);
    }

    [Fact]
    public void WithNamesTheGraphOfTemplatesAndWhere()
    {
        var target = new InMemoryUpdateTarget([Q("a", "p", "1", "g"), Q("a", "p", "2")]);
        Run(target, "WITH :g DELETE { ?s :p ?o } INSERT { ?s :q ?o } WHERE { ?s :p ?o }");
        Assert.Equal(["<http://e/a> <http://e/p> <http://e/2>", "<http://e/a> <http://e/q> <http://e/1> <http://e/g>"], State(target));
    }

    [Fact]
    public void UsingReplacesWithForTheWhereButNotForTheTemplates()
    {
        var target = new InMemoryUpdateTarget([Q("a", "p", "1", "g1"), Q("b", "p", "2", "g2")]);
        Run(target, "WITH :g1 INSERT { ?s :q ?o } USING :g2 WHERE { ?s :p ?o }");
        Assert.Contains("<http://e/b> <http://e/q> <http://e/2> <http://e/g1>", State(target));
        Assert.DoesNotContain(State(target), l => l.StartsWith("<http://e/a> <http://e/q>", StringComparison.Ordinal));
    }

    [Fact]
    public void UsingNamedAloneLeavesAnEmptyDefaultGraph()
    {
        var target = new InMemoryUpdateTarget([Q("a", "p", "1"), Q("b", "p", "2", "g")]);
        Run(target, "INSERT { ?s :seen ?g } USING NAMED :g WHERE { { ?s :p ?o BIND(:default AS ?g) } UNION { GRAPH ?g { ?s :p ?o } } }");
        Assert.Equal(["<http://e/b> <http://e/seen> <http://e/g>"], State(target).Where(l => l.Contains(":seen", StringComparison.Ordinal) || l.Contains("/seen", StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public void ProtocolUsingGraphsChooseTheWhereDataset()
    {
        var target = new InMemoryUpdateTarget([Q("a", "p", "1", "g1"), Q("b", "p", "2", "g2")]);
        Run(target, "INSERT { ?s :q ?o } WHERE { ?s :p ?o }", new UpdateOptions { UsingGraphs = [E("g2")] });
        Assert.Contains("<http://e/b> <http://e/q> <http://e/2>", State(target));
        Assert.Equal(3, State(target).Length);
    }

    [Fact]
    public void ProtocolUsingGraphsWithWithOrUsingInTheRequestIsAnError()
    {
        var target = new InMemoryUpdateTarget([Q("a", "p", "1")]);
        var before = State(target);
        var e = Assert.Throws<SparqlUpdateException>(() => Run(target,
            "INSERT DATA { :x :y :z } ; WITH :g INSERT { ?s :q ?o } WHERE { ?s :p ?o }", new UpdateOptions { UsingNamedGraphs = [E("g")] }));
        Assert.Contains("using-graph-uri", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, State(target));
    }

    [Fact]
    public void DeleteWhereMatchesAcrossGraphs()
    {
        var target = new InMemoryUpdateTarget([Q("a", "p", "1"), Q("a", "in", "x", "g"), Q("b", "p", "2"), Q("b", "in", "y", "h")]);
        var result = Run(target, "DELETE WHERE { ?s :p ?o . GRAPH :g { ?s :in ?v } }");
        Assert.Equal(2, result.Deleted);
        Assert.Equal(["<http://e/b> <http://e/in> <http://e/y> <http://e/h>", "<http://e/b> <http://e/p> <http://e/2>"], State(target));
    }

    [Fact]
    public void CreateRecordsAnEmptyGraphAndFailsWhenItExists()
    {
        var target = new InMemoryUpdateTarget([Q("a", "p", "1", "g")]);
        Run(target, "CREATE GRAPH :new");
        Assert.Contains(E("new"), target.EmptyGraphs);
        Assert.Throws<SparqlUpdateException>(() => Run(target, "CREATE GRAPH :g"));
        Assert.Throws<SparqlUpdateException>(() => Run(target, "CREATE GRAPH :new"));
        Run(target, "CREATE SILENT GRAPH :g");
        Run(target, "DROP GRAPH :new");
        Assert.DoesNotContain(E("new"), target.EmptyGraphs);
        Assert.Throws<SparqlUpdateException>(() => Run(target, "DROP GRAPH :new"));
    }

    [Fact]
    public void ClearKeepsTheGraphDropRemovesIt()
    {
        var target = new InMemoryUpdateTarget([Q("a", "p", "1", "g"), Q("a", "p", "2", "h"), Q("a", "p", "3")]);
        Run(target, "CLEAR GRAPH :g ; DROP GRAPH :h");
        Assert.Equal(["<http://e/a> <http://e/p> <http://e/3>"], State(target));
        Assert.Contains(E("g"), target.EmptyGraphs);
        Assert.DoesNotContain(E("h"), target.EmptyGraphs);
        Assert.Throws<SparqlUpdateException>(() => Run(target, "CLEAR GRAPH :h"));
        Run(target, "CLEAR SILENT GRAPH :h ; CLEAR GRAPH :g");
    }

    [Fact]
    public void ClearAndDropNamedDefaultAndAll()
    {
        var quads = new[] { Q("a", "p", "1", "g"), Q("a", "p", "2", "h"), Q("a", "p", "3") };
        var named = new InMemoryUpdateTarget(quads);
        Run(named, "DROP NAMED");
        Assert.Equal(["<http://e/a> <http://e/p> <http://e/3>"], State(named));
        var byDefault = new InMemoryUpdateTarget(quads);
        Run(byDefault, "CLEAR DEFAULT");
        Assert.Equal(2, State(byDefault).Length);
        var all = new InMemoryUpdateTarget(quads);
        Assert.Equal(3, Run(all, "DROP ALL").Deleted);
        Assert.Empty(State(all));
    }

    [Fact]
    public void CopyReplacesMoveRemovesTheSourceAddMerges()
    {
        var quads = new[] { Q("a", "p", "1", "g"), Q("b", "p", "2", "h"), Q("c", "p", "3") };
        var copy = new InMemoryUpdateTarget(quads);
        Run(copy, "COPY :g TO :h");
        Assert.Equal(["<http://e/a> <http://e/p> <http://e/1> <http://e/g>", "<http://e/a> <http://e/p> <http://e/1> <http://e/h>", "<http://e/c> <http://e/p> <http://e/3>"], State(copy));
        var move = new InMemoryUpdateTarget(quads);
        Run(move, "MOVE :g TO DEFAULT");
        Assert.Equal(["<http://e/a> <http://e/p> <http://e/1>", "<http://e/b> <http://e/p> <http://e/2> <http://e/h>"], State(move));
        var add = new InMemoryUpdateTarget(quads);
        Run(add, "ADD DEFAULT TO :h");
        Assert.Equal(4, State(add).Length);
        Assert.Contains("<http://e/c> <http://e/p> <http://e/3> <http://e/h>", State(add));
    }

    [Fact]
    public void CopyMoveAddOfAMissingGraphFailUnlessSilentAndOfTheSameGraphDoNothing()
    {
        var target = new InMemoryUpdateTarget([Q("a", "p", "1", "g")]);
        Assert.Throws<SparqlUpdateException>(() => Run(target, "COPY :missing TO :g"));
        Assert.Throws<SparqlUpdateException>(() => Run(target, "MOVE :missing TO DEFAULT"));
        Assert.Throws<SparqlUpdateException>(() => Run(target, "ADD :missing TO :g"));
        Run(target, "COPY SILENT :missing TO :g ; MOVE :g TO :g ; ADD :g TO :g");
        Assert.Equal(["<http://e/a> <http://e/p> <http://e/1> <http://e/g>"], State(target));
    }

    [Fact]
    public void LoadIsDisabledByDefault()
    {
        var target = new InMemoryUpdateTarget();
        var e = Assert.Throws<SparqlUpdateException>(() => Run(target, "LOAD <file:///tmp/whatever.ttl>"));
        Assert.Contains("LOAD is disabled", e.Message, StringComparison.Ordinal);
        Run(target, "LOAD SILENT <file:///tmp/whatever.ttl> ; INSERT DATA { :a :b :c }");
        Assert.Single(State(target));
    }

    [Fact]
    public void LoadReadsLocalFilesThroughTheSuppliedLoader()
    {
        var folder = Directory.CreateTempSubdirectory("kg-update-load-");
        try
        {
            var file = Path.Combine(folder.FullName, "data.ttl");
            File.WriteAllText(file, "@prefix : <http://e/> . :x :y :z . :x :y [ :w 1 ] .");
            var iri = new Uri(file).AbsoluteUri;
            var options = new UpdateOptions { Loader = new FileGraphLoader(folder.FullName) };
            var target = new InMemoryUpdateTarget();
            var result = Run(target, $"LOAD <{iri}> ; LOAD <{iri}> INTO GRAPH :g", options);
            Assert.Equal(6, result.Inserted);
            Assert.Equal(3, target.Current.Match(null, null, null, E("g")).Count());
            var missing = Assert.Throws<SparqlUpdateException>(() => Run(target, $"LOAD <{new Uri(Path.Combine(folder.FullName, "none.ttl")).AbsoluteUri}>", options));
            Assert.Contains("no such file", missing.Message, StringComparison.Ordinal);
            Assert.Throws<SparqlUpdateException>(() => Run(target, "LOAD <http://example.org/data.ttl>", options));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void TheFileLoaderRefusesFilesOutsideItsFolderAndReportsParseErrors()
    {
        var folder = Directory.CreateTempSubdirectory("kg-update-load-");
        try
        {
            var inside = Directory.CreateDirectory(Path.Combine(folder.FullName, "allowed"));
            var outsideFile = Path.Combine(folder.FullName, "secret.nt");
            File.WriteAllText(outsideFile, "<http://e/s> <http://e/p> <http://e/o> .\n");
            var badFile = Path.Combine(inside.FullName, "bad.nt");
            File.WriteAllText(badFile, "<http://e/s> <http://e/p> .\n");
            var options = new UpdateOptions { Loader = new FileGraphLoader(inside.FullName) };
            var target = new InMemoryUpdateTarget();
            var escape = new Uri(Path.Combine(inside.FullName, "..", "secret.nt")).AbsoluteUri;
            var refused = Assert.Throws<SparqlUpdateException>(() => Run(target, $"LOAD <{escape}>", options));
            Assert.Contains("outside the allowed folder", refused.Message, StringComparison.Ordinal);
            var bad = Assert.Throws<SparqlUpdateException>(() => Run(target, $"LOAD <{new Uri(badFile).AbsoluteUri}>", options));
            Assert.Contains("bad.nt:1:", bad.Message, StringComparison.Ordinal);
            Assert.Empty(State(target));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
