using System.Text;
using KnowledgeGraph.GraphQL.Schema;

namespace KnowledgeGraph.GraphQL.Compilation;

/// <summary>
/// The graph pattern of the nodes a where input selects. The conjunctive part of the filter becomes joins, so the
/// engine can start from the most selective pattern (a bound IRI, an enum value) instead of testing every instance of
/// the type with nested <c>EXISTS</c>: <c>some</c> on a relation joins the related node (recursively), an <c>id: {eq}</c>
/// inside it binds that node to the IRI, an enum <c>eq</c> binds the value, and scalar comparisons join the value and
/// filter it, <c>isNull: false</c> joins any value. Each join gets its own variable, so "some value is &gt;= a and some value is &lt; b" keeps its meaning on
/// multi-valued properties. Joins repeat a node once per match: every caller deduplicates (<c>GROUP BY ?n</c>,
/// <c>COUNT(DISTINCT ?n)</c>, <c>SELECT DISTINCT</c>). <c>OR</c>, <c>NOT</c>, <c>none</c>, <c>all</c>, <c>ne</c> and
/// <c>isNull: true</c> stay filters, as <see cref="Condition"/> writes them.
/// </summary>
public sealed partial class GraphQLToSparqlCompiler
{
    private string Match(KgType type, string node, IReadOnlyDictionary<string, object?>? where, VariableNames names)
    {
        var patterns = new List<string>();
        var filters = new List<string>();
        if (where is { Count: > 0 })
        {
            AddJoins(type, node, where, names, patterns, filters);
        }

        if (type.ClassIri is not null)
        {
            if (type.MatchClassIris.Count == 1)
            {
                patterns.Insert(0, $"{node} a {SparqlTerms.Iri(type.MatchClassIris[0])} .");
            }
            else
            {
                // Several classes: as a generator, a VALUES join; once the joins bind the node, a per-node test (a VALUES
                // block joined first would make the engine repeat the whole join once per class).
                var t = names.Next("t");
                var test = $"{SparqlTerms.Values(t, type.MatchClassIris)} {node} a {t} .";
                if (patterns.Count == 0)
                {
                    patterns.Add(test);
                }
                else
                {
                    filters.Insert(0, $"EXISTS {{ {test} }}");
                }
            }
        }
        else
        {
            var any = $"{node} {names.Next("p")} {names.Next("o")} .";
            if (patterns.Count == 0)
            {
                patterns.Add(any);
            }
            else
            {
                filters.Insert(0, $"EXISTS {{ {any} }}");
            }
        }

        var sb = new StringBuilder();
        foreach (var pattern in patterns)
        {
            sb.Append("      ").Append(pattern).Append('\n');
        }

        if (filters.Count > 0)
        {
            sb.Append("      FILTER(").Append(string.Join(" && ", filters)).Append(")\n");
        }

        return sb.ToString();
    }

