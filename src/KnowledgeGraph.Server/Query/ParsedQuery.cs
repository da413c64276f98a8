namespace KnowledgeGraph.Server.Query;

/// <summary>A parsed query: its text, its form, and whatever the engine keeps to evaluate it.</summary>
public sealed record ParsedQuery(string Text, QueryForm Form, object Plan)
{
    public bool GivesGraph => Form is QueryForm.Construct or QueryForm.Describe;
}
