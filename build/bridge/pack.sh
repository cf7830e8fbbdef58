#!/usr/bin/env bash
# Packs the empty Patched.DistributedLock.Core stand-in into build/bridge/feed, the local feed nuget.config names.
# Idempotent: does nothing when the package is already there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
feed="$here/feed"
if [ -f "$feed/patched.distributedlock.core.1.0.11.nupkg" ] || [ -f "$feed/Patched.DistributedLock.Core.1.0.11.nupkg" ]; then
  exit 0
fi
mkdir -p "$feed"
# Pack outside the repository's Directory.*.props so the bridge never depends on the solution's settings.
dotnet pack "$here/Patched.DistributedLock.Core.csproj" -c Release -o "$feed" --nologo -v quiet \
  -p:BaseIntermediateOutputPath="$here/obj/" -p:BaseOutputPath="$here/bin/" >/dev/null
# A stale copy in the global packages folder would shadow the new one; there is only ever one build of 1.0.11.
echo "bridge: packed Patched.DistributedLock.Core 1.0.11 into build/bridge/feed"
