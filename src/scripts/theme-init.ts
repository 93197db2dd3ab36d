/**
 * Applied before first paint (inlined in <head>), so a saved theme or text
 * size never flashes. Kept as a string: its CSP hash is computed from it.
 * Keys and values are documented in src/lib/settings.ts.
 */
export const THEME_INIT_SCRIPT =
  "(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('atlas-theme'),s=localStorage.getItem('atlas-text');if(t==='light'||t==='dark'||t==='low')d.dataset.theme=t;if(s&&/^(125|150|175|200)$/.test(s))d.dataset.text=s}catch(e){}})();";
