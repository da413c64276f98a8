using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.GraphQL.Ontology;

/// <summary>
/// Reads the ontology (classes, properties, <c>kg:graphqlInverse</c> names) and the shapes (closed <c>sh:in</c> lists
/// become enums) into an <see cref="OntologyModel"/>. Only IRIs in the ontology's own namespace become types and
/// fields, plus the few schema.org properties the ontology's comments prescribe for source documents.
/// </summary>
public static class OntologyLoader
{
    /// <summary>schema.org properties that kg:SourceDocument's comment asks for; the ontology does not declare them.</summary>
    private static readonly OntologyProperty[] SourceDocumentProperties =
    [
        new(Vocab.Schema + "publisher", "publisher", [Vocab.Kg + "SourceDocument"], true, Vocab.Kg + "Actor", ScalarKind.Id, true, "published", null, false, "The outlet that published the document (schema:publisher)."),
        new(Vocab.Schema + "author", "author", [Vocab.Kg + "SourceDocument"], true, Vocab.Kg + "Actor", ScalarKind.Id, false, "authored", null, false, "Author of the document (schema:author)."),
        new(Vocab.Schema + "isBasedOn", "isBasedOn", [Vocab.Kg + "SourceDocument"], true, Vocab.Kg + "SourceDocument", ScalarKind.Id, false, "basisOf", null, false, "The document this one republishes (schema:isBasedOn)."),
        new(Vocab.Schema + "datePublished", "datePublished", [Vocab.Kg + "SourceDocument"], false, null, ScalarKind.Date, true, null, null, false, "Publication date (schema:datePublished)."),
        new(Vocab.Schema + "url", "url", [Vocab.Kg + "SourceDocument"], false, null, ScalarKind.String, true, null, null, false, "Address of the document (schema:url)."),
        new(Vocab.Schema + "headline", "headline", [Vocab.Kg + "SourceDocument"], false, null, ScalarKind.LangString, true, null, null, false, "Headline (schema:headline)."),
    ];

