using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>The variables an algebra operator binds in every solution (a conservative under-approximation).</summary>
public static class AlgebraScope
{
    public static HashSet<Variable> Certain(Operator op)
    {
        switch (op)
        {
            case Bgp bgp:
                return bgp.Patterns.SelectMany(t => t.Variables()).ToHashSet();
            case PathPattern p:
                return new[] { p.Subject, p.Object }.OfType<Variable>().ToHashSet();
            case Join j:
                {
                    var set = Certain(j.Left);
                    set.UnionWith(Certain(j.Right));
                    return set;
                }

            case LeftJoin lj:
                return Certain(lj.Left);
            case Minus m:
                return Certain(m.Left);
            case Filter f:
                return Certain(f.Input);
            case Union u:
                {
                    var set = Certain(u.Left);
                    set.IntersectWith(Certain(u.Right));
                    return set;
                }

            case Graph g:
                {
                    var set = Certain(g.Input);
                    if (g.Name is Variable v)
                    {
                        set.Add(v);
                    }

                    return set;
                }

            case Extend e:
                return Certain(e.Input);
            case Project p:
                {
                    var set = Certain(p.Input);
                    set.IntersectWith(p.Variables);
                    return set;
                }

            case Distinct or Reduced or Slice or OrderBy:
                return Certain(op.Children[0]);
            case Table t:
                {
                    var set = new HashSet<Variable>();
                    for (var i = 0; i < t.Variables.Count; i++)
                    {
                        if (t.Rows.All(r => i < r.Count && r[i] is not null))
                        {
                            set.Add(t.Variables[i]);
                        }
                    }

                    return set;
                }

            default:
                return [];
        }
    }
}
