namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>The outcome of comparing two XSD values.</summary>
public enum XsdOrder : sbyte
{
    Less = -1,
    Equal = 0,
    Greater = 1,

    /// <summary>
    /// Both values are in comparable value spaces but the partial order leaves them unordered: a dateTime with
    /// timezone against one without, within 14 hours; P1M against P30D; NaN against anything.
    /// </summary>
    Indeterminate = 2,

    /// <summary>The values belong to value spaces XPath does not compare (a date and an integer, a date and a dateTime): a type error in SPARQL.</summary>
    Incomparable = 3,
}
