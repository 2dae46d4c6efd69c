import { render } from 'lit';
import type { Level } from '../../src/model/types.js';
import { illustrationStyles, renderIllustration } from '../../src/illustrations/illustrations.js';

// The drawings at the size of the player's list (a 96 × 64 px thumbnail), as pixels, for the
// thumbnail tests (thumbnails.test.ts, drawing-fixes.test.ts).

const WIDTH = 96;
const HEIGHT = 64;
/** Darker than this is the figure (or its arrow); the mat and the floor are lighter. */
const INK = 0.4;
/** Half the side of the square each pixel is averaged over: shapes, not single pixels, are compared. */
const BLUR = 3;

/**
 * The figure's ink in a drawing fitted into a 96 × 64 thumbnail, black on white: 1 where the
 * figure is, 0 elsewhere, then averaged over 7 × 7 pixels.
 */
export async function thumbnail(id: string, position: 'start' | 'held', level: Level = 'beginner'): Promise<Float32Array> {
  const holder = document.createElement('div');
  render(renderIllustration(id, { position, level }), holder);
  const svg = holder.querySelector('svg')!;
  svg.setAttribute('width', String(WIDTH));
  svg.setAttribute('height', String(HEIGHT));
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = `svg { color: #000; } ${illustrationStyles.cssText}`;
  svg.prepend(style);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, WIDTH, HEIGHT);
  context.drawImage(image, 0, 0, WIDTH, HEIGHT);
  const { data } = context.getImageData(0, 0, WIDTH, HEIGHT);
  const ink = new Float32Array(WIDTH * HEIGHT);
  for (let i = 0; i < ink.length; i++) ink[i] = 1 - (data[i * 4] + data[i * 4 + 1] + data[i * 4 + 2]) / 765 > INK ? 1 : 0;
  const blurred = new Float32Array(ink.length);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      let sum = 0;
      let count = 0;
      for (let dy = -BLUR; dy <= BLUR; dy++) {
        for (let dx = -BLUR; dx <= BLUR; dx++) {
          if (y + dy < 0 || y + dy >= HEIGHT || x + dx < 0 || x + dx >= WIDTH) continue;
          sum += ink[(y + dy) * WIDTH + x + dx];
          count++;
        }
      }
      blurred[y * WIDTH + x] = sum / count;
    }
  }
  return blurred;
}

/** How much two thumbnails differ: ink in one and not the other, over the ink of both (0 the same … 1 nothing shared). */
export function difference(a: Float32Array, b: Float32Array): number {
  let changed = 0;
  let ink = 0;
  for (let i = 0; i < a.length; i++) {
    changed += Math.abs(a[i] - b[i]);
    ink += Math.max(a[i], b[i]);
  }
  return changed / ink;
}

