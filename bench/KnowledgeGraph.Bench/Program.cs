// Benchmarks are added per layer; each layer's harness is one subcommand.
return args.Length > 0 && args[0] == "store" ? KnowledgeGraph.Bench.Store.StoreBenchmark.Run(args[1..]) : 0;
