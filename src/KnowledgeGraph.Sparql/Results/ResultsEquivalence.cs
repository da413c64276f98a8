using System.Text;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Compares query results the way the W3C test suites do: booleans by value; solution sequences by the set
/// of variables and the multiset of rows (in order when <c>ordered</c>), with terms compared as RDF terms and
/// blank nodes matched through one bijection for the whole result (labels are local to a result, so
/// <c>_:a</c> in one may be <c>_:b0</c> in the other). Rows are compared by variable name, so the head's
/// order does not matter.
/// </summary>
public static class ResultsEquivalence
{
    /// <summary>Null when the results are equivalent, otherwise a description of the first difference found.</summary>
    /// <param name="numericByValue">
    /// Also take two xsd:integer, xsd:decimal, xsd:double or xsd:float literals of the same datatype as equal when
    /// their values are (<c>1.0E6</c> and <c>1.0e6</c>): for formats whose short forms may respell a number, such as TSV.
    /// </param>
    public static string? Difference(QueryResult expected, QueryResult actual, bool ordered = false, bool numericByValue = false)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        switch (expected, actual)
        {
            case (BooleanResult e, BooleanResult a):
                return e.Value == a.Value ? null : $"expected {e}, got {a}";
            case (SolutionSequence e, SolutionSequence a):
                return Difference(e, a, ordered, numericByValue);
            default:
                return $"expected a {expected.GetType().Name}, got a {actual.GetType().Name}";
        }
    }

    public static bool AreEquivalent(QueryResult expected, QueryResult actual, bool ordered = false, bool numericByValue = false) =>
        Difference(expected, actual, ordered, numericByValue) is null;

    private static string? Difference(SolutionSequence expected, SolutionSequence actual, bool ordered, bool numericByValue)
    {
        var names = expected.Variables.OrderBy(v => v, StringComparer.Ordinal).ToArray();
        if (!names.SequenceEqual(actual.Variables.OrderBy(v => v, StringComparer.Ordinal), StringComparer.Ordinal))
        {
            return $"expected variables {expected.Variables}, got {actual.Variables}";
        }

        var e = expected.Rows.Select(r => Normalize(r, names)).ToList();
        var a = actual.Rows.Select(r => Normalize(r, names)).ToList();
        if (e.Count != a.Count)
        {
            return $"expected {e.Count} rows, got {a.Count}" + Listing(e, a, names);
        }

        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var match = new RowMatcher(numericByValue);
        if (ordered)
        {
            for (var i = 0; i < e.Count; i++)
            {
                if (match.TryMatch(e[i], a[i], mapping, used) is null)
                {
                    return $"row {i + 1}: expected {Show(e[i], names)}, got {Show(a[i], names)}" + Listing(e, a, names);
                }
            }

            return null;
        }

        // Rows without blank nodes must match exactly, as a multiset; only the rest need the search
        // (all rows when numbers compare by value, as their spelling no longer keys them).
        var plainExpected = new Dictionary<string, int>(StringComparer.Ordinal);
        var withBlanksExpected = new List<Term?[]>();
        foreach (var row in e)
        {
            if (numericByValue || row.Any(t => t is BlankNode))
            {
                withBlanksExpected.Add(row);
            }
            else
            {
                var key = Show(row, names);
                plainExpected[key] = plainExpected.GetValueOrDefault(key) + 1;
            }
        }

        var withBlanksActual = new List<Term?[]>();
        foreach (var row in a)
        {
            if (numericByValue || row.Any(t => t is BlankNode))
            {
                withBlanksActual.Add(row);
                continue;
            }

            var key = Show(row, names);
            if (plainExpected.GetValueOrDefault(key) == 0)
            {
                return $"unexpected row {key}" + Listing(e, a, names);
            }

            plainExpected[key]--;
        }

        if (plainExpected.FirstOrDefault(p => p.Value > 0) is { Key: not null } missing)
        {
            return $"missing row {missing.Key}" + Listing(e, a, names);
        }

        if (withBlanksExpected.Count != withBlanksActual.Count)
        {
            return $"expected {withBlanksExpected.Count} rows with blank nodes, got {withBlanksActual.Count}" + Listing(e, a, names);
        }

        var taken = new bool[withBlanksActual.Count];
        var budget = 1_000_000;
        return match.Search(0, withBlanksExpected, withBlanksActual, taken, mapping, used, ref budget)
            ? null
            : (budget <= 0 ? "gave up matching blank nodes (search too large)" : "no mapping of blank nodes makes the rows match") + Listing(e, a, names);
    }

    private static Term?[] Normalize(SolutionRow row, string[] names) => names.Select(n => row[n]).ToArray();

    private static string Show(Term?[] row, string[] names)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < names.Length; i++)
        {
            sb.Append(i == 0 ? "" : " ").Append('?').Append(names[i]).Append('=').Append(row[i]?.ToString() ?? "UNDEF");
        }

        return sb.ToString();
    }

    private static string Listing(List<Term?[]> expected, List<Term?[]> actual, string[] names)
    {
        const int max = 20;
        var sb = new StringBuilder("\nexpected:");
        foreach (var r in expected.Take(max))
        {
            sb.Append("\n  ").Append(Show(r, names));
        }

        if (expected.Count > max)
        {
            sb.Append("\n  ... ").Append(expected.Count - max).Append(" more");
        }

        sb.Append("\nactual:");
        foreach (var r in actual.Take(max))
        {
            sb.Append("\n  ").Append(Show(r, names));
        }

        if (actual.Count > max)
        {
            sb.Append("\n  ... ").Append(actual.Count - max).Append(" more");
        }

        return sb.ToString();
    }

    /// <summary>Row matching under a blank-node mapping, with the chosen literal equality.</summary>
    private sealed class RowMatcher(bool numericByValue)
    {
        public bool Search(int index, List<Term?[]> expected, List<Term?[]> actual, bool[] taken, Dictionary<string, string> mapping, HashSet<string> used, ref int budget)
        {
            if (index == expected.Count)
            {
                return true;
            }

            for (var j = 0; j < actual.Count; j++)
            {
                if (taken[j] || --budget <= 0)
                {
                    continue;
                }

                if (TryMatch(expected[index], actual[j], mapping, used) is { } added)
                {
                    taken[j] = true;
                    if (Search(index + 1, expected, actual, taken, mapping, used, ref budget))
                    {
                        return true;
                    }

                    taken[j] = false;
                    foreach (var label in added)
                    {
                        used.Remove(mapping[label]);
                        mapping.Remove(label);
                    }
                }
            }

            return false;
        }

        /// <summary>Matches two rows under the mapping, extending it; the labels it added, or null (mapping unchanged) when they differ.</summary>
        public List<string>? TryMatch(Term?[] expected, Term?[] actual, Dictionary<string, string> mapping, HashSet<string> used)
        {
            var added = new List<string>();
            for (var i = 0; i < expected.Length; i++)
            {
                var ok = (expected[i], actual[i]) switch
                {
                    (null, null) => true,
                    (BlankNode eb, BlankNode ab) => MapBlank(eb.Label, ab.Label, mapping, used, added),
                    ({ } et, { } at) => et.Equals(at) || (numericByValue && SameNumber(et, at)),
                    _ => false,
                };
                if (!ok)
                {
                    foreach (var label in added)
                    {
                        used.Remove(mapping[label]);
                        mapping.Remove(label);
                    }

                    return null;
                }
            }

            return added;
        }

        private static bool MapBlank(string expected, string actual, Dictionary<string, string> mapping, HashSet<string> used, List<string> added)
        {
            if (mapping.TryGetValue(expected, out var mapped))
            {
                return mapped == actual;
            }

            if (!used.Add(actual))
            {
                return false;
            }

            mapping[expected] = actual;
            added.Add(expected);
            return true;
        }

        private static bool SameNumber(Term expected, Term actual)
        {
            if (expected is not Literal e || actual is not Literal a || !e.Datatype.Equals(a.Datatype))
            {
                return false;
            }

            var style = System.Globalization.NumberStyles.Float;
            var culture = System.Globalization.CultureInfo.InvariantCulture;
            switch (e.Datatype.Value)
            {
                case Rdf.Vocabulary.Xsd.IntegerIri:
                case Rdf.Vocabulary.Xsd.DecimalIri:
                    return decimal.TryParse(e.LexicalForm, style, culture, out var de) && decimal.TryParse(a.LexicalForm, style, culture, out var da) && de == da;
                case Rdf.Vocabulary.Xsd.DoubleIri:
                case Rdf.Vocabulary.Xsd.FloatIri:
                    return double.TryParse(e.LexicalForm, style, culture, out var xe) && double.TryParse(a.LexicalForm, style, culture, out var xa) && xe.Equals(xa);
                default:
                    return false;
            }
        }
    }

}
