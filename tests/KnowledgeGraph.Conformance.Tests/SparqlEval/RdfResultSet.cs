using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Conformance.Tests.SparqlEval;

/// <summary>
/// Decodes the DAWG result-set vocabulary (rs:ResultSet, rs:solution, rs:binding, rs:index, rs:boolean) that
/// SPARQL 1.0 tests use for expected results written in Turtle or RDF/XML. Null when the graph is no result set.
/// </summary>
public static class RdfResultSet
{
    private const string Rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";
    private static readonly Iri ResultSetClass = new(Rs + "ResultSet");
    private static readonly Iri ResultVariable = new(Rs + "resultVariable");
    private static readonly Iri Solution = new(Rs + "solution");
    private static readonly Iri Binding = new(Rs + "binding");
    private static readonly Iri VariableProperty = new(Rs + "variable");
    private static readonly Iri Value = new(Rs + "value");
    private static readonly Iri Index = new(Rs + "index");
    private static readonly Iri BooleanProperty = new(Rs + "boolean");

    public static (QueryResult Result, bool Ordered)? TryDecode(IReadOnlyList<Quad> quads)
    {
        var set = quads.FirstOrDefault(q => q.Predicate.Equals(KnowledgeGraph.Rdf.Vocabulary.RdfVocabulary.Type) && q.Obj.Equals(ResultSetClass)).Subject;
        if (set is null)
        {
            return null;
        }

        IEnumerable<Term> Objects(Term s, Iri p) => quads.Where(q => q.Subject.Equals(s) && q.Predicate.Equals(p)).Select(q => q.Obj);

        if (Objects(set, BooleanProperty).FirstOrDefault() is Literal b)
        {
            return (new BooleanResult(b.LexicalForm == "true"), false);
        }

        var names = new ResultVariables(Objects(set, ResultVariable).OfType<Literal>().Select(l => l.LexicalForm));
        var rows = new List<(int Index, SolutionRow Row)>();
        var ordered = false;
        foreach (var solution in Objects(set, Solution))
        {
            var bindings = new List<KeyValuePair<string, Term>>();
            foreach (var binding in Objects(solution, Binding))
            {
                var variable = Objects(binding, VariableProperty).OfType<Literal>().FirstOrDefault()?.LexicalForm;
                var value = Objects(binding, Value).FirstOrDefault();
                if (variable is not null && value is not null)
                {
                    bindings.Add(new(variable, value));
                }
            }

            var index = Objects(solution, Index).OfType<Literal>().FirstOrDefault();
            ordered |= index is not null;
            rows.Add((index is null ? rows.Count : int.Parse(index.LexicalForm, System.Globalization.CultureInfo.InvariantCulture), SolutionRow.FromBindings(names, bindings)));
        }

        return (new SolutionSequence(names, rows.OrderBy(r => r.Index).Select(r => r.Row).ToList()), ordered);
    }
}
