using System.Globalization;

namespace KnowledgeGraph.GraphQL.Compilation;

/// <summary>Fresh SPARQL variable names for one compiled query, so nested filters never capture each other's variables.</summary>
public sealed class VariableNames
{
    private int _next;

    public string Next(string stem) => "?" + stem + (_next++).ToString(CultureInfo.InvariantCulture);
}
