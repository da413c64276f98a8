using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Datatypes;
using XsdIris = KnowledgeGraph.Rdf.Vocabulary.Xsd;

namespace KnowledgeGraph.Sparql.Expressions;

/// <summary>The effective boolean value of section 17.2.2: null is a type error.</summary>
public static class EffectiveBooleanValue
{
    public static bool? Of(Term? term)
    {
        if (term is not Literal l)
        {
            return null;
        }

        if (l.Datatype.Value == XsdIris.BooleanIri)
        {
            return XsdDatatypes.TryParseBoolean(l.LexicalForm, out var b) && b;
        }

        if (Literals.IsStringLiteral(l))
        {
            return l.LexicalForm.Length > 0;
        }

        if (XsdDatatypes.TryGet(l.Datatype, out var datatype) && XsdDatatypes.IsNumeric(datatype))
        {
            // An ill-typed numeric literal has the EBV false.
            if (!XsdValue.TryParse(l, out var value))
            {
                return false;
            }

            var d = XsdNumeric.ToDouble(value);
            return !(double.IsNaN(d) || d == 0);
        }

        return null;
    }
}
