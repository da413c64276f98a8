using static KnowledgeGraph.Domain.Tests.Shacl.ShaclTestGraphs;

namespace KnowledgeGraph.Domain.Tests.Shacl;

/// <summary>One or more tests per SHACL Core constraint component, each with a passing and a failing node.</summary>
public sealed class ConstraintTests
{
    [Fact]
    public void Class_accepts_instances_of_subclasses_and_rejects_others()
    {
        var report = Validate(
            "ex:S sh:targetNode ex:ok, ex:sub, ex:bad, ex:lit ; sh:property [ sh:path ex:p ; sh:class ex:C ] .",
            """
            ex:D rdfs:subClassOf ex:C . ex:c1 a ex:C . ex:d1 a ex:D . ex:e1 a ex:E .
            ex:ok ex:p ex:c1 . ex:sub ex:p ex:d1 . ex:bad ex:p ex:e1 . ex:lit ex:p "c1" .
            """);
        Assert.Equal(["ex:bad Class ex:e1", "ex:lit Class \"c1\""], Summary(report));
    }

    [Fact]
    public void Datatype_rejects_other_datatypes_and_ill_formed_lexical_forms()
    {
        var report = Validate(
            "ex:S sh:targetSubjectsOf ex:d ; sh:property [ sh:path ex:d ; sh:datatype xsd:date ] .",
            """
            ex:ok ex:d "2021-07-20"^^xsd:date . ex:text ex:d "2021-07-20" .
            ex:ill ex:d "20 July"^^xsd:date . ex:iri ex:d ex:x .
            """);
        Assert.Equal(["ex:ill Datatype \"20 July\"^^<http://www.w3.org/2001/XMLSchema#date>", "ex:iri Datatype ex:x", "ex:text Datatype \"2021-07-20\""], Summary(report));
    }

    [Fact]
    public void Datatype_langString_requires_a_language_tag()
    {
        var report = Validate(
            "ex:S sh:targetSubjectsOf ex:t ; sh:property [ sh:path ex:t ; sh:datatype rdf:langString ] .",
            "ex:ok ex:t \"hi\"@en . ex:bad ex:t \"hi\" .");
        Assert.Equal(["ex:bad Datatype \"hi\""], Summary(report));
    }

