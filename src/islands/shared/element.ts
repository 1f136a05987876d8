/**
 * The light half of every demo, shipped with the page (1.2 KB gzip):
 * the <atlas-demo> element waits until it is visible, then imports the demo's
 * heavy module (run.ts, which brings TF.js) and mounts it. Leaving the page
 * (the element is removed) disposes everything. Pages without a demo never
 * load this file; pages with one load TF.js only when the demo scrolls into view.
 */

import { yieldToBrowser } from './yield';

export interface MountOptions {
  /** Embedded beside a formula or a term: the URL hash belongs to the page, not to the demo. */
  embedded: boolean;
}
export interface Mounted {
  dispose(): void;
  /** Runs `n` steps in chunks (tests and benchmarks; the reader uses the buttons). */
  steps(n: number): Promise<void>;
}
export type DemoModule = { mount(root: HTMLElement, options: MountOptions): Promise<Mounted> };
type Loader = () => Promise<DemoModule>;

/**
 * Evaluates TF.js in two tasks, then lets the page have its turn: its core, then its CPU
 * backend (a demo's run.ts imports both, already evaluated by then). Evaluated with the
 * demo's code in one go, they made one task of 140–180 ms on Lighthouse's mid-range phone,
 * now that a demo page opens on its demo and loads TF.js with the page. Bundled as chunks
 * of their own because they are imported here; the WebGL backend stays on demand (tf.ts).
 */
async function evaluateTfInSteps(): Promise<void> {
  await import('@tensorflow/tfjs-core');
  await yieldToBrowser();
  await import('@tensorflow/tfjs-backend-cpu');
  await yieldToBrowser();
}

// Every demo's run.ts, as lazy imports keyed by folder: one small chunk for all demos,
// so that a page with several demos (the cheat sheet) pays for the loader once.
const loaders = new Map<string, Loader>(
  Object.entries(import.meta.glob<DemoModule>('../*/run.ts')).map(([path, load]) => [path.split('/').at(-2)!, load]),
);

class AtlasDemo extends HTMLElement {
  private observer?: IntersectionObserver;
  private mounted?: Promise<Mounted | undefined>;
  private gone = false;

  connectedCallback(): void {
    this.gone = false;
    if (this.mounted) return;
    // Strictly visible (no margin): a page that is only opened never pays for TF.js.
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) this.start();
    });
    this.observer.observe(this);
  }

  disconnectedCallback(): void {
    this.gone = true;
    this.observer?.disconnect();
    this.observer = undefined;
    void this.mounted?.then((m) => m?.dispose());
    this.mounted = undefined;
  }

  /** Runs `n` steps once the demo is mounted (it is mounted first if needed). */
  async steps(n: number): Promise<void> {
    const m = await this.start();
    await m?.steps(n);
  }

  start(): Promise<Mounted | undefined> {
    const loader = loaders.get(this.dataset.demo ?? '');
    // Visible before its script registered the loader: registerDemo() starts it then.
    if (!loader) {
      this.dataset.waiting = '';
      return Promise.resolve(undefined);
    }
    delete this.dataset.waiting;
    this.observer?.disconnect();
    this.observer = undefined;
    this.mounted ??= (async () => {
      const status = this.querySelector<HTMLElement>('[data-role="status"]');
      if (status) status.textContent = 'Chargement de TensorFlow.js…';
      try {
        await evaluateTfInSteps();
        const mounted = await (await loader()).mount(this, { embedded: this.hasAttribute('data-embedded') });
        // Removed while loading: nothing may stay behind.
        if (this.gone) mounted.dispose();
        return mounted;
      } catch (error) {
        if (status) status.textContent = 'La démo n’a pas pu se charger. Rechargez la page pour réessayer.';
        throw error;
      }
    })();
    return this.mounted;
  }
}

if (!customElements.get('atlas-demo')) customElements.define('atlas-demo', AtlasDemo);

/**
 * Registers a loader by hand. Not needed for `src/islands/<id>/run.ts` (found by the
 * glob above); kept so that islands written against the first version still work.
 */
export function registerDemo(id: string, loader: Loader): void {
  loaders.set(id, loader);
  for (const el of document.querySelectorAll<AtlasDemo>(`atlas-demo[data-demo="${id}"][data-waiting]`)) void el.start();
}
