using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Shacl;

/// <summary>The SHACL Core vocabulary (http://www.w3.org/ns/shacl#) used by the validator and its reports.</summary>
public static class Sh
{
    public const string Namespace = "http://www.w3.org/ns/shacl#";

    public static readonly Iri NodeShape = Of("NodeShape");
    public static readonly Iri PropertyShape = Of("PropertyShape");
    public static readonly Iri TargetClass = Of("targetClass");
    public static readonly Iri TargetNode = Of("targetNode");
    public static readonly Iri TargetSubjectsOf = Of("targetSubjectsOf");
    public static readonly Iri TargetObjectsOf = Of("targetObjectsOf");
    public static readonly Iri Path = Of("path");
    public static readonly Iri InversePath = Of("inversePath");
    public static readonly Iri AlternativePath = Of("alternativePath");
    public static readonly Iri ZeroOrMorePath = Of("zeroOrMorePath");
    public static readonly Iri OneOrMorePath = Of("oneOrMorePath");
    public static readonly Iri ZeroOrOnePath = Of("zeroOrOnePath");
    public static readonly Iri Property = Of("property");
    public static readonly Iri Deactivated = Of("deactivated");
    public static readonly Iri Severity = Of("severity");
    public static readonly Iri Message = Of("message");
    public static readonly Iri Violation = Of("Violation");
    public static readonly Iri Warning = Of("Warning");
    public static readonly Iri Info = Of("Info");

    public static readonly Iri Class = Of("class");
    public static readonly Iri Datatype = Of("datatype");
    public static readonly Iri NodeKind = Of("nodeKind");
    public static readonly Iri MinCount = Of("minCount");
    public static readonly Iri MaxCount = Of("maxCount");
    public static readonly Iri MinExclusive = Of("minExclusive");
    public static readonly Iri MinInclusive = Of("minInclusive");
    public static readonly Iri MaxExclusive = Of("maxExclusive");
    public static readonly Iri MaxInclusive = Of("maxInclusive");
    public static readonly Iri MinLength = Of("minLength");
    public static readonly Iri MaxLength = Of("maxLength");
    public static readonly Iri Pattern = Of("pattern");
    public static readonly Iri Flags = Of("flags");
    public static readonly Iri LanguageIn = Of("languageIn");
    public static readonly Iri UniqueLang = Of("uniqueLang");
    public static readonly Iri EqualsPredicate = Of("equals");
    public static readonly Iri Disjoint = Of("disjoint");
    public static readonly Iri LessThan = Of("lessThan");
    public static readonly Iri LessThanOrEquals = Of("lessThanOrEquals");
    public static readonly Iri Not = Of("not");
    public static readonly Iri And = Of("and");
    public static readonly Iri Or = Of("or");
    public static readonly Iri Xone = Of("xone");
    public static readonly Iri Node = Of("node");
    public static readonly Iri QualifiedValueShape = Of("qualifiedValueShape");
    public static readonly Iri QualifiedMinCount = Of("qualifiedMinCount");
    public static readonly Iri QualifiedMaxCount = Of("qualifiedMaxCount");
    public static readonly Iri QualifiedValueShapesDisjoint = Of("qualifiedValueShapesDisjoint");
    public static readonly Iri Closed = Of("closed");
    public static readonly Iri IgnoredProperties = Of("ignoredProperties");
    public static readonly Iri HasValue = Of("hasValue");
    public static readonly Iri In = Of("in");

    public static readonly Iri BlankNode = Of("BlankNode");
    public static readonly Iri IRI = Of("IRI");
    public static readonly Iri Literal = Of("Literal");
    public static readonly Iri BlankNodeOrIRI = Of("BlankNodeOrIRI");
    public static readonly Iri BlankNodeOrLiteral = Of("BlankNodeOrLiteral");
    public static readonly Iri IRIOrLiteral = Of("IRIOrLiteral");

    public static readonly Iri ValidationReport = Of("ValidationReport");
    public static readonly Iri ValidationResult = Of("ValidationResult");
    public static readonly Iri Conforms = Of("conforms");
    public static readonly Iri Result = Of("result");
    public static readonly Iri FocusNode = Of("focusNode");
    public static readonly Iri ResultPath = Of("resultPath");
    public static readonly Iri Value = Of("value");
    public static readonly Iri SourceShape = Of("sourceShape");
    public static readonly Iri SourceConstraintComponent = Of("sourceConstraintComponent");
    public static readonly Iri ResultSeverity = Of("resultSeverity");
    public static readonly Iri ResultMessage = Of("resultMessage");

    public static readonly Iri RdfsClass = new("http://www.w3.org/2000/01/rdf-schema#Class");
    public static readonly Iri RdfsSubClassOf = new("http://www.w3.org/2000/01/rdf-schema#subClassOf");

    /// <summary>The IRI of a constraint component, e.g. <c>Component("MinCount")</c> = sh:MinCountConstraintComponent.</summary>
    public static Iri Component(string name) => new(Namespace + name + "ConstraintComponent");

    private static Iri Of(string localName) => new(Namespace + localName);
}
