#!/usr/bin/env bash
# Installs the package as a consumer would (from `npm pack`, into an empty project in a
# temporary folder), prints how many packages and how much disk that takes, and renders a
# sheet there with the project's own font and logo, and one wholly in memory.
# Usage: tests/scripts/measure-install.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$repo" && npm pack --silent --pack-destination "$tmp" >/dev/null)
cd "$tmp"
npm init -y >/dev/null
npm install --no-audit --no-fund ./factsheet-*.tgz >/dev/null 2>&1
echo "packages: $(npm ls --all --parseable | tail -n +2 | sort -u | wc -l)"
echo "disk (du -sh): $(du -sh node_modules | cut -f1) ($(du -sk node_modules | cut -f1) KiB);" \
  "files (apparent): $(du -sh --apparent-size node_modules | cut -f1)"
mkdir -p sheets/images fonts/House
cp "$repo/sheets/kolkata.yaml" "$repo/sheets/org.yaml" sheets/
cp -r "$repo/sheets/images/." sheets/images/
cp "$repo/fonts/Lato/Lato-Black.ttf" fonts/House/
printf 'House:\n  licence: House/OFL.txt\n  faces:\n' > fonts/fonts.yaml
for f in regular italic bold boldItalic black; do
  echo "    $f: House/Lato-Black.ttf" >> fonts/fonts.yaml
done
echo OFL > fonts/House/OFL.txt
printf '%s%s\n' '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40">' \
  '<rect width="40" height="40" fill="#4fc03a"/></svg>' > sheets/logo.svg
sed -i 's/^brand:$/brand:\n  logo: logo.svg\n  font: House/' sheets/org.yaml
npx factsheet build sheets/kolkata.yaml --out out --fonts fonts --jobs 1
# The JSON Schema as `factsheet schema` prints it and as package.json exports it to editors' tools.
echo "schema: $(npx factsheet schema | wc -c) bytes printed;" \
  "exported: $(node -p "require.resolve('factsheet/schema/sheet.schema.json')" | sed "s|^$PWD/||")"
cat > memory.mjs <<'JS'
import fs from 'node:fs';
import { createEngine, emptyWorld, memoryWorld } from 'factsheet';
const files = {
  '/m/sheets/x.yaml': fs.readFileSync('sheets/kolkata.yaml'),
  '/m/sheets/org.yaml': 'name: In memory\n',
  '/m/fonts/fonts.yaml': fs.readFileSync('fonts/fonts.yaml'),
  '/m/fonts/House/Lato-Black.ttf': fs.readFileSync('fonts/House/Lato-Black.ttf'),
};
for (const f of fs.readdirSync('sheets/images'))
  files[`/m/sheets/images/${f}`] = fs.readFileSync(`sheets/images/${f}`);
const tpl = 'node_modules/factsheet/templates';
for (const f of fs.readdirSync(tpl, { recursive: true })) {
  if (fs.statSync(`${tpl}/${f}`).isFile()) files[`/m/templates/${f}`] = fs.readFileSync(`${tpl}/${f}`);
}
const yaml = files['/m/sheets/x.yaml'].toString().replace(/^org: .*$/m, '');
files['/m/sheets/x.yaml'] = yaml;
files['/m/sheets/org.yaml'] = 'name: In memory\nbrand:\n  font: House\n';
const world = memoryWorld(files, emptyWorld());
const engine = createEngine({ world, templatesDir: '/m/templates', fontsDir: '/m/fonts' });
const pdf = await engine.renderFile('/m/sheets/x.yaml');
console.log(`in memory: ${pdf.length} bytes, starts ${pdf.subarray(0, 8).toString()}`);
JS
node memory.mjs
