#!/usr/bin/env bash
# The package as a user installs it: build the wheel, install it in a fresh virtual environment
# (its dependencies from the package registry), and read the bundled sample from another folder,
# so that nothing is found through the repository: patterns, frameworks, the jieba dictionary,
# the matcher's model and the Chinese messages must all travel inside the wheel.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# from a copy of the files git knows (not ignored ones): a stale build/ would hide a missing file
mkdir "$work/src"
git ls-files -z --cached --others --exclude-standard | tar -c --null -T - -f - | tar -x -C "$work/src" -f -
.venv/bin/python -m pip wheel -q --no-deps -w "$work/dist" "$work/src"
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q "$work"/dist/extractor-*.whl
cp samples/sample-application.pdf "$work/"
cd "$work"
"$work/venv/bin/extractor" extract sample-application.pdf > extract.txt
"$work/venv/bin/extractor" prescreen sample-application.pdf --out report.json --quiet
# the installed package reads its own patterns: the sample's stated density, in Chinese
grep -q "每万人拥有5G基站数" extract.txt
grep -q '"bs_density": "pass"' report.json
echo "wheel: $(basename "$work"/dist/extractor-*.whl) installs and reads the sample"
