using KnowledgeGraph.Domain.Shacl;

namespace KnowledgeGraph.Domain.Tests;

/// <summary>
/// Error reports as data: each <c>BrokenRecords/NAME.trig</c> is merged with the (conforming) seed data
/// and validated; the text report must equal <c>NAME.expected.txt</c> beside it.
/// </summary>
public sealed class BrokenRecordTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoFiles.BrokenRecordsDirectory, "*.trig").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_record_is_rejected_with_the_expected_report(string name)
    {
        var record = Path.Combine(RepoFiles.BrokenRecordsDirectory, name + ".trig");
        var expected = File.ReadAllText(Path.Combine(RepoFiles.BrokenRecordsDirectory, name + ".expected.txt")).ReplaceLineEndings("\n");
        var data = RepoFiles.LoadData(RepoFiles.SeedData.Append(record), out var prefixes);

        var report = ShaclValidator.Validate(data, RepoFiles.LoadShapes(out var shapePrefixes));
        var names = prefixes.Concat(shapePrefixes).DistinctBy(p => p.Key).ToDictionary();

        Assert.False(report.Conforms);
        Assert.Equal(expected, report.ToText(names));
    }

    [Fact]
    public void There_are_broken_record_cases()
    {
        Assert.True(Cases().Count >= 8);
    }
}
