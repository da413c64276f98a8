using System.Text;
using GraphQL;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Iris;

namespace KnowledgeGraph.GraphQL.Compilation.Update;

/// <summary>Writes an <see cref="UpdateRequestSyntax"/> as SPARQL 1.1 Update text, escaping every term.</summary>
public static class SparqlUpdateWriter
{
    public static string Write(UpdateRequestSyntax request)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < request.Operations.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(";\n");
            }

            switch (request.Operations[i])
            {
                case InsertDataOperation insert:
                    sb.Append("INSERT DATA {\n");
                    Quads(sb, insert.Quads, requireGround: true);
                    sb.Append("}\n");
                    break;
                case DeleteInsertOperation modify:
                    if (modify.Delete.Count > 0)
                    {
                        sb.Append("DELETE {\n");
                        Quads(sb, modify.Delete, requireGround: false);
                        sb.Append("}\n");
                    }

                    if (modify.Insert.Count > 0)
                    {
                        sb.Append("INSERT {\n");
                        Quads(sb, modify.Insert, requireGround: false);
                        sb.Append("}\n");
                    }

                    sb.Append("WHERE {\n");
                    Group(sb, modify.Where, "  ");
                    sb.Append("}\n");
                    break;
                default:
                    throw new InvalidOperationException("Unknown update operation " + request.Operations[i].GetType().Name);
            }
        }

        return sb.ToString();
    }

    /// <summary>Default-graph triples first, then one GRAPH block per graph, in first-seen order.</summary>
    private static void Quads(StringBuilder sb, IReadOnlyList<QuadPattern> quads, bool requireGround)
    {
        foreach (var group in quads.GroupBy(q => q.Graph))
        {
            var indent = "  ";
            if (group.Key is { } graph)
            {
                sb.Append("  GRAPH ").Append(Term(graph, requireGround)).Append(" {\n");
                indent = "    ";
            }

            foreach (var quad in group)
            {
                sb.Append(indent).Append(Triple(quad.Triple, requireGround)).Append('\n');
            }

            if (group.Key is not null)
            {
                sb.Append("  }\n");
            }
        }
    }

    private static void Group(StringBuilder sb, GroupPattern pattern, string indent)
    {
        switch (pattern)
        {
            case BasicPattern basic:
                foreach (var triple in basic.Triples)
                {
                    sb.Append(indent).Append(Triple(triple, requireGround: false)).Append('\n');
                }

                break;
            case GraphPattern graph:
                sb.Append(indent).Append("GRAPH ").Append(Term(graph.Graph, requireGround: false)).Append(" {\n");
                Group(sb, graph.Inner, indent + "  ");
                sb.Append(indent).Append("}\n");
                break;
            case UnionPattern union:
                for (var i = 0; i < union.Branches.Count; i++)
                {
                    sb.Append(indent).Append(i == 0 ? "{\n" : "UNION {\n");
                    Group(sb, union.Branches[i], indent + "  ");
                    sb.Append(indent).Append("}\n");
                }

                break;
            default:
                throw new InvalidOperationException("Unknown group pattern " + pattern.GetType().Name);
        }
    }

    private static string Triple(TriplePattern t, bool requireGround) =>
        Term(t.Subject, requireGround) + " " + Term(t.Predicate, requireGround) + " " + Term(t.Object, requireGround) + " .";

    private static string Term(UpdateTerm term, bool requireGround) => term switch
    {
        IriTerm iri => IriSyntax.ValidateAbsolute(iri.Value) is { } problem
            ? throw new ExecutionError($"'{iri.Value}' is not an absolute IRI: {problem}")
            : NTriplesFormatter.FormatIri(iri.Value),
        LiteralTerm literal => NTriplesFormatter.FormatLiteral(literal.Value),
        VariableTerm variable when !requireGround && IsName(variable.Name) => "?" + variable.Name,
        VariableTerm variable => throw new InvalidOperationException($"Variable ?{variable.Name} cannot appear here."),
        _ => throw new InvalidOperationException("Unknown term " + term.GetType().Name),
    };

    private static bool IsName(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
