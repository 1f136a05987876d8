/**
 * A "Copier le code" button on every highlighted code block (Shiki's pre.astro-code).
 * Added by script because it only works with the clipboard API; without JavaScript
 * the code stays selectable as usual.
 */
for (const pre of document.querySelectorAll<HTMLPreElement>('pre.astro-code')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'code-copy';
  button.textContent = 'Copier le code';
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(pre.querySelector('code')?.textContent ?? pre.textContent ?? '');
      button.textContent = 'Copié';
    } catch {
      button.textContent = 'Copie impossible';
    }
    setTimeout(() => (button.textContent = 'Copier le code'), 2000);
  });
  const wrap = document.createElement('div');
  wrap.className = 'code-block';
  pre.replaceWith(wrap);
  wrap.append(button, pre);
}
