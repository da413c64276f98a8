using static KnowledgeGraph.Domain.Tests.Shacl.ShaclTestGraphs;

namespace KnowledgeGraph.Domain.Tests.Shacl;

public sealed class PathAndTargetTests
{
    private const string Places = """
        ex:garmsir ex:within ex:helmand . ex:helmand ex:within ex:afghanistan .
        ex:kabul ex:within ex:kabulProvince . ex:kabulProvince ex:within ex:afghanistan .
        ex:attack ex:place ex:garmsir .
        """;

    [Theory]
    [InlineData("ex:within", 1)]
    [InlineData("[ sh:inversePath ex:within ]", 0)]
    [InlineData("( ex:within ex:within )", 1)]
    [InlineData("[ sh:oneOrMorePath ex:within ]", 2)]
    [InlineData("[ sh:zeroOrMorePath ex:within ]", 3)]
    [InlineData("[ sh:zeroOrOnePath ex:within ]", 2)]
    [InlineData("[ sh:alternativePath ( ex:within ex:place ) ]", 1)]
    [InlineData("( [ sh:inversePath ex:place ] [ sh:oneOrMorePath ex:within ] )", 0)]
    public void Paths_reach_the_expected_number_of_values_from_garmsir(string path, int expected)
    {
        // maxCount(expected) passes and maxCount(expected - 1) fails exactly when the path reaches `expected` nodes.
        var pass = Validate($"ex:S sh:targetNode ex:garmsir ; sh:property [ sh:path {path} ; sh:maxCount {expected} ; sh:minCount {expected} ] .", Places);
        Assert.True(pass.Conforms, pass.ToText());
    }

    [Fact]
    public void Inverse_of_a_sequence_path()
    {
        var report = Validate(
            "ex:S sh:targetNode ex:helmand ; sh:property [ sh:path [ sh:inversePath ( ex:place ex:within ) ] ; sh:minCount 1 ; sh:maxCount 1 ; sh:hasValue ex:attack ] .",
            Places);
        Assert.True(report.Conforms, report.ToText());
    }

    [Fact]
    public void Targets_class_with_subclasses_node_subjects_and_objects()
    {
        var report = Validate(
            """
            ex:ByClass sh:targetClass ex:Actor ; sh:property [ sh:path ex:tag ; sh:hasValue "class" ] .
            ex:ByNode sh:targetNode ex:lonely ; sh:property [ sh:path ex:tag ; sh:hasValue "node" ] .
            ex:BySubject sh:targetSubjectsOf ex:claimant ; sh:property [ sh:path ex:tag ; sh:hasValue "subject" ] .
            ex:ByObject sh:targetObjectsOf ex:claimant ; sh:property [ sh:path ex:tag ; sh:hasValue "object" ] .
            """,
            """
            ex:Group rdfs:subClassOf ex:Organization . ex:Organization rdfs:subClassOf ex:Actor .
            ex:taliban a ex:Group . ex:claim ex:claimant ex:taliban .
            """);
        Assert.Equal(
            ["ex:claim HasValue", "ex:lonely HasValue", "ex:taliban HasValue", "ex:taliban HasValue"],
            Summary(report));
    }

    [Fact]
    public void Implicit_class_target()
    {
        var report = Validate(
            "ex:Place a rdfs:Class, sh:NodeShape ; sh:property [ sh:path ex:label ; sh:minCount 1 ] .",
            "ex:kabul a ex:Place ; ex:label \"Kabul\" . ex:nowhere a ex:Place .");
        Assert.Equal(["ex:nowhere MinCount"], Summary(report));
    }

    [Fact]
    public void Report_as_quads_has_the_standard_shape()
    {
        var report = Validate(
            "ex:S sh:targetNode ex:a ; sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 ] .",
            "ex:b ex:q 1 .");
        var quads = report.ToQuads();
        var sh = "http://www.w3.org/ns/shacl#";
        Assert.Contains(quads, q => q.Predicate.Value == sh + "conforms" && q.Obj.ToString() == "\"false\"^^<http://www.w3.org/2001/XMLSchema#boolean>");
        Assert.Contains(quads, q => q.Predicate.Value == sh + "focusNode" && q.Obj.ToString() == "<http://example.com/ns#a>");
        Assert.Contains(quads, q => q.Predicate.Value == sh + "sourceConstraintComponent" && q.Obj.ToString() == $"<{sh}MinCountConstraintComponent>");
        var path = Assert.Single(quads, q => q.Predicate.Value == sh + "resultPath").Obj;
        Assert.Contains(quads, q => q.Subject.Equals(path) && q.Predicate.Value == sh + "inversePath" && q.Obj.ToString() == "<http://example.com/ns#p>");
    }

    [Fact]
    public void Malformed_shapes_are_reported_clearly()
    {
        var e = Assert.Throws<KnowledgeGraph.Domain.Shacl.ShapesGraphException>(() =>
            Validate("ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount \"one\" ] .", "ex:a ex:p 1 ."));
        Assert.Contains("expected a non-negative integer", e.Message, StringComparison.Ordinal);
    }
}
