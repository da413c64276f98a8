namespace KnowledgeGraph.Conformance.Tests.SparqlUpdate;

/// <summary>Where an update entry runs: the in-memory target, or a real LMDB store in a temporary folder.</summary>
public enum UpdateBackend
{
    Memory,
    Lmdb,
}