    /// <summary>Adds the joins of the conjunctive part of a where input on a node; the rest goes to the filters.</summary>
    private void AddJoins(KgType type, string node, IReadOnlyDictionary<string, object?> where, VariableNames names, List<string> patterns, List<string> filters)
    {
        foreach (var (key, raw) in where)
        {
            if (raw is null)
            {
                continue;
            }

            if (key == "AND")
            {
                foreach (var conjunct in Inputs(raw))
                {
                    AddJoins(type, node, conjunct, names, patterns, filters);
                }

                continue;
            }

            if (key == "OR" && SameFieldDisjunction(type, raw) is { } disjunction)
            {
                var v = names.Next("v");
                patterns.Add($"{node} {SparqlTerms.Iri(disjunction.Field.PropertyIri!)} {v} .");
                filters.Add("(" + string.Join(" || ", disjunction.Tests.Select(t => ValueTest(t.Op, v, t.Value, disjunction.Field.Scalar, disjunction.Field))) + ")");
                continue;
            }

            if (key is "OR" or "NOT")
            {
                filters.Add(Condition(type, node, new Dictionary<string, object?> { [key] = raw }, names));
                continue;
            }

            var field = FieldOf(type, key);
            foreach (var (op, value) in Input(raw))
            {
                var single = new Dictionary<string, object?> { [op] = value };
                switch (field.Kind)
                {
                    case FieldKind.Relation when op == "some" && value is not null:
                    {
                        var target = TargetType(field);
                        var (bound, rest) = BoundId(target, Input(value));
                        var related = bound ?? names.Next("m");
                        patterns.Add(field.Inverse
                            ? $"{related} {SparqlTerms.Iri(field.PropertyIri!)} {node} ."
                            : $"{node} {SparqlTerms.Iri(field.PropertyIri!)} {related} .");
                        if (rest.Count > 0)
                        {
                            AddJoins(target, related, rest, names, patterns, filters);
                        }

                        break;
                    }

                    case FieldKind.Relation or FieldKind.Scalar or FieldKind.Enum when op == "isNull" && value is false:
                        // "has a value": the join itself.
                        patterns.Add(field.Inverse
                            ? $"{names.Next("m")} {SparqlTerms.Iri(field.PropertyIri!)} {node} ."
                            : $"{node} {SparqlTerms.Iri(field.PropertyIri!)} {names.Next(field.Kind == FieldKind.Relation ? "m" : "v")} .");
                        break;
                    case FieldKind.Enum when op == "eq" && value is not null:
                        patterns.Add($"{node} {SparqlTerms.Iri(field.PropertyIri!)} {Literal(value, field.Scalar, field)} .");
                        break;
                    case FieldKind.Scalar or FieldKind.Enum when value is not null && op is not ("isNull" or "ne"):
                    {
                        var v = names.Next("v");
                        patterns.Add($"{node} {SparqlTerms.Iri(field.PropertyIri!)} {v} .");
                        filters.Add(ValueTest(op, v, value, field.Scalar, field));
                        break;
                    }

                    default:
                        var condition = FieldCondition(type, field, node, single, names);
                        if (condition != "true")
                        {
                            filters.Add(condition);
                        }

                        break;
                }
            }
        }
    }

    /// <summary>
    /// An OR whose branches each test one value of the same scalar field once (<c>OR: [{title: {contains: "a"}},
    /// {title: {contains: "b"}}]</c>): "some value passes A, or some value passes B" is "some value passes A or B", so
    /// it joins the value once and filters it with the disjunction. Null when the OR is anything else.
    /// </summary>
    private (KgField Field, List<(string Op, object? Value)> Tests)? SameFieldDisjunction(KgType type, object raw)
    {
        KgField? field = null;
        var tests = new List<(string Op, object? Value)>();
        foreach (var branch in Inputs(raw))
        {
            var entries = branch.Where(e => e.Value is not null).ToList();
            if (entries.Count != 1 || entries[0].Key is "AND" or "OR" or "NOT")
            {
                return null;
            }

            var f = FieldOf(type, entries[0].Key);
            var ops = Input(entries[0].Value).Where(o => o.Value is not null).ToList();
            if (f.Kind is not (FieldKind.Scalar or FieldKind.Enum) || (field is not null && f != field) || ops.Count != 1 || ops[0].Key is "isNull" or "ne")
            {
                return null;
            }

            field = f;
            tests.Add((ops[0].Key, ops[0].Value));
        }

        return field is null ? null : (field, tests);
    }

    /// <summary>
    /// An <c>id: {eq: IRI}</c> in a related node's where binds that node to the IRI (RDF term equality on an IRI is
    /// identity, so the pattern with the constant matches exactly what the filter kept); the rest of the input remains.
    /// </summary>
    private (string? Bound, IReadOnlyDictionary<string, object?> Remaining) BoundId(KgType target, IReadOnlyDictionary<string, object?> where)
    {
        foreach (var (key, raw) in where)
        {
            if (key is "AND" or "OR" or "NOT" || raw is null || FieldOf(target, key).Kind != FieldKind.Id || Input(raw) is not { } ops
                || !ops.TryGetValue("eq", out var eq) || eq is not string iri)
            {
                continue;
            }

            var rest = where.Where(e => e.Key != key).ToDictionary(e => e.Key, e => e.Value);
            var otherOps = ops.Where(o => o.Key != "eq").ToDictionary(o => o.Key, o => o.Value);
            if (otherOps.Count > 0)
            {
                rest[key] = otherOps;
            }

            return (SparqlTerms.Iri(iri), rest);
        }

        return (null, where);
    }
}
