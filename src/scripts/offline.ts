/**
 * <offline-status>: registers the service worker (scripts/build-sw.ts) and tells
 * the reader what it does: « disponible hors ligne » once every page is stored,
 * and « Nouvelle version — recharger » when a new deploy is waiting. The new
 * version takes over only on that click (SKIP_WAITING), then every open tab
 * reloads, so that no page runs with a mix of old and new files.
 * Not registered inside an iframe (embed mode), nor from file:// (the course pack).
 */
class OfflineStatus extends HTMLElement {
  connectedCallback() {
    const sw = navigator.serviceWorker;
    if (!sw || window.top !== window || !location.protocol.startsWith('http')) return;
    const base = this.dataset.base ?? '/';
    const ready = this.querySelector<HTMLElement>('[data-offline-ready]')!;
    const toast = this.querySelector<HTMLElement>('[data-offline-toast]')!;
    const update = this.querySelector<HTMLElement>('[data-offline-update]')!;
    const progress = this.querySelector<HTMLElement>('[data-offline-progress]')!;
    const hadController = Boolean(sw.controller);
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`;

    // The first visit downloads the whole site: say how far it is (src/scripts/service-worker.ts posts it).
    sw.addEventListener('message', (event: MessageEvent) => {
      const data = event.data as
        | { type: string; files: number; total: number; bytes: number; totalBytes: number; done: boolean }
        | undefined;
      if (data?.type !== 'PRECACHE_PROGRESS') return;
      progress.hidden = data.done;
      progress.querySelector('[data-offline-files]')!.textContent = `${data.files} / ${data.total}`;
      progress.querySelector('[data-offline-mb]')!.textContent = `${mb(data.bytes)} sur ${mb(data.totalBytes)}`;
      if (data.done) void sw.getRegistration(base).then((reg) => reg && show(reg));
    });
    sw.startMessages();

    const show = (reg: ServiceWorkerRegistration) => {
      if (reg.active) {
        ready.hidden = false;
        progress.hidden = true;
      }
      if (reg.waiting && sw.controller) {
        toast.hidden = false;
        update.hidden = false;
      }
    };
    this.querySelector('[data-offline-reload]')!.addEventListener('click', () => {
      void sw.getRegistration(base).then((reg) => reg?.waiting?.postMessage({ type: 'SKIP_WAITING' }));
    });
    this.querySelector('[data-offline-close]')!.addEventListener('click', () => {
      toast.hidden = true;
    });
    let reloading = false;
    sw.addEventListener('controllerchange', () => {
      // The first install takes control without a reload; only a new version reloads the page.
      if (!hadController || reloading) return;
      reloading = true;
      location.reload();
    });

    const register = () =>
      sw
        .register(`${base}sw.js`, { scope: base })
        .then((reg) => {
          show(reg);
          reg.addEventListener('updatefound', () => {
            const worker = reg.installing;
            worker?.addEventListener('statechange', () => show(reg));
          });
          document.addEventListener('visibilitychange', () => {
            if (document.visibilityState === 'visible') void reg.update().catch(() => {});
          });
        })
        .catch(() => {
          // Blocked (private mode, policy, tests): the site simply works online only.
        });
    if (document.readyState === 'complete') void register();
    else addEventListener('load', () => void register(), { once: true });
  }
}
customElements.define('offline-status', OfflineStatus);
