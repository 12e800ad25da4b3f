#!/usr/bin/env bash
# Vendors the front-end files the app serves itself (no CDN: the app works offline and under its own CSP).
# Repeatable: the same versions give the same files. Run from anywhere: wwwroot/lib/vendor.sh
set -euo pipefail

BOOTSTRAP=5.3.8
FONT=5.3.0   # @fontsource/be-vietnam-pro
WEIGHTS="400 700"

lib="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "bootstrap@$BOOTSTRAP" "@fontsource/be-vietnam-pro@$FONT" >/dev/null
mkdir bootstrap font
tar xzf "bootstrap-$BOOTSTRAP.tgz" -C bootstrap --strip-components=1
tar xzf "fontsource-be-vietnam-pro-$FONT.tgz" -C font --strip-components=1

rm -rf "$lib/bootstrap" "$lib/be-vietnam-pro"
mkdir -p "$lib/bootstrap/css" "$lib/be-vietnam-pro/files"
cp bootstrap/dist/css/bootstrap.min.css "$lib/bootstrap/css/"
cp bootstrap/LICENSE "$lib/bootstrap/LICENSE"
# The pages use no script (the menu opens with CSS alone), so only the CSS. Its map comment points at a file we do
# not ship: drop it so the browser asks for nothing missing.
sed -i '/sourceMappingURL/d' "$lib/bootstrap/css/bootstrap.min.css"

# Only the latin and Vietnamese subsets (together they cover every Vietnamese letter, NFC or NFD), woff2 only.
css="$lib/be-vietnam-pro/be-vietnam-pro.css"
echo "/* Be Vietnam Pro $FONT from @fontsource/be-vietnam-pro (SIL OFL 1.1, see LICENSE): latin and vietnamese subsets. Written by vendor.sh. */" > "$css"
for weight in $WEIGHTS; do
  for subset in vietnamese latin; do
    cp "font/files/be-vietnam-pro-$subset-$weight-normal.woff2" "$lib/be-vietnam-pro/files/"
    # Keep the @font-face block of this subset and weight, woff2 only.
    awk -v id="be-vietnam-pro-$subset-$weight-normal" '
      $0 ~ "/\\* " id " \\*/" { on = 1 }
      on { print } on && /^}/ { exit }' "font/$weight.css" \
      | sed -E "s#src: url\(\./files/([^)]+\.woff2)\) format\('woff2'\)[^;]*;#src: url(files/\1) format('woff2');#" >> "$css"
  done
done
cp font/LICENSE "$lib/be-vietnam-pro/LICENSE"

echo "vendored bootstrap $BOOTSTRAP and Be Vietnam Pro $FONT ($WEIGHTS) into $lib"
