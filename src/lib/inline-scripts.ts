/**
 * The inline scripts that must run before anything else loads, as constants:
 * src/lib/csp.ts hashes exactly these texts for the Content-Security-Policy.
 */

/**
 * Deep links and embed mode, in <head> before first paint (compact: inline
 * scripts are not minified). See src/components/moodle/EmbedEarly.astro.
 */
export const embedEarlyScript =
  "(function(l,h){var f=l.hash.split('?'),p=new URLSearchParams(l.search.slice(1)+'&'+f[1]),i=f[1]!=null?f[0].slice(1):l.hash?'':p.get('section'),t=p.get('theme');if(i)l.replace('#'+i);if(p.get('embed')=='1'){h.classList.add('embed');if(t=='light'||t=='dark')h.dataset.theme=t}})(location,document.documentElement)";

/** Redirect pages: go to data-target, keeping the query and #anchor of a deep link. */
export const redirectScript =
  "var t=document.currentScript.dataset.target;location.replace(t.indexOf('#')>-1?t:t+location.search+location.hash)";
