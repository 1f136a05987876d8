/**
 * The script of a redirect page (a renamed page's old address, content/redirects.yaml):
 * goes to data-target, keeping the query and the #anchor of a deep link unless the
 * target names its own anchor. Inline (src/lib/inline-scripts.ts), hashed by the CSP.
 */
((script: HTMLOrSVGScriptElement | null) => {
  const target = script?.dataset.target;
  if (target) location.replace(target.includes('#') ? target : target + location.search + location.hash);
})(document.currentScript);
