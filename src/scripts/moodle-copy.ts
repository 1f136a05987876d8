/** The "Copier" buttons of the "Lien Moodle" panel: copy the field, or select it where the clipboard is refused. */
export function copyField(button: HTMLButtonElement) {
  const field = document.getElementById(button.dataset.copy ?? '');
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
  field.select();
  const status = button.parentElement?.querySelector('[role="status"]');
  const say = (text: string) => {
    button.textContent = text;
    if (status) status.textContent = text;
    setTimeout(() => {
      button.textContent = 'Copier';
      if (status) status.textContent = '';
    }, 2500);
  };
  (navigator.clipboard?.writeText(field.value) ?? Promise.reject(new Error('no clipboard'))).then(
    () => say('Copié'),
    () => say('Sélectionné : Ctrl+C'),
  );
}
