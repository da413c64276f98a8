namespace KnowledgeGraph.Server.Hosting;

/// <summary>
/// Tells <see cref="StoreHost"/> that the data may have changed without a commit of ours (a remote store others write
/// to), so the dataset version, the ETags and the result cache move on. Asked each time a snapshot is opened: keep it cheap.
/// </summary>
public interface IDatasetChangeDetector
{
    /// <summary>True when the data may have changed since the last time this returned true.</summary>
    bool HasChanged();
}
