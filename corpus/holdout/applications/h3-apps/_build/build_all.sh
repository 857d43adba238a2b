#!/bin/sh
# Rebuild every h3-apps document and gold file. Run from /work/main.
set -e
for s in zhaoqing zunyi daqing liuzhou baoji tangshan qujing tianshui; do
  .venv/bin/python corpus/holdout/applications/h3-apps/_build/$s.py
done
.venv/bin/python -m corpus.blind.check corpus/holdout/applications/h3-apps --verbose
