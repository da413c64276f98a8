using System.Text;
using KnowledgeGraph.Domain.Claims;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats.Writers;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Export;

/// <summary>
/// Writes a dataset as TriG 1.2 with every claim frame as an RDF 1.2 reifier (<see cref="ClaimReification"/>):
/// everything else as ordinary TriG, then one block per graph holding <c>claim rdf:reifies &lt;&lt;( s p o )&gt;&gt; .</c>
/// lines (TriG merges blocks with the same name). Our TriG reader does not read triple terms yet; the mapping back is
/// <see cref="ClaimReification.Unreify"/>. Needs the whole dataset in memory, like the pretty TriG writer.
/// </summary>
public static class Rdf12TriGExport
{
    /// <summary>The line that opens the reifier section (the frames follow it).</summary>
    public const string FramesHeader = "# RDF 1.2: each claim's frame as rdf:reifies <<( subject predicate object )>>";

    /// <returns>How many frames were written as reifiers.</returns>
    public static int Write(IEnumerable<Quad> quads, TextWriter output, RdfWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(quads);
        ArgumentNullException.ThrowIfNull(output);
        var (rest, frames) = ClaimReification.Reify(quads);
        output.WriteLine("VERSION \"1.2\"");

        // Pretty TriG may inline or rename blank nodes; when a frame names one, keep labels as they are.
        var framesNameBlankNodes = frames.Any(f => f.Reifier is BlankNode || f.Subject is BlankNode || f.Object is BlankNode || f.Graph is BlankNode);
        using (var writer = RdfWriters.Create(RdfFormat.TriG, output, options, framesNameBlankNodes ? TurtleWriterOptions.StreamingLayout : null))
        {
            foreach (var quad in rest)
            {
                writer.Write(quad);
            }
        }

        if (frames.Count == 0)
        {
            output.Flush();
            return 0;
        }

        output.WriteLine();
        output.WriteLine(FramesHeader);
        var line = new StringBuilder();
        foreach (var graph in frames.GroupBy(f => f.Graph))
        {
            var named = graph.Key is not DefaultGraph;
            if (named)
            {
                line.Clear();
                NTriplesFormatter.AppendTerm(line, graph.Key);
                output.WriteLine(line.Append(" {").ToString());
            }

            foreach (var frame in graph)
            {
                line.Clear().Append(named ? "  " : string.Empty);
                NTriplesFormatter.AppendTerm(line, frame.Reifier);
                line.Append(' ');
                NTriplesFormatter.AppendTerm(line, ClaimReification.Reifies);
                line.Append(" <<( ");
                NTriplesFormatter.AppendTerm(line, frame.Subject);
                line.Append(' ');
                NTriplesFormatter.AppendTerm(line, frame.Predicate);
                line.Append(' ');
                NTriplesFormatter.AppendTerm(line, frame.Object);
                output.WriteLine(line.Append(" )>> .").ToString());
            }

            if (named)
            {
                output.WriteLine("}");
            }
        }

        output.Flush();
        return frames.Count;
    }
}
