#!/usr/bin/env bash
# Rebuilds src/main/resources/fonts/Pretendard-*.ttf: the Hangul face of the UI, the canvas and
# exported pictures. Pretendard (SIL OFL 1.1) from its npm package, TrueType outlines (Java2D and
# JavaFX both read them), cut down to the characters the app and its users write: Latin, Hangul
# (all 11,172 syllables and the jamo), punctuation, arrows and symbols used in the bundles.
# Needs npm and Debian's python3-fonttools (pyftsubset).
set -euo pipefail
VERSION=1.3.9
HERE=$(cd "$(dirname "$0")/.." && pwd)
OUT="$HERE/src/main/resources/fonts"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "pretendard@$VERSION" >/dev/null && tar xzf "pretendard-$VERSION.tgz")
SRC="$WORK/package/dist/public/static/alternative"
UNICODES="U+0020-007E,U+00A0-017F,U+2000-206F,U+20A9,U+20AC,U+2100-214F,U+2190-21FF,U+2200-22FF,U+2300-23FF,U+2460-24FF,U+2500-25FF,U+2600-27BF,U+3000-303F,U+1100-11FF,U+3130-318F,U+3200-32FF,U+AC00-D7A3,U+FF00-FFEF"
for weight in Regular Bold; do
  /usr/bin/python3 -m fontTools.subset "$SRC/Pretendard-$weight.ttf" \
    --unicodes="$UNICODES" --no-hinting --layout-features='kern,liga,ccmp,ljmo,vjmo,tjmo' \
    --output-file="$OUT/Pretendard-$weight.ttf"
done
cp "$WORK/package/dist/LICENSE.txt" "$OUT/LICENSE-Pretendard.txt"
ls -l "$OUT"/Pretendard-*.ttf
