// The page a shared tab rests on between checks (tests/e2e/browser.ts): on the site's own origin, so its storage can
// be cleared there without a new renderer process, and with nothing on it that could log, fetch or store.
export const BLANK_PATH = '/__tests/blank.html';
// The site's own icon: without one Chromium asks for /favicon.ico, and the 404 it logs would land in the next check.
export const BLANK_HTML =
  '<!doctype html><html lang="en"><head><title>Between checks</title><link rel="icon" href="/favicon.svg"></head></html>';
