-- wrk script: each request is a GET /sparql?query=... taken in turn from the URL-encoded queries in
-- $LOAD_QUERIES (one per line, written by run.sh), so every connection cycles through the whole mix.
-- Optional $LOAD_EXTRA is appended to every query string (e.g. "&default-graph-uri=..." for Virtuoso).
local queries = {}
local counter = 0

function init(args)
  local file = assert(io.open(os.getenv("LOAD_QUERIES"), "r"))
  for line in file:lines() do
    if #line > 0 then table.insert(queries, line) end
  end
  file:close()
  -- Start each thread at a different point of the mix.
  counter = math.random(#queries)
end

function request()
  counter = counter % #queries + 1
  local path = os.getenv("LOAD_PATH") .. "?query=" .. queries[counter] .. (os.getenv("LOAD_EXTRA") or "")
  return wrk.format("GET", path, { ["Accept"] = "application/sparql-results+json" })
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f non2xx=%d socket_errors=%d timeouts=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    non2xx, summary.errors.connect + summary.errors.read + summary.errors.write, summary.errors.timeout))
end
