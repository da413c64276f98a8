namespace KnowledgeGraph.Server.Tests.W3c;

/// <summary>The hts: status names of the manifests (codes and classes) and whether a code satisfies one.</summary>
public static class StatusNames
{
    public static bool Satisfies(int code, string name) => name switch
    {
        "StatusCode2xx" => code is >= 200 and < 300,
        "StatusCode3xx" => code is >= 300 and < 400,
        "StatusCode4xx" => code is >= 400 and < 500,
        "StatusCode5xx" => code is >= 500 and < 600,
        "OK" => code == 200,
        "Created" => code == 201,
        "NoContent" => code == 204,
        "BadRequest" => code == 400,
        "NotFound" => code == 404,
        "UnsupportedMediaType" => code == 415,
        _ => throw new InvalidOperationException($"Unknown status name hts:{name} in a manifest."),
    };
}
