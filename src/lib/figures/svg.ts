/**
 * The small toolkit the figure builders share. A figure is an SVG string drawn in a 320-unit-wide viewBox: on a
 * 320 px phone its 16-unit text is about 14 px, and its CSS max-width is in rem, so the Text control enlarges it.
 * Colours come from classes styled in global.css (custom properties per theme, ink in print), never from here.
 */

export const WIDTH = 320;
/** Text size in viewBox units; labels are wrapped to fit at this size. */
export const FONT = 16;
/** Characters that fit on one 320-unit line at FONT, with a margin for wide letters. */
export const LINE_CHARS = 34;

export function escapeXml(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** A number as the SVG writes it: at most one decimal, no trailing zeros. */
export function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** One element; attribute values are escaped, children are already markup. */
export function el(name: string, attrs: Record<string, string | number | undefined>, children = ''): string {
  const list = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : escapeXml(v as string)}"`)
    .join('');
  return children === '' && name !== 'text' ? `<${name}${list}/>` : `<${name}${list}>${children}</${name}>`;
}

export function text(
  x: number,
  y: number,
  content: string,
  options: { cls?: string; anchor?: 'start' | 'middle' | 'end' } = {},
): string {
  return el(
    'text',
    { x, y, class: options.cls ?? 'fig-text', 'text-anchor': options.anchor === 'start' ? undefined : options.anchor },
    escapeXml(content),
  );
}

/** Words wrapped into lines of at most `chars` characters (a word longer than that gets a line of its own). */
export function wrap(value: string, chars = LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > chars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A polyline path through points already in viewBox units. */
export function path(points: ReadonlyArray<readonly [number, number]>, cls: string): string {
  const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${n(x)} ${n(y)}`).join('');
  return el('path', { d, class: cls });
}

/** A linear scale from a data range onto a pixel range. */
export function scale(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  return (v) => r0 + ((v - d0) / (d1 - d0 || 1)) * (r1 - r0);
}

/** The whole figure: an image with its text alternative as its accessible name; the marks inside are decoration. */
export function svg(height: number, alt: string, body: string, defs = ''): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${WIDTH} ${n(height)}`,
      role: 'img',
      'aria-label': alt,
      class: 'fig-svg',
      'font-size': FONT,
    },
    (defs ? el('defs', {}, defs) : '') + body,
  );
}

/** A diagonal hatch: a band that must be told apart from others without colour. */
export function hatch(id: string): string {
  return el(
    'pattern',
    { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    el('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'fig-hatch' }),
  );
}
