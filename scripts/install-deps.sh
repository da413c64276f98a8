#!/usr/bin/env bash
# Installs what the build and tests need beyond the .NET SDK. Idempotent; quiet when all is there.
set -euo pipefail
if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (https://dot.net); install it and run again." >&2
  exit 1
fi
