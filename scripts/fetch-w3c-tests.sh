#!/usr/bin/env bash
# Fetches the W3C test suites the conformance tests read (rdf-tests and json-ld-api) at pinned
# commits, laid out like shared/w3c-tests: the rdf-tests tree at the root, json-ld-api's tests/ under
# json-ld/tests/. Usage: scripts/fetch-w3c-tests.sh [TARGET]   (default: ../shared/w3c-tests beside
# the repository). KG_RDF_TESTS_REPO / KG_JSON_LD_API_REPO override the clone URLs (a mirror).
# Then point the tests at it: export KG_W3C_TESTS=TARGET.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${1:-$repo_root/../shared/w3c-tests}"

# The commits the shared copy was taken from; SOURCE.md beside the shared copy wins when present.
rdf_tests_commit="ad541a5f0479f0798608c4801369d97b8e08b36f"
json_ld_api_commit="92f07705a0c0ac27aa9bc6fe1322dcc9fad0114d"
for source in "$target/SOURCE.md" "$repo_root/../shared/w3c-tests/SOURCE.md"; do
  if [[ -f "$source" ]]; then
    found="$(grep -Eo 'w3c/rdf-tests \| [0-9a-f]{40}' "$source" | grep -Eo '[0-9a-f]{40}' || true)"
    [[ -n "$found" ]] && rdf_tests_commit="$found"
    found="$(grep -Eo 'w3c/json-ld-api \| [0-9a-f]{40}' "$source" | grep -Eo '[0-9a-f]{40}' || true)"
    [[ -n "$found" ]] && json_ld_api_commit="$found"
    break
  fi
done

if [[ -f "$target/rdf/rdf11/rdf-turtle/manifest.ttl" ]]; then
  echo "W3C test suites already present in $target"
  echo "Set KG_W3C_TESTS=$(cd "$target" && pwd) to use them."
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Fetch exactly one commit without history; fall back to a full clone where the server refuses that.
fetch_at() {
  local url="$1" commit="$2" dir="$3"
  git init --quiet "$dir"
  git -C "$dir" remote add origin "$url"
  if ! git -C "$dir" fetch --quiet --depth 1 origin "$commit"; then
    git -C "$dir" fetch --quiet origin
  fi
  git -C "$dir" -c advice.detachedHead=false checkout --quiet "$commit"
}

echo "Fetching w3c/rdf-tests at $rdf_tests_commit"
fetch_at "${KG_RDF_TESTS_REPO:-https://github.com/w3c/rdf-tests}" "$rdf_tests_commit" "$work/rdf-tests"
echo "Fetching w3c/json-ld-api at $json_ld_api_commit"
fetch_at "${KG_JSON_LD_API_REPO:-https://github.com/w3c/json-ld-api}" "$json_ld_api_commit" "$work/json-ld-api"

mkdir -p "$target/json-ld"
(cd "$work/rdf-tests" && tar --exclude=.git -cf - .) | (cd "$target" && tar -xf -)
cp -R "$work/json-ld-api/tests" "$target/json-ld/tests"
[[ -f "$work/json-ld-api/LICENSE.md" ]] && cp "$work/json-ld-api/LICENSE.md" "$target/json-ld/LICENSE.md"
[[ -f "$work/json-ld-api/tests/LICENSE.md" ]] && cp "$work/json-ld-api/tests/LICENSE.md" "$target/LICENSE-json-ld-api.md"
cat > "$target/SOURCE.md" <<SOURCE
# W3C conformance test data

Fetched by scripts/fetch-w3c-tests.sh.

| repository | commit |
| --- | --- |
| github.com/w3c/rdf-tests | $rdf_tests_commit |
| github.com/w3c/json-ld-api | $json_ld_api_commit |
SOURCE

target_abs="$(cd "$target" && pwd)"
echo "W3C test suites are in $target_abs"
echo "Run the conformance tests with: export KG_W3C_TESTS=$target_abs"
