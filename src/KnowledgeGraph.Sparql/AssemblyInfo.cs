// SPARQL layer: Syntax/ (parser), Algebra/ (section 18 algebra and its printer), Evaluation/ (evaluator,
// builtins), Results/ (JSON, XML, CSV, TSV). Storage is reached only through the quad-source seam.
[assembly: System.CLSCompliant(false)]
