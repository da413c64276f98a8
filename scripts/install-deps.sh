#!/usr/bin/env bash
# Installs what the build and tests need beyond the .NET SDK, from Debian's packages: one `apt-get update` and one
# install for whatever is missing. Idempotent; quiet when all is there. Without apt-get or root it says what to
# install; the tests that need a missing piece then skip and say why.
set -euo pipefail
if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (https://dot.net); install it and run again." >&2
  exit 1
fi

missing=()
# LMDB store: LightningDB's bundled liblmdb needs glibc 2.38; older systems use Debian's liblmdb0 (see src/KnowledgeGraph.Store/Lmdb/NativeLmdb.cs).
ldconfig -p 2>/dev/null | grep -q 'liblmdb\.so\.0' || missing+=(liblmdb0)
# Browser tests (tests/KnowledgeGraph.Browser.Tests): Debian's Chromium, driven by Playwright; never a browser download.
if [ ! -x /usr/bin/chromium ] && [ -z "${KG_CHROMIUM:-}" ]; then missing+=(chromium fonts-liberation); fi
# GraphiQL for /graphql is bundled from npm at build time (src/KnowledgeGraph.Server/ui/graphiql): node and npm.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
# Remote-store integration tests (tests/KnowledgeGraph.Remote.Tests) run against Virtuoso 7 from Debian; the test
# fixture starts its own instance on 127.0.0.1 in a temp folder. The package's own service is never used.
command -v virtuoso-t >/dev/null 2>&1 || missing+=(virtuoso-opensource)
# The peer-query and query-mix tests (tests/KnowledgeGraph.Cli.Tests) run ../shared/peers/gen-news.py and canon.py and
# bench/mix/gen-mix.py: Python 3, standard library only.
command -v python3 >/dev/null 2>&1 || missing+=(python3)

[ ${#missing[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  # Virtuoso's debconf asks for a DBA password: preseeded, so the install does not stop to ask.
  printf '%s\n' "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password dba" \
                "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password dba" | debconf-set-selections 2>/dev/null || true
  if ! (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}") >/dev/null 2>&1; then
    echo "warning: could not install ${missing[*]}; the tests that need them will fail or skip (building without npm: /p:KgSkipGraphiQL=true)" >&2
  fi
else
  echo "warning: missing ${missing[*]} (Debian package names); install them, or the tests that need them fail or skip (building without npm: /p:KgSkipGraphiQL=true)" >&2
fi
