using BenchmarkDotNet.Running;

// `store ...` runs the store harness (load, size and scan figures on a real file); anything else goes to
// BenchmarkDotNet's switcher over every benchmark class here (pick with e.g. `--filter *Parse*`).
if (args.Length > 0 && args[0] == "store")
{
    return KnowledgeGraph.Bench.Store.StoreBenchmark.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(KnowledgeGraph.Bench.Parsing.ParseBenchmarks).Assembly).Run(args);
return 0;
