using KnowledgeGraph.Server;

return await KnowledgeGraphServer.RunAsync(args);
