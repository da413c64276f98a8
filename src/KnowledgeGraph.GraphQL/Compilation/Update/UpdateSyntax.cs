using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.GraphQL.Compilation.Update;

/// <summary>
/// The small SPARQL Update syntax tree mutations compile to. Terms carry values, never text: an IRI is validated and
/// a literal escaped only when <see cref="SparqlUpdateWriter"/> writes the tree out, so no user string is spliced in.
/// </summary>
public abstract record UpdateTerm;

/// <summary>An IRI (validated as absolute when written).</summary>
public sealed record IriTerm(string Value) : UpdateTerm;

/// <summary>A literal (escaped when written).</summary>
public sealed record LiteralTerm(Literal Value) : UpdateTerm;

/// <summary>A variable, named by the compiler (never by the user).</summary>
public sealed record VariableTerm(string Name) : UpdateTerm;

public sealed record TriplePattern(UpdateTerm Subject, UpdateTerm Predicate, UpdateTerm Object);

/// <summary>A triple of a template, in the default graph (<see cref="Graph"/> null) or in a named graph.</summary>
public sealed record QuadPattern(UpdateTerm? Graph, TriplePattern Triple);

/// <summary>A group graph pattern of the WHERE clause.</summary>
public abstract record GroupPattern;

/// <summary>Triples joined; no triples is the empty group <c>{}</c>, which has one empty solution.</summary>
public sealed record BasicPattern(IReadOnlyList<TriplePattern> Triples) : GroupPattern;

public sealed record GraphPattern(UpdateTerm Graph, GroupPattern Inner) : GroupPattern;

public sealed record UnionPattern(IReadOnlyList<GroupPattern> Branches) : GroupPattern;

public abstract record UpdateOperation;

/// <summary><c>INSERT DATA { … }</c>: ground quads only.</summary>
public sealed record InsertDataOperation(IReadOnlyList<QuadPattern> Quads) : UpdateOperation;

/// <summary><c>DELETE { … } INSERT { … } WHERE { … }</c> (either template may be empty).</summary>
public sealed record DeleteInsertOperation(IReadOnlyList<QuadPattern> Delete, IReadOnlyList<QuadPattern> Insert, GroupPattern Where) : UpdateOperation;

/// <summary>One update request: its operations run in order, atomically.</summary>
public sealed record UpdateRequestSyntax(IReadOnlyList<UpdateOperation> Operations)
{
    public override string ToString() => SparqlUpdateWriter.Write(this);
}
