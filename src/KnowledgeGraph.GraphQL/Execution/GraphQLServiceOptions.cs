namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>Limits and cache sizes of the GraphQL endpoint.</summary>
public sealed record GraphQLServiceOptions
{
    /// <summary>Deepest selection allowed under a root field (the schema is cyclic).</summary>
    public int MaxDepth { get; init; } = 10;

    /// <summary>Most selected fields in one root field, fragments expanded (a cost bound).</summary>
    public int MaxSelections { get; init; } = 500;

    /// <summary>Largest page (<c>first</c>) on any list.</summary>
    public int MaxFirst { get; init; } = Schema.KgSchemaFactory.MaxFirst;

    /// <summary>Cached responses kept, counted by entries.</summary>
    public long ResultCacheEntries { get; init; } = 10_000;

    /// <summary>Instance base, edit graph and edit agent of the mutations.</summary>
    public Mutations.MutationSettings Mutations { get; init; } = new();
}
