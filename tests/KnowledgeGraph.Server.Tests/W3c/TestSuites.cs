namespace KnowledgeGraph.Server.Tests.W3c;

/// <summary>Where the W3C SPARQL 1.1 test folders are: KG_W3C_TESTS, or ../shared/w3c-tests beside the repository.</summary>
public static class TestSuites
{
    public static string? Sparql11Folder(string name)
    {
        var root = Environment.GetEnvironmentVariable("KG_W3C_TESTS");
        if (string.IsNullOrWhiteSpace(root))
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
                {
                    root = Path.Combine(dir.FullName, "..", "..", "shared", "w3c-tests");
                    if (!Directory.Exists(root))
                    {
                        root = Path.Combine(dir.FullName, "..", "shared", "w3c-tests");
                    }

                    break;
                }
            }
        }

        if (root is null)
        {
            return null;
        }

        var folder = Path.Combine(root, "sparql", "sparql11", name);
        return Directory.Exists(folder) ? Path.GetFullPath(folder) : null;
    }
}
