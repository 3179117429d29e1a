// Draws the sample sheets' illustrations (flat shapes in the brand colours) with the canvas
// package. They stand in for photos the project may not redistribute. Run from the repo root:
//   node sheets/images/make-images.mjs
import { createCanvas } from 'canvas';
import { writeFileSync } from 'node:fs';

const here = new URL('.', import.meta.url);
const navy = '#0b4f71', gold = '#e3a320', ink = '#1f2a30', tint = '#e9f1f5';

/** A deterministic pseudo-random sequence, so the files do not change between runs. */
function random(seed) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function save(canvas, name) {
  writeFileSync(new URL(name, here), canvas.toBuffer('image/jpeg', { quality: 0.82, progressive: false }));
}

function cover() {
  const [w, h] = [1500, 1000];
  const c = createCanvas(w, h), g = c.getContext('2d'), r = random(7);
  const sky = g.createLinearGradient(0, 0, 0, h);
  sky.addColorStop(0, '#f3c77a'); sky.addColorStop(0.55, '#d9805a'); sky.addColorStop(1, '#6b3a4a');
  g.fillStyle = sky; g.fillRect(0, 0, w, h);
  g.fillStyle = 'rgba(255,240,200,0.85)'; g.beginPath(); g.arc(1100, 330, 90, 0, Math.PI * 2); g.fill();
  for (const [depth, colour] of [[0.45, '#8a4b5a'], [0.6, '#5a3346'], [0.75, '#2e2233']]) {
    let x = -20;
    while (x < w) {
      const bw = 60 + r() * 140, bh = h * (1 - depth) * (0.5 + r() * 0.7);
      g.fillStyle = colour; g.fillRect(x, h - bh, bw, bh);
      if (depth > 0.7) {
        g.fillStyle = 'rgba(243,199,122,0.9)';
        for (let y = h - bh + 20; y < h - 40; y += 48) for (let wx = x + 12; wx < x + bw - 20; wx += 34) if (r() > 0.55) g.fillRect(wx, y, 14, 22);
      }
      x += bw + r() * 10;
    }
  }
  g.strokeStyle = '#2e2233'; g.lineWidth = 3;
  for (let i = 0; i < 6; i++) { g.beginPath(); g.moveTo(0, 520 + i * 9); g.quadraticCurveTo(w / 2, 600 + i * 12, w, 500 + i * 7); g.stroke(); }
  save(c, 'cover.jpg');
}

function person(g, x, y, s, colour) {
  g.fillStyle = colour;
  g.beginPath(); g.arc(x, y, 42 * s, 0, Math.PI * 2); g.fill();
  g.beginPath(); g.moveTo(x - 95 * s, y + 250 * s); g.quadraticCurveTo(x - 90 * s, y + 60 * s, x, y + 55 * s);
  g.quadraticCurveTo(x + 90 * s, y + 60 * s, x + 95 * s, y + 250 * s); g.closePath(); g.fill();
}

function director() {
  const c = createCanvas(480, 560), g = c.getContext('2d');
  g.fillStyle = tint; g.fillRect(0, 0, 480, 560);
  g.fillStyle = '#c9dce6'; g.beginPath(); g.arc(240, 250, 200, 0, Math.PI * 2); g.fill();
  person(g, 240, 210, 1.7, navy);
  g.fillStyle = gold; g.fillRect(0, 530, 480, 30);
  save(c, 'director.jpg');
}

function survivor() {
  const c = createCanvas(900, 1100), g = c.getContext('2d');
  const bg = g.createLinearGradient(0, 0, 0, 1100);
  bg.addColorStop(0, '#f4e3c3'); bg.addColorStop(1, '#e7b98a');
  g.fillStyle = bg; g.fillRect(0, 0, 900, 1100);
  g.fillStyle = 'rgba(255,255,255,0.35)'; g.fillRect(520, 120, 260, 380);
  person(g, 330, 520, 2.2, navy);
  person(g, 610, 560, 2.0, '#6b3a4a');
  g.fillStyle = gold; g.fillRect(0, 1060, 900, 40);
  save(c, 'sani.jpg');
}

cover(); director(); survivor();
