using System.Text;
using KnowledgeGraph.Cli;

// The real console, buffered: Console.Out flushes on every write, which would dominate a conversion.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var stdin = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
await using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16);
await using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
return await KgProgram.RunAsync(args, stdin, stdout, stderr);
