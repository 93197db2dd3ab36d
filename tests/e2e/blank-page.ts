// The page a shared tab rests on between checks (tests/e2e/browser.ts): on the site's own origin, so its storage can
// be cleared there without a new renderer process, and with nothing on it that could log, fetch or store.
export const BLANK_PATH = '/__tests/blank.html';
export const BLANK_HTML = '<!doctype html><html lang="en"><head><title>Between checks</title></head></html>';
