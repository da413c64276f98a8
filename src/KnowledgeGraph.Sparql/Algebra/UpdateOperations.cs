using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>One operation of a SPARQL 1.1 Update request (section 3 of the Update spec).</summary>
public abstract record UpdateOperation
{
    private protected UpdateOperation()
    {
    }

    public override string ToString() => SsePrinter.Print(this);
}

/// <summary>INSERT DATA: ground quads (blank nodes allowed, fresh per request).</summary>
public sealed record InsertData(ValueArray<Quad> Quads) : UpdateOperation
{
    public override string ToString() => base.ToString();
}

/// <summary>DELETE DATA: ground quads without blank nodes.</summary>
public sealed record DeleteData(ValueArray<Quad> Quads) : UpdateOperation
{
    public override string ToString() => base.ToString();
}

/// <summary>DELETE WHERE: the quad patterns are both the pattern and the delete template.</summary>
public sealed record DeleteWhere(ValueArray<QuadPattern> Patterns) : UpdateOperation
{
    public override string ToString() => base.ToString();
}

/// <summary>
/// DELETE/INSERT ... WHERE with WITH, USING and USING NAMED. Template quads without a GRAPH are in
/// <see cref="QuadPattern.DefaultGraphNode"/> (or the WITH graph, which the parser does not substitute:
/// the evaluator applies <see cref="With"/> to templates and, absent USING, to the WHERE dataset).
/// </summary>
public sealed record Modify(
    Iri? With,
    ValueArray<QuadPattern> Delete,
    ValueArray<QuadPattern> Insert,
    ValueArray<Iri> Using,
    ValueArray<Iri> UsingNamed,
    Operator Where) : UpdateOperation
{
    public override string ToString() => base.ToString();
}

/// <summary>LOAD source [INTO GRAPH target].</summary>
public sealed record Load(Iri Source, Iri? Into, bool Silent) : UpdateOperation
{
    public override string ToString() => base.ToString();
}

/// <summary>CLEAR.</summary>
public sealed record Clear(GraphTarget Target, bool Silent) : UpdateOperation
{
    public override string ToString() => base.ToString();
}

/// <summary>CREATE GRAPH.</summary>
public sealed record Create(Iri Graph, bool Silent) : UpdateOperation
{
    public override string ToString() => base.ToString();
}

/// <summary>DROP.</summary>
public sealed record Drop(GraphTarget Target, bool Silent) : UpdateOperation
{
    public override string ToString() => base.ToString();
}

/// <summary>COPY from TO to (targets are DEFAULT or GRAPH iri).</summary>
public sealed record Copy(GraphTarget From, GraphTarget To, bool Silent) : UpdateOperation
{
    public override string ToString() => base.ToString();
}

/// <summary>MOVE from TO to.</summary>
public sealed record Move(GraphTarget From, GraphTarget To, bool Silent) : UpdateOperation
{
    public override string ToString() => base.ToString();
}

/// <summary>ADD from TO to.</summary>
public sealed record Add(GraphTarget From, GraphTarget To, bool Silent) : UpdateOperation
{
    public override string ToString() => base.ToString();
}