    /// <summary>Loads <c>kg.ttl</c> and, when present, <c>shapes.ttl</c> from a folder; classes and properties are those in <paramref name="ontologyNamespace"/> (kg: when null).</summary>
    public static OntologyModel LoadDirectory(string directory, string? ontologyNamespace = null)
    {
        var quads = new List<Quad>();
        var ontologyQuads = new List<Quad>();
        var shapeQuads = new List<Quad>();
        foreach (var name in new[] { "kg.ttl", "shapes.ttl" })
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path))
            {
                if (name == "kg.ttl")
                {
                    throw new FileNotFoundException($"The ontology file '{path}' is missing: expected kg.ttl in the ontology folder.", path);
                }

                continue;
            }

            using var reader = new StreamReader(path);
            var read = RdfReaders.Create(RdfFormat.Turtle, reader, new RdfReaderOptions { SourceName = path }).ReadQuads().ToList();
            quads.AddRange(read);
            (name == "kg.ttl" ? ontologyQuads : shapeQuads).AddRange(read);
        }

        // The mutations validate against the shapes with the ontology in the data graph (sh:class follows
        // rdfs:subClassOf, the concept checks read skos:inScheme from kg.ttl), so both are kept as read.
        return Load(quads, ontologyNamespace ?? Vocab.Kg) with { OntologyQuads = ontologyQuads, ShapeQuads = shapeQuads };
    }

    /// <summary>Reads classes and properties whose IRIs start with <paramref name="ontologyNamespace"/> (kg: by default).</summary>
    public static OntologyModel Load(IEnumerable<Quad> quads, string ontologyNamespace = Vocab.Kg)
    {
        var bySubject = new Dictionary<Term, List<Quad>>();
        foreach (var q in quads)
        {
            if (!bySubject.TryGetValue(q.Subject, out var list))
            {
                bySubject[q.Subject] = list = [];
            }

            list.Add(q);
        }

        IEnumerable<Term> Objects(Term s, string p) =>
            bySubject.TryGetValue(s, out var l) ? l.Where(q => q.Predicate.Value == p).Select(q => q.Obj) : [];

        bool HasType(Term s, string type) => Objects(s, Vocab.Type).Any(o => o is Iri i && i.Value == type);

        string? English(Term s, string p) =>
            Objects(s, p).OfType<Literal>().OrderBy(l => l.Language == "en" ? 0 : 1).Select(l => l.LexicalForm).FirstOrDefault();

        List<Term> ListItems(Term head)
        {
            var items = new List<Term>();
            var node = head;
            while (node is not Iri { Value: Vocab.Nil } && items.Count < 10_000)
            {
                var first = Objects(node, Vocab.First).FirstOrDefault();
                var rest = Objects(node, Vocab.Rest).FirstOrDefault();
                if (first is null || rest is null)
                {
                    break;
                }

                items.Add(first);
                node = rest;
            }

            return items;
        }

        var classes = bySubject.Keys.OfType<Iri>()
            .Where(s => s.Value.StartsWith(ontologyNamespace, StringComparison.Ordinal) && HasType(s, Vocab.OwlClass))
            .Select(s => s.Value).Order(StringComparer.Ordinal).ToList();
        var classSet = classes.ToHashSet();
        var ontologyClasses = classes.Select(c => new OntologyClass(
            c,
            LocalName(c),
            Objects(new Iri(c), Vocab.SubClassOf).OfType<Iri>().Select(i => i.Value).Where(classSet.Contains).ToList(),
            English(new Iri(c), Vocab.Comment))).ToList();

        // Closed lists: a shape property with an IRI sh:path and an sh:in list of IRIs.
        var enums = new Dictionary<string, OntologyEnum>();
        foreach (var (subject, list) in bySubject)
        {
            var path = list.FirstOrDefault(q => q.Predicate.Value == Vocab.ShPath).Obj as Iri;
            var inList = list.FirstOrDefault(q => q.Predicate.Value == Vocab.ShIn).Obj;
            if (path is null || inList is null || !path.Value.StartsWith(ontologyNamespace, StringComparison.Ordinal))
            {
                continue;
            }

            var values = ListItems(inList).OfType<Iri>().Select(i => i.Value).ToList();
            if (values.Count == 0)
            {
                continue;
            }

            // Only lists of concepts are enums; lists of properties (claimable predicates) stay IRIs.
            if (values.All(v => HasType(new Iri(v), Vocab.SkosConcept)))
            {
                var name = Pascal(LocalName(path.Value));
                enums.TryAdd(path.Value, new OntologyEnum(name, path.Value, values));
            }
        }

        var properties = new List<OntologyProperty>();
        foreach (var s in bySubject.Keys.OfType<Iri>().Where(s => s.Value.StartsWith(ontologyNamespace, StringComparison.Ordinal)).OrderBy(s => s.Value, StringComparer.Ordinal))
        {
            var isObject = HasType(s, Vocab.ObjectProperty);
            var isData = HasType(s, Vocab.DatatypeProperty);
            var isPlain = HasType(s, Vocab.Rdf + "Property");
            if (!isObject && !isData && !isPlain)
            {
                continue;
            }

            var domains = new List<string>();
            foreach (var d in Objects(s, Vocab.Domain))
            {
                if (d is Iri di && classSet.Contains(di.Value))
                {
                    domains.Add(di.Value);
                }
                else if (d is BlankNode)
                {
                    foreach (var u in Objects(d, Vocab.UnionOf))
                    {
                        domains.AddRange(ListItems(u).OfType<Iri>().Select(i => i.Value).Where(classSet.Contains));
                    }
                }
            }

            var range = Objects(s, Vocab.Range).FirstOrDefault() as Iri;
            var rangeTerm = Objects(s, Vocab.Range).FirstOrDefault();
            var rangeClass = range is not null && classSet.Contains(range.Value) ? range.Value : null;
            var rangeMembers = rangeClass is not null ? [rangeClass]
                : rangeTerm is BlankNode ? Objects(rangeTerm, Vocab.UnionOf).SelectMany(ListItems).OfType<Iri>().Select(i => i.Value).Where(classSet.Contains).ToList()
                : new List<string>();
            var isConcept = range?.Value == Vocab.SkosConcept;
            enums.TryGetValue(s.Value, out var enumDef);
            var scalar = isObject || isPlain ? ScalarKind.Id
                : rangeTerm is BlankNode && IsDateOrDateTime(Objects(rangeTerm, Vocab.UnionOf).SelectMany(ListItems).OfType<Iri>().Select(i => i.Value).ToList())
                    ? ScalarKind.DateOrDateTime
                    : ScalarOf(range?.Value);
            properties.Add(new OntologyProperty(
                s.Value,
                LocalName(s.Value),
                domains,
                isObject || isPlain,
                rangeClass,
                scalar,
                HasType(s, Vocab.FunctionalProperty) || enumDef is not null,
                (Objects(s, Vocab.GraphqlInverse).FirstOrDefault() as Literal)?.LexicalForm,
                enumDef?.Name,
                isConcept && enumDef is null,
                English(s, Vocab.Comment))
            {
                RangeMembers = rangeMembers,
                AcceptsLiterals = isPlain && !isObject,
            });
        }

        if (ontologyNamespace == Vocab.Kg)
        {
            properties.AddRange(SourceDocumentProperties);
        }

        return new OntologyModel(ontologyClasses, properties, enums.Values.OrderBy(e => e.Name, StringComparer.Ordinal).ToList());
    }

    /// <summary>A datatype union of exactly xsd:date and xsd:dateTime (kg:startDate and its siblings).</summary>
    private static bool IsDateOrDateTime(IReadOnlyList<string> members) =>
        members.Count == 2 && members.Contains(Vocab.Xsd + "date") && members.Contains(Vocab.Xsd + "dateTime");

    private static ScalarKind ScalarOf(string? datatype) => datatype switch
    {
        Vocab.LangString => ScalarKind.LangString,
        Vocab.Xsd + "date" => ScalarKind.Date,
        Vocab.Xsd + "dateTime" => ScalarKind.DateTime,
        Vocab.Xsd + "decimal" or Vocab.Xsd + "double" or Vocab.Xsd + "float" => ScalarKind.Decimal,
        Vocab.Xsd + "integer" or Vocab.Xsd + "nonNegativeInteger" or Vocab.Xsd + "int" => ScalarKind.Integer,
        Vocab.Xsd + "boolean" => ScalarKind.Boolean,
        _ => ScalarKind.String,
    };

    public static string LocalName(string iri)
    {
        var cut = Math.Max(iri.LastIndexOf('#'), iri.LastIndexOf('/'));
        return iri[(cut + 1)..];
    }

    public static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
