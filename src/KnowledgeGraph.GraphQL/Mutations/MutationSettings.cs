namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>
/// Where mutations write and how they name things: new entities get IRIs under <see cref="InstanceBase"/>, every
/// inserted triple goes to the named graph <see cref="EditGraph"/>, and each edit is recorded there as a
/// prov:Activity associated with <see cref="EditAgent"/> (the holder of the write token: the token is shared, so
/// there is no finer identity to record).
/// </summary>
public sealed record MutationSettings
{
    public const string DefaultInstanceBase = "https://w3id.org/newskg/id/";

    public string InstanceBase { get; init; } = DefaultInstanceBase;

    public string EditGraph { get; init; } = DefaultInstanceBase + "graph/graphql-edits";

    public string EditAgent { get; init; } = DefaultInstanceBase + "agent/write-token-holder";
}