    [Theory]
    [InlineData("sh:IRI", "ex:blank ex:lit")]
    [InlineData("sh:BlankNode", "ex:iri ex:lit")]
    [InlineData("sh:Literal", "ex:blank ex:iri")]
    [InlineData("sh:BlankNodeOrIRI", "ex:lit")]
    [InlineData("sh:BlankNodeOrLiteral", "ex:iri")]
    [InlineData("sh:IRIOrLiteral", "ex:blank")]
    public void NodeKind_checks_each_kind(string kind, string failing)
    {
        var report = Validate(
            $"ex:S sh:targetSubjectsOf ex:v ; sh:property [ sh:path ex:v ; sh:nodeKind {kind} ] .",
            "ex:iri ex:v ex:x . ex:blank ex:v [] . ex:lit ex:v 1 .");
        Assert.Equal(failing.Split(' '), report.Results.Select(r => r.FocusNode.ToString().Replace("<http://example.com/ns#", "ex:").TrimEnd('>')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void MinCount_and_MaxCount()
    {
        var report = Validate(
            "ex:S sh:targetNode ex:none, ex:one, ex:two ; sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:maxCount 1 ] .",
            "ex:one ex:p 1 . ex:two ex:p 1, 2 .");
        Assert.Equal(["ex:none MinCount", "ex:two MaxCount"], Summary(report));
    }

    [Fact]
    public void Value_ranges_compare_XSD_values_across_numeric_types()
    {
        var report = Validate(
            "ex:S sh:targetSubjectsOf ex:lat ; sh:property [ sh:path ex:lat ; sh:minInclusive -90 ; sh:maxExclusive 90.0 ] .",
            """
            ex:ok ex:lat 34.5 . ex:edge ex:lat -90 . ex:high ex:lat 90 . ex:low ex:lat "-90.5"^^xsd:double .
            ex:text ex:lat "north" .
            """);
        Assert.Equal(["ex:high MaxExclusive 90", "ex:low MinInclusive \"-90.5\"^^<http://www.w3.org/2001/XMLSchema#double>", "ex:text MaxExclusive \"north\"", "ex:text MinInclusive \"north\""], Summary(report));
    }

    [Fact]
    public void MinExclusive_and_MaxInclusive_on_dates()
    {
        var report = Validate(
            "ex:S sh:targetSubjectsOf ex:d ; sh:property [ sh:path ex:d ; sh:minExclusive \"2021-01-01\"^^xsd:date ; sh:maxInclusive \"2021-12-31\"^^xsd:date ] .",
            "ex:ok ex:d \"2021-07-20\"^^xsd:date . ex:start ex:d \"2021-01-01\"^^xsd:date . ex:late ex:d \"2022-01-01\"^^xsd:date .");
        Assert.Equal(["ex:late MaxInclusive \"2022-01-01\"^^<http://www.w3.org/2001/XMLSchema#date>", "ex:start MinExclusive \"2021-01-01\"^^<http://www.w3.org/2001/XMLSchema#date>"], Summary(report));
    }

    [Fact]
    public void Length_constraints_use_the_string_form_and_reject_blank_nodes()
    {
        var report = Validate(
            "ex:S sh:targetSubjectsOf ex:code ; sh:property [ sh:path ex:code ; sh:minLength 2 ; sh:maxLength 3 ] .",
            "ex:ok ex:code \"AF\" . ex:short ex:code \"A\" . ex:long ex:code 1234 . ex:blank ex:code [] .");
        Assert.Equal(["ex:blank MaxLength", "ex:blank MinLength", "ex:long MaxLength 1234", "ex:short MinLength \"A\""], Summary(report).Select(s => s.Split(" _:")[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pattern_with_and_without_flags()
    {
        var report = Validate(
            """
            ex:S sh:targetSubjectsOf ex:iso ; sh:property [ sh:path ex:iso ; sh:pattern "^[A-Z]{2}(-[A-Z]{3})?$" ] .
            ex:T sh:targetSubjectsOf ex:name ; sh:property [ sh:path ex:name ; sh:pattern "^kabul$" ; sh:flags "i" ] .
            """,
            "ex:a ex:iso \"AF-KAB\" . ex:b ex:iso \"af\" . ex:c ex:name \"KABUL\" . ex:d ex:name \"Kabul city\" .");
        Assert.Equal(["ex:b Pattern \"af\"", "ex:d Pattern \"Kabul city\""], Summary(report));
    }

    [Fact]
    public void LanguageIn_and_UniqueLang()
    {
        var report = Validate(
            "ex:S sh:targetSubjectsOf ex:label ; sh:property [ sh:path ex:label ; sh:languageIn ( \"en\" \"ps\" ) ; sh:uniqueLang true ] .",
            "ex:ok ex:label \"Kabul\"@en-GB, \"کابل\"@ps . ex:fr ex:label \"Kaboul\"@fr . ex:twice ex:label \"a\"@en, \"b\"@en .");
        Assert.Equal(["ex:fr LanguageIn \"Kaboul\"@fr", "ex:twice UniqueLang"], Summary(report));
    }

    [Fact]
    public void In_and_HasValue()
    {
        var report = Validate(
            """
            ex:S sh:targetSubjectsOf ex:stance ; sh:property [ sh:path ex:stance ; sh:in ( ex:asserts ex:denies ) ] .
            ex:T sh:targetSubjectsOf ex:scheme ; sh:property [ sh:path ex:scheme ; sh:hasValue ex:Events ] .
            """,
            "ex:a ex:stance ex:denies . ex:b ex:stance ex:maybe . ex:c ex:scheme ex:Events, ex:Other . ex:d ex:scheme ex:Other .");
        Assert.Equal(["ex:b In ex:maybe", "ex:d HasValue"], Summary(report));
    }

    [Fact]
    public void HasValue_on_a_node_shape_tests_the_focus_node()
    {
        var report = Validate("ex:S sh:targetNode ex:a, ex:b ; sh:hasValue ex:a .", "ex:a ex:p 1 .");
        Assert.Equal(["ex:b HasValue"], Summary(report));
    }

    [Fact]
    public void Property_pair_constraints()
    {
        var report = Validate(
            """
            ex:S sh:targetSubjectsOf ex:start ;
              sh:property [ sh:path ex:start ; sh:lessThanOrEquals ex:end ] ;
              sh:property [ sh:path ex:min ; sh:lessThan ex:max ] ;
              sh:property [ sh:path ex:label ; sh:equals ex:name ] ;
              sh:property [ sh:path ex:partOf ; sh:disjoint ex:memberOf ] .
            """,
            """
            ex:ok ex:start "2021-07-19"^^xsd:date ; ex:end "2021-07-20"^^xsd:date ; ex:min 1 ; ex:max 2 ; ex:label "x" ; ex:name "x" .
            ex:same ex:start "2021-07-20"^^xsd:date ; ex:end "2021-07-20"^^xsd:date ; ex:min 2 ; ex:max 2 .
            ex:bad ex:start "2021-07-21"^^xsd:date ; ex:end "2021-07-20"^^xsd:date ; ex:label "x" ; ex:name "y" ; ex:partOf ex:o ; ex:memberOf ex:o .
            """);
        Assert.Equal(
            ["ex:bad Disjoint ex:o", "ex:bad Equals \"x\"", "ex:bad Equals \"y\"", "ex:bad LessThanOrEquals \"2021-07-21\"^^<http://www.w3.org/2001/XMLSchema#date>", "ex:same LessThan 2"],
            Summary(report));
    }

    [Fact]
    public void Node_and_logical_constraints()
    {
        var report = Validate(
            """
            ex:HasName sh:property [ sh:path ex:name ; sh:minCount 1 ] .
            ex:HasCode sh:property [ sh:path ex:code ; sh:minCount 1 ] .
            ex:S sh:targetSubjectsOf ex:x ;
              sh:property [ sh:path ex:x ; sh:node ex:HasName ] ;
              sh:property [ sh:path ex:x ; sh:and ( ex:HasName ex:HasCode ) ] ;
              sh:property [ sh:path ex:x ; sh:or ( ex:HasName ex:HasCode ) ] ;
              sh:property [ sh:path ex:x ; sh:xone ( ex:HasName ex:HasCode ) ] ;
              sh:property [ sh:path ex:x ; sh:not ex:HasCode ] .
            """,
            """
            ex:a ex:x ex:nameOnly . ex:nameOnly ex:name "n" .
            ex:b ex:x ex:both . ex:both ex:name "n" ; ex:code "c" .
            ex:c ex:x ex:neither .
            """);
        Assert.Equal(
            ["ex:a And ex:nameOnly", "ex:b Not ex:both", "ex:b Xone ex:both", "ex:c And ex:neither", "ex:c Node ex:neither", "ex:c Or ex:neither", "ex:c Xone ex:neither"],
            Summary(report));
    }

    [Fact]
    public void Recursive_shapes_terminate()
    {
        var report = Validate(
            "ex:Person sh:targetClass ex:Person ; sh:property [ sh:path ex:knows ; sh:node ex:Person ] ; sh:property [ sh:path ex:name ; sh:minCount 1 ] .",
            "ex:a a ex:Person ; ex:name \"a\" ; ex:knows ex:b . ex:b a ex:Person ; ex:name \"b\" ; ex:knows ex:a, ex:c . ex:c ex:knows ex:a .");
        // ex:c has no name, so ex:b (who knows ex:c) fails sh:node, and so does ex:a, who knows ex:b.
        Assert.Equal(["ex:a Node ex:b", "ex:b Node ex:c"], Summary(report));
    }

    [Fact]
    public void QualifiedValueShape_counts_conforming_values()
    {
        var report = Validate(
            """
            ex:S sh:targetSubjectsOf ex:member ;
              sh:property [ sh:path ex:member ; sh:qualifiedValueShape [ sh:class ex:Leader ] ; sh:qualifiedMinCount 1 ; sh:qualifiedMaxCount 1 ] .
            """,
            """
            ex:l1 a ex:Leader . ex:l2 a ex:Leader . ex:m1 a ex:Member .
            ex:ok ex:member ex:l1, ex:m1 . ex:none ex:member ex:m1 . ex:two ex:member ex:l1, ex:l2 .
            """);
        Assert.Equal(["ex:none QualifiedMinCount", "ex:two QualifiedMaxCount"], Summary(report));
    }

    [Fact]
    public void Closed_shapes_allow_declared_and_ignored_properties_only()
    {
        var report = Validate(
            "ex:S sh:targetClass ex:C ; sh:closed true ; sh:ignoredProperties ( rdf:type ) ; sh:property [ sh:path ex:p ] .",
            "ex:ok a ex:C ; ex:p 1 . ex:bad a ex:C ; ex:p 1 ; ex:q 2 .");
        var result = Assert.Single(report.Results);
        Assert.Equal("ex:bad Closed 2", Summary(report)[0]);
        Assert.Equal("<http://example.com/ns#q>", result.ResultPathNode!.ToString());
    }

    [Fact]
    public void Deactivated_shapes_report_nothing()
    {
        var report = Validate(
            "ex:S sh:targetNode ex:a ; sh:deactivated true ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .",
            "ex:b ex:p 1 .");
        Assert.True(report.Conforms);
    }

    [Fact]
    public void Severity_and_message_are_copied_into_results()
    {
        var report = Validate(
            "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:severity sh:Warning ; sh:message \"need p\"@en ] .",
            "ex:b ex:p 1 .");
        var result = Assert.Single(report.Results);
        Assert.Equal("http://www.w3.org/ns/shacl#Warning", result.Severity.Value);
        Assert.Equal("need p", Assert.Single(result.Messages).LexicalForm);
        Assert.False(report.Conforms);
    }
}
