using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// Builds an <see cref="EntityDescription"/> with four SPARQL queries: the related claims, sources and assessments;
/// the bounded descriptions of the entity and of those; the labels and types of everything they link to; the
/// provenance of the graphs it all came from.
/// </summary>
public static class EntityDescriber
{
    /// <summary>The description, or null when the store knows nothing of the entity (no triple names it).</summary>
    public static EntityDescription? Describe(SparqlReader sparql, Iri entity)
    {
        if (!sparql.Ask(DescriptionQueries.Exists(entity)))
        {
            return null;
        }

        var roots = new List<Iri> { entity };
        roots.AddRange(sparql.Select(DescriptionQueries.Related(entity)).Select(r => r.IriOf("x")).OfType<Iri>().Where(x => !x.Equals(entity)));

        var collected = new QuadRows();
        collected.Add(sparql.Select(DescriptionQueries.BoundedDescriptions(roots)));
        var described = collected.Quads();

        var rootSet = roots.ToHashSet();
        var linked = described.Select(q => q.Obj)
            .OfType<Iri>()
            .Where(i => !rootSet.Contains(i))
            .Distinct()
            .ToList();
        if (linked.Count > 0)
        {
            collected.Add(sparql.Select(DescriptionQueries.LabelsAndTypes(linked)));
        }

        var quads = collected.Quads();
        var graphs = quads.Select(q => q.Graph).OfType<Iri>().Distinct().ToList();
        var provenance = new QuadRows();
        if (graphs.Count > 0)
        {
            provenance.Add(sparql.Select(DescriptionQueries.GraphProvenance(graphs)));
        }

        return new EntityDescription(entity, quads, provenance.Quads());
    }
}
