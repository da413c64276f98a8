#!/usr/bin/env bash
# Installs what the build and tests need beyond the .NET SDK. Idempotent; quiet when all is there.
set -euo pipefail
if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (https://dot.net); install it and run again." >&2
  exit 1
fi
# LMDB store: LightningDB's bundled liblmdb needs glibc 2.38; older systems use Debian's liblmdb0 (see src/KnowledgeGraph.Store/Lmdb/NativeLmdb.cs).
if ! ldconfig -p 2>/dev/null | grep -q 'liblmdb\.so\.0'; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && apt-get install -y -qq liblmdb0) >/dev/null 2>&1 || echo "warning: could not install liblmdb0; LMDB store tests may fail" >&2
  else
    echo "warning: liblmdb.so.0 not found; install your system's LMDB library (Debian: liblmdb0)" >&2
  fi
fi
# Browser tests (tests/KnowledgeGraph.Browser.Tests): Debian's Chromium, driven by Playwright; never a browser download.
if [ ! -x /usr/bin/chromium ] && [ -z "${KG_CHROMIUM:-}" ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation) >/dev/null 2>&1 || echo "warning: could not install chromium; browser tests will be skipped" >&2
  else
    echo "warning: /usr/bin/chromium not found; browser tests will be skipped (Debian: apt-get install chromium)" >&2
  fi
fi
# GraphiQL for /graphql is bundled from npm at build time (src/KnowledgeGraph.Server/ui/graphiql): node and npm.
if ! command -v npm >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && apt-get install -y -qq nodejs npm) >/dev/null 2>&1 || echo "warning: could not install nodejs and npm; build with /p:KgSkipGraphiQL=true" >&2
  else
    echo "warning: npm not found; install Node.js and npm (Debian: nodejs npm) or build with /p:KgSkipGraphiQL=true" >&2
  fi
fi
# Remote-store integration tests (tests/KnowledgeGraph.Remote.Tests) run against Virtuoso 7 from Debian; the test
# fixture starts its own instance on 127.0.0.1 in a temp folder. The package's own service is never used (its debconf
# DBA password questions are preseeded so the install is non-interactive). Without it those tests skip and say so.
if ! command -v virtuoso-t >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    printf '%s\n' "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password dba" \
                  "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password dba" | debconf-set-selections 2>/dev/null || true
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends virtuoso-opensource) >/dev/null 2>&1 \
      || echo "warning: could not install virtuoso-opensource; the remote-store tests will be skipped" >&2
  else
    echo "warning: virtuoso-t not found; install Debian's virtuoso-opensource for the remote-store tests" >&2
  fi
fi
