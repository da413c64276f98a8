// Placeholder entry point; benchmarks are added per layer.
return 0;
