using BenchmarkDotNet.Running;

// Every benchmark class in this assembly; pick with e.g. `--filter *Parse*` or interactively.
BenchmarkSwitcher.FromAssembly(typeof(KnowledgeGraph.Bench.Parsing.ParseBenchmarks).Assembly).Run(args);
