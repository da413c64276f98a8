namespace KnowledgeGraph.Store.Indexing;

/// <summary>
/// The nine indexes. As in Oxigraph, default-graph triples live in three triple indexes and named-graph
/// quads in six quad indexes: every pattern shape has an index whose key starts with its bound parts.
/// </summary>
internal enum IndexId
{
    Spo = 0,
    Pos = 1,
    Osp = 2,
    Spog = 3,
    Posg = 4,
    Ospg = 5,
    Gspo = 6,
    Gpos = 7,
    Gosp = 8,
}
