#!/bin/sh
# Make the .docx and .pdf renditions from the .cms.html pages with LibreOffice (Writer).
# The CMS page is copied first with its <script>, <img>, <link> and X-UA-Compatible tags removed (Writer turns
# unknown head tags into comments and images into broken external links) and the fixed 1000px layout table
# made 100% wide (otherwise the page is wider than A4 and the PDF clips the right-hand columns).
set -e
cd "$(dirname "$0")/../renditions"
TMP=$(mktemp -d)
for id in 000 001 002 004; do
  python3 - "$id" "$TMP" <<'PY'
import re, sys
i, tmp = sys.argv[1], sys.argv[2]
s = open(f"{i}.cms.html", encoding="utf-8").read()
s = re.sub(r"<script\b.*?</script>\s*", "", s, flags=re.S)
s = re.sub(r"<img\b[^>]*>", "", s)
s = re.sub(r'<meta http-equiv="X-UA-Compatible"[^>]*>\s*', "", s)
s = re.sub(r'<link rel="stylesheet"[^>]*>\s*', "", s)
s = s.replace('<table width="1000" border="0" align="center"', '<table width="100%" border="0" align="center"')
open(f"{tmp}/{i}.html", "w", encoding="utf-8").write(s)
PY
done
soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$TMP" \
  "$TMP/000.html" "$TMP/001.html" "$TMP/002.html" "$TMP/004.html"
soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/000.docx" "$TMP/001.docx" "$TMP/002.docx" "$TMP/004.docx"
for id in 000 001 002 004; do cp "$TMP/$id.docx" "$TMP/$id.pdf" .; done
rm -rf "$TMP"
