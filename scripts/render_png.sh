#!/bin/sh
# Render a DOCX to PNG pages (DOCX -> PDF with LibreOffice -> PNG with pdftoppm) to look at.
# Usage: scripts/render_png.sh FILE.docx OUTDIR
set -eu
if [ $# -ne 2 ]; then
    echo "usage: $0 FILE.docx OUTDIR" >&2
    exit 2
fi
src=$1
out=$2
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A fresh profile per run: two conversions on one profile fail silently.
HOME=$work soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
    --convert-to pdf --outdir "$work" "$src" >/dev/null
name=$(basename "$src" .docx)
cp "$work/$name.pdf" "$out/$name.pdf"
pdftoppm -r 80 -png "$out/$name.pdf" "$out/$name"
ls "$out"/"$name"*.png
