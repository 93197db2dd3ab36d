/**
 * Applied before first paint (inlined in <head>), so a saved theme, text size, page length or spacing never
 * flashes, and a page in short-versions mode never shows its full text first. It also marks whether the browser
 * can speak (class "speech"), so read-aloud controls only show where they work. Kept as a string: its CSP hash is
 * computed from it. Keys and values are documented in src/lib/site/settings.ts.
 */
export const THEME_INIT_SCRIPT =
  "(function(){var d=document.documentElement;d.classList.add('js');try{if(typeof speechSynthesis!=='undefined'&&typeof SpeechSynthesisUtterance!=='undefined')d.classList.add('speech');var t=localStorage.getItem('atlas-theme'),s=localStorage.getItem('atlas-text'),p=localStorage.getItem('atlas-pages'),g=localStorage.getItem('atlas-spacing');if(t==='light'||t==='dark'||t==='low')d.dataset.theme=t;if(s&&/^(125|150|175|200)$/.test(s))d.dataset.text=s;if(p==='short')d.dataset.pages=p;if(g==='more')d.dataset.spacing=g}catch(e){}})();";
