/**
 * Copies the URL of an anchor ("copier le lien") and says so in a live region.
 * The link still moves to the anchor, so the address bar shows the same URL.
 */
function announce(message: string) {
  let region = document.getElementById('copy-status');
  if (!region) {
    region = document.createElement('p');
    region.id = 'copy-status';
    region.className = 'copy-status';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  region.textContent = message;
  region.classList.add('is-visible');
  window.setTimeout(() => region!.classList.remove('is-visible'), 2000);
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[data-copy-link]');
  if (!link || !navigator.clipboard) return;
  const url = new URL(link.href, location.href);
  navigator.clipboard.writeText(url.href).then(
    () => announce('Lien copié'),
    () => announce('Copie impossible : le lien est dans la barre d’adresse'),
  );
});
