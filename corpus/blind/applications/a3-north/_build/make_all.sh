#!/bin/sh
# Rebuild the six a3-north sources and their gold files (run from anywhere).
set -e
cd "$(dirname "$0")"
PY=/work/main/.venv/bin/python
$PY build.py tangshan-2024-shenbaobiao pdf
$PY build.py baotou-2024-gongzuofangan txt --txt-encoding utf-8 --txt-table tabs
$PY build.py jilinshi-2025-shenbaoshu docx
$PY build.py wafangdian-2023-gongzuofangan docx
$PY build.py shenyang-tiexi-2024-shenbaoshu pdf
$PY build.py anshan-gaoxinqu-2025-shenbaobiao txt --txt-encoding gb18030 --txt-table spaces
for s in tangshan-2024-shenbaobiao baotou-2024-gongzuofangan jilinshi-2025-shenbaoshu \
         wafangdian-2023-gongzuofangan shenyang-tiexi-2024-shenbaoshu anshan-gaoxinqu-2025-shenbaobiao; do
  $PY addpages.py "$s"
done
