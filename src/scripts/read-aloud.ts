// Read aloud, loaded on first use: speaks the short version or the whole page sentence by sentence with the
// browser's own voice, highlighting the sentence being read. Sentence by sentence keeps pause, resume and speed
// changes reliable (long utterances stall in some browsers) and tells us which sentence to highlight.

type Scope = 'short' | 'page';
interface Sentence {
  text: string;
  range: Range;
}

const HIGHLIGHT = 'read-aloud';
/** Blocks of running text; a block inside another is read as part of it. */
const BLOCKS = 'h1, h2, h3, h4, p, li, dt, dd, th, td, blockquote';
/** Not reading: the kind label, navigation, the reference list, other pages, controls, citation numbers, drawn marks. */
const SKIP =
  '.eyebrow, .contents, .references, .page-tools, .page-meta, .evidence-link, section:has(> #related), sup.cite, [aria-hidden="true"], template';

const synth = window.speechSynthesis;
let sentences: Sentence[] = [];
let index = 0;
let paused = false;
let rate = 1;
let current: SpeechSynthesisUtterance | null = null;
let player: HTMLElement | null = null;
let trigger: HTMLButtonElement | null = null;

function blocksToRead(scope: Scope): Element[] {
  const article = document.querySelector('article') ?? document.body;
  if (scope === 'short') return [...article.querySelectorAll('.short-version p')];
  return [...article.querySelectorAll(BLOCKS)].filter(
    (el) => !el.closest(SKIP) && !el.parentElement?.closest(BLOCKS) && el.getClientRects().length > 0,
  );
}

/** Where a character offset of a block's text falls among its text nodes. */
function locate(nodes: Array<{ node: Text; start: number }>, offset: number, isEnd: boolean): [Text, number] {
  for (const { node, start } of nodes) {
    const end = start + node.data.length;
    if (isEnd ? offset <= end : offset < end) return [node, offset - start];
  }
  const last = nodes.at(-1) as { node: Text; start: number };
  return [last.node, last.node.data.length];
}

function sentenceBounds(text: string, lang: string): Array<[number, number]> {
  if ('Segmenter' in Intl) {
    return [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => [
      s.index,
      s.index + s.segment.length,
    ]);
  }
  return [...text.matchAll(/[^.!?]+[.!?]*\s*/g)].map((m) => [m.index, m.index + m[0].length]);
}

function sentencesIn(block: Element, lang: string): Sentence[] {
  const nodes: Array<{ node: Text; start: number }> = [];
  let text = '';
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: text.length });
    text += (node as Text).data;
  }
  if (nodes.length === 0) return [];
  return sentenceBounds(text, lang).flatMap(([from, to]) => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text.charAt(a))) a++;
    while (b > a && /\s/.test(text.charAt(b - 1))) b--;
    if (a === b) return [];
    const range = document.createRange();
    range.setStart(...locate(nodes, a, false));
    range.setEnd(...locate(nodes, b, true));
    return [{ text: text.slice(a, b).replace(/\s+/g, ' '), range }];
  });
}

function mark(sentence: Sentence | undefined): void {
  if (!('highlights' in CSS)) return;
  if (!sentence) {
    CSS.highlights.delete(HIGHLIGHT);
    return;
  }
  CSS.highlights.set(HIGHLIGHT, new Highlight(sentence.range));
  // Keep the sentence on screen without animation (the atlas has no motion).
  const box = sentence.range.getBoundingClientRect();
  if (box.bottom > window.innerHeight || box.top < 0) {
    window.scrollBy({ top: box.top - window.innerHeight / 3, behavior: 'instant' });
  }
}

function status(key: 'reading' | 'paused'): void {
  const line = player?.querySelector<HTMLElement>('[data-player-status]');
  if (line) line.textContent = line.dataset[key] ?? '';
  const pause = player?.querySelector<HTMLButtonElement>('[data-pause]');
  if (pause) pause.textContent = (paused ? pause.dataset.labelResume : pause.dataset.labelPause) ?? '';
}

function speak(i: number): void {
  index = i;
  const sentence = sentences[i];
  if (!sentence) {
    finish('finished');
    return;
  }
  const utterance = new SpeechSynthesisUtterance(sentence.text);
  utterance.lang = document.documentElement.lang;
  utterance.rate = rate;
  utterance.addEventListener('end', () => {
    if (current === utterance && !paused) speak(i + 1);
  });
  utterance.addEventListener('error', (event) => {
    // A cancel (stop, restart at a new speed) ends the old sentence with an error; that is not a failure.
    if (current === utterance && event.error !== 'interrupted' && event.error !== 'canceled') finish('failed');
  });
  current = utterance;
  mark(sentence);
  synth.speak(utterance);
}

/** Stop speaking and take the player away, returning focus to the button that started it if focus was inside. */
function stop(): void {
  current = null;
  synth.cancel();
  mark(undefined);
  const hadFocus = player?.contains(document.activeElement) ?? false;
  player?.remove();
  player = null;
  if (hadFocus) trigger?.focus();
}

/** At the end, or when the browser has no voice to read with: the player goes, and the status line says why. */
function finish(why: 'finished' | 'failed'): void {
  const line = trigger?.closest('.page-tools')?.querySelector<HTMLElement>('[data-tools-status]');
  const words = player?.querySelector<HTMLElement>('[data-player-status]')?.dataset[why];
  stop();
  if (line && words) line.textContent = words;
}

function buildPlayer(from: HTMLButtonElement): HTMLElement | null {
  const tools = from.closest('.page-tools');
  const template = tools?.querySelector<HTMLTemplateElement>('template[data-player]');
  const node = template?.content.firstElementChild?.cloneNode(true);
  if (!(node instanceof HTMLElement)) return null;
  node.querySelector('[data-pause]')?.addEventListener('click', () => {
    if (paused) {
      paused = false;
      synth.resume();
      // A browser that dropped the paused sentence starts it again.
      if (!synth.speaking) speak(index);
      status('reading');
    } else {
      paused = true;
      synth.pause();
      status('paused');
    }
  });
  node.querySelector('[data-stop]')?.addEventListener('click', stop);
  const select = node.querySelector<HTMLSelectElement>('[data-rate]');
  if (select) {
    select.value = String(rate);
    select.addEventListener('change', () => {
      rate = Number(select.value) || 1;
      // Restart the current sentence at the new speed; a paused reading takes it up on resume.
      if (current && !paused) {
        current = null;
        synth.cancel();
        speak(index);
      }
    });
  }
  (tools?.querySelector('.tool-row') ?? from).after(node);
  return node;
}

/** Start reading the short version or the whole page; only ever called from a reader's click. */
export function readAloud(scope: Scope, from: HTMLButtonElement): void {
  stop();
  const line = from.closest('.page-tools')?.querySelector<HTMLElement>('[data-tools-status]');
  if (line) line.textContent = '';
  const lang = document.documentElement.lang || 'en';
  sentences = blocksToRead(scope).flatMap((block) => sentencesIn(block, lang));
  trigger = from;
  player = buildPlayer(from);
  paused = false;
  status('reading');
  speak(0);
}

// Leaving the page ends the reading: speech never carries on over another page.
window.addEventListener('pagehide', () => synth.cancel());
