#!/bin/sh
# usage: used.sh URL...  -> prints USED/free for each (blind set's SOURCES.md URLs, normalised without scheme)
for u in "$@"; do
  k=$(echo "$u" | sed -E 's#^https?://##; s#/$##')
  if grep -ohE 'https?://[^ |)]+' /work/main/corpus/blind/passages/*/SOURCES.md | sed -E 's#^https?://##; s#/$##' | grep -qxF "$k"; then echo "USED $u"; else echo "free $u"; fi
done
