using System.Text;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Comparison;

/// <summary>Builds the text of <see cref="GraphIsomorphism.Explain"/>: sections of quads in N-Quads, each capped.</summary>
internal sealed class DifferenceReport(int maxQuadsPerSection)
{
    private readonly StringBuilder _text = new();

    public void Line(string line) => _text.AppendLine(line);

    public void Section(string title, IEnumerable<Quad> quads)
    {
        // Sorted so that the same difference always reads the same way.
        var list = quads.Order().ToList();
        if (list.Count == 0)
        {
            return;
        }

        _text.Append(title).Append(" (").Append(list.Count).AppendLine("):");
        foreach (var quad in list.Take(maxQuadsPerSection))
        {
            _text.Append("  ").AppendLine(quad.ToString());
        }

        if (list.Count > maxQuadsPerSection)
        {
            _text.Append("  ... and ").Append(list.Count - maxQuadsPerSection).AppendLine(" more");
        }
    }

    public override string ToString() => _text.ToString().TrimEnd();
}
