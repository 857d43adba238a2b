#!/usr/bin/env bash
# Install everything the project needs on a fresh Debian machine: system packages with
# apt-get, then the Python package and its dependencies in .venv. Safe to run twice.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  tesseract-ocr tesseract-ocr-chi-sim   # Tesseract, the second OCR engine (EXTRACTOR_OCR_ENGINE)
  libgl1 libglib2.0-0                    # OpenCV, which PP-OCR (rapidocr-onnxruntime) loads
  fonts-noto-cjk fonts-wqy-zenhei        # CJK fonts for drawing and converting test documents
  libreoffice-writer-nogui               # DOCX -> PDF for fixtures and the corpus
  libreoffice-calc-nogui                 # the Excel report printed to PDF (its print-layout test)
  poppler-utils qpdf                     # pdftoppm / qpdf for fixtures (encrypted PDFs)
  chromium                               # end-to-end tests of the reviewer panel (Playwright)
  postgresql                             # the panel's PostgreSQL test (a throwaway server)
)

need_apt=0
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_apt=1
done
if [[ $need_apt == 1 ]]; then
  SUDO=""
  [[ $(id -u) == 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${APT_PACKAGES[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[dev]'
