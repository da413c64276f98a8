namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>The XSD whiteSpace facet: what a schema processor does to a lexical form before reading it.</summary>
public enum XsdWhitespace : byte
{
    /// <summary>The lexical form is taken as it is (xsd:string).</summary>
    Preserve,

    /// <summary>Every tab, line feed and carriage return becomes a space (xsd:normalizedString).</summary>
    Replace,

    /// <summary>Replace, then runs of spaces become one and leading and trailing spaces go (all other types).</summary>
    Collapse,
}
