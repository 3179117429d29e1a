// The cold baseline of `npm run bench`: what a person would write by hand to make a two-page
// sheet without factsheet. Reads the sheet's YAML, draws its texts with pdfkit and the Lato
// fonts (registered by path, pdfkit's usual way), places the cover photo, and embeds a bar chart
// drawn by chart.js on a real canvas as a PNG (chartjs-node-canvas). Run as its own process:
//   node tests/bench/hand-pdfkit.mjs SHEET.yaml OUT.pdf
import * as fs from 'node:fs';
import * as path from 'node:path';
import PDFDocument from 'pdfkit';
import { parse } from 'yaml';
import { ChartJSNodeCanvas } from 'chartjs-node-canvas';

const [sheetFile, outFile] = process.argv.slice(2);
const sheet = parse(fs.readFileSync(sheetFile, 'utf8'));
const fontsDir = new URL('../../fonts/Lato/', import.meta.url).pathname;

const canvas = new ChartJSNodeCanvas({ width: 720, height: 360, backgroundColour: 'white' });
canvas.registerFont(path.join(fontsDir, 'Lato-Regular.ttf'), { family: 'Lato' });
const stats = sheet.sections.map((s) => s.stats).find(Boolean);
const chartPng = await canvas.renderToBuffer({
  type: 'bar',
  data: {
    labels: stats.items.map((i) => i.label.slice(0, 24)),
    datasets: [{ label: stats.title, data: stats.items.map((i) => i.value), backgroundColor: '#00629b' }],
  },
  options: { animation: false, font: { family: 'Lato' }, plugins: { legend: { display: false } } },
});

const doc = new PDFDocument({ size: 'LETTER', margin: 36, compress: true });
doc.registerFont('R', path.join(fontsDir, 'Lato-Regular.ttf'));
doc.registerFont('B', path.join(fontsDir, 'Lato-Bold.ttf'));
doc.registerFont('K', path.join(fontsDir, 'Lato-Black.ttf'));
doc.pipe(fs.createWriteStream(outFile));
doc.font('K').fontSize(24).fillColor('#00629b').text(sheet.header.title).fillColor('black');
const photo = sheet.sections.map((s) => s.problem?.photo?.src).find(Boolean);
if (photo) doc.image(path.join(path.dirname(sheetFile), photo), { width: 260 });
const texts = [];
JSON.stringify(sheet.sections, (k, v) => (typeof v === 'string' && v.length > 3 && k !== 'src' ? texts.push(v) : 0, v));
texts.forEach((t, i) => {
  if (i === Math.floor(texts.length / 2)) {
    doc.addPage();
    doc.image(chartPng, { width: 360 });
  }
  doc.font(i % 5 === 0 ? 'K' : i % 3 ? 'R' : 'B').fontSize(i % 5 === 0 ? 14 : 9).text(t, { width: 260 });
});
doc.end();
