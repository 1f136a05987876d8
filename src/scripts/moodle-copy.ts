/**
 * The copy buttons of the "Lien Moodle" panel: a field's (data-copy: its id) or a
 * value of their own (data-copy="" and data-copy-value: the passages' rows). Where the clipboard is
 * refused, the field is selected, or the value shown for copying by hand.
 */
export function copyField(button: HTMLButtonElement) {
  const field = document.getElementById(button.dataset.copy ?? '');
  const fromField = field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement;
  const value = fromField ? field.value : button.dataset.copyValue;
  if (value === undefined) return;
  if (fromField) field.select();
  const status = (button.closest('.moodle-row, .moodle-sections') ?? button.parentElement)?.querySelector(
    '[role="status"]',
  );
  const label = button.textContent;
  const say = (text: string, aloud = text) => {
    button.textContent = text;
    if (status) status.textContent = aloud;
    setTimeout(() => {
      button.textContent = label;
      if (status) status.textContent = '';
    }, 2500);
  };
  (navigator.clipboard?.writeText(value) ?? Promise.reject(new Error('no clipboard'))).then(
    () => say('Copié', `Copié : ${value}`),
    () => (fromField ? say('Sélectionné : Ctrl+C') : window.prompt('Copiez ce texte (Ctrl+C) :', value)),
  );
}
