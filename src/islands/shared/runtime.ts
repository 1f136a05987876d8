/**
 * The heavy half shared by every demo (loaded with TF.js when a demo becomes
 * visible): wires the shell's buttons (play / step / reset), the backend
 * selector, the URL state, the live summary, the divergence guard, `data-state`
 * and disposal around a demo's own code. A demo's run.ts only describes its
 * state and what one step, a drawing and a summary are: see src/islands/README.md.
 */
import { frenchSpaces, notProseSelector } from '../../lib/french-spaces';
import { backendEvent, backendLabels, currentBackend, tf, useBackend, type BackendName } from './tf';
import { findDivergence } from './guard';
import { yieldToBrowser } from './yield';
import { choice, num, parseState, serializeState, type StateOf, type StateSpec } from './state';
import type { DemoModule, Mounted, MountOptions } from './element';

export interface DemoInstance {
  /** One step of the algorithm, its tensors inside tf.tidy. Return false when it diverged (it then keeps its last finite values). */
  step(): boolean | undefined;
  /** Back to step 0 with the current state. */
  reset(): void;
  /** Draws the figure (after steps, a resize or a theme switch). Must not draw non-finite values. */
  draw(): void;
  /** The numbers a test or the guard needs: every number here is checked for divergence. */
  snapshot(): Record<string, unknown>;
  /** One or two French sentences describing the state, for the live region. */
  summary(): string;
  /** Why it diverged, in French, shown above the FAQ link. */
  divergence?(): string;
  /** True when playing should stop by itself (converged). */
  done?(): boolean;
  /** Frees every tensor kept between steps. */
  dispose(): void;
  /** Speed chosen by the reader: steps per frame while playing (else the definition's `stepsPerFrame`). */
  stepsPerFrame?(): number;
  /** Speed chosen by the reader: minimum milliseconds between frames while playing (else the definition's `frameMs`). */
  frameMs?(): number;
}

export interface DemoContext<S extends StateSpec> {
  root: HTMLElement;
  tf: typeof tf;
  /** The current state (read it; change it with update()). */
  readonly state: StateOf<S>;
  /** Steps done since the last reset. */
  readonly stepCount: number;
  /**
   * True while playing or running a batch of steps, for the drawings in between; false for
   * the drawing that follows the last step (and after a click, a resize or a theme switch).
   * A demo whose drawing is heavy may skip its costly parts while this is true (at most a
   * few times a second), and must draw everything when it is false.
   */
  readonly animating: boolean;
  /** From the demo's own controls: records the change in the URL and data-state; `restart` goes back to step 0. */
  update(patch: Partial<StateOf<S>>, options?: { restart?: boolean }): void;
  /** Runs one guarded step now, as the "Un pas" button does (for a demo's own step buttons); false if it could not. */
  step(): boolean;
  /** The element with `data-role="<role>"` inside the demo (throws, naming the role, if the markup lacks it). */
  $<T extends HTMLElement = HTMLElement>(role: string): T;
  /** Adds a listener removed when the demo is disposed. */
  on<K extends keyof HTMLElementEventMap>(
    target: EventTarget,
    type: K | string,
    handler: (e: HTMLElementEventMap[K]) => void,
  ): void;
  reducedMotion: boolean;
}

export interface DemoDefinition<S extends StateSpec> {
  /** URL state fields (`k`, the step count, and `be`, the backend, are added). */
  spec: S;
  /** Default backend: 'cpu' for tiny models (faster than uploading to the GPU). */
  backend?: BackendName;
  /** Play stops after this many steps; `k` is clamped to it. */
  maxSteps: number;
  /** Steps per animation frame while playing (default 1; the instance's `stepsPerFrame()` wins, for a speed the reader picks). */
  stepsPerFrame?: number;
  /** Pause between frames while playing, in ms, for algorithms whose few steps must be seen one by one (default: none, the next frame). */
  playIntervalMs?: number;
  /** Minimum time between two frames while playing, for demos meant to be followed step by step (default: every frame). */
  frameMs?: number;
  /** Play pressed when `done()` is already true starts over from step 0 (demos that run a finite pass, like a kernel sweep). */
  replay?: boolean;
  create(ctx: DemoContext<S>): DemoInstance;
}

/** Main-thread budget per chunk of steps, well under the 50 ms of a long task. */
const chunkMs = 12;
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export function defineDemo<S extends StateSpec>(definition: DemoDefinition<S>): DemoModule {
  return { mount: (root, options) => mount(root, options, definition) };
}

/** French spacing (src/lib/french-spaces.ts) on a text node, or on the text nodes of an element. */
function spaceText(node: Node): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node as Text;
    if (text.parentElement?.closest(notProseSelector)) return;
    const spaced = frenchSpaces(text.data);
    if (spaced !== text.data) text.data = spaced;
  } else if (node.nodeType === Node.ELEMENT_NODE && !(node as Element).closest(notProseSelector)) {
    for (const child of node.childNodes) spaceText(child);
  }
}

async function mount<S extends StateSpec>(
  root: HTMLElement,
  options: MountOptions,
  def: DemoDefinition<S>,
): Promise<Mounted> {
  const spec = {
    ...def.spec,
    k: num(0, def.maxSteps, 0, { integer: true }),
    be: choice(['cpu', 'webgl'] as const, def.backend ?? 'cpu'),
  };
  const aborter = new AbortController();
  const tensorsBeforeMount = tf.memory().numTensors;
  const $ = <T extends HTMLElement = HTMLElement>(role: string): T => {
    const el = root.querySelector<T>(`[data-role="${role}"]`);
    if (!el) throw new Error(`demo ${root.dataset.demo}: no element with data-role="${role}"`);
    return el;
  };
  // biome-ignore lint/suspicious/noExplicitAny: callers pick the event type (KeyboardEvent, PointerEvent…) by the event name, as addEventListener's own overloads would.
  const on = (target: EventTarget, type: string, handler: (e: any) => void) =>
    target.addEventListener(type, handler, { signal: aborter.signal });
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;

  // The standalone page owns its hash; embedded copies start from defaults (the hash is an anchor there).
  const hash = !options.embedded && location.hash.includes('=') ? location.hash : '';
  const parsed = parseState(spec, hash);
  const state = parsed.state as StateOf<typeof spec>;
  // The two fields the runtime adds to every spec, typed on their own (the spec is generic).
  const run = state as unknown as { k: number; be: BackendName };
  const wantedSteps = run.k;
  run.k = 0;

  const ui = {
    play: $<HTMLButtonElement>('play'),
    step: $<HTMLButtonElement>('step'),
    reset: $<HTMLButtonElement>('reset'),
    backend: $<HTMLSelectElement>('backend'),
    backendLabel: $('backend-label'),
    speed: $('speed'),
    status: $('status'),
    summary: $('summary'),
    alert: $('alert'),
    alertText: $('alert-text'),
    notes: $('notes'),
    link: $<HTMLAnchorElement>('link'),
    runText: $('run-text'),
  };
  // French spacing for what the demo writes while it runs (the summary, the readings, captions),
  // as the build does for the page's own text: a line never starts with ":" or "»". Only the
  // text nodes that changed are read; the rule leaves its own output as it is, so writing a
  // node once does not wake the observer again.
  const spacer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') spaceText(record.target);
      else for (const node of record.addedNodes) spaceText(node);
    }
  });
  spacer.observe(root, { subtree: true, childList: true, characterData: true });
  if (parsed.notes.length) {
    ui.notes.hidden = false;
    ui.notes.textContent = `Certaines valeurs du lien ont été corrigées : ${parsed.notes.join(' ; ')}.`;
  }

  let playing = false;
  /** Inside runSteps (a batch of steps, drawn between chunks). */
  let batching = false;
  let diverged = false;
  let disposed = false;
  let instance: DemoInstance;

  // The time the steps themselves take (not the drawing), since the last backend switch or
  // restart: what lets a reader see the effect of CPU versus WebGL.
  const timing = { ms: 0, steps: 0 };
  const resetTiming = () => {
    timing.ms = 0;
    timing.steps = 0;
    ui.speed.hidden = true;
  };
  const showSpeed = () => {
    // Below 10 steps the figure is mostly noise (and the first WebGL steps compile shaders).
    if (timing.steps < 10 || timing.ms <= 0) return;
    ui.speed.hidden = false;
    const perSecond = Math.round((timing.steps / timing.ms) * 1000).toLocaleString('fr-FR');
    ui.speed.textContent = `Vitesse mesurée : ${perSecond} pas par seconde sur les ${timing.steps.toLocaleString('fr-FR')} derniers pas (calcul seul, sans le dessin).`;
  };
  const showBackend = (b: BackendName, message?: string) => {
    ui.backend.value = b;
    ui.backendLabel.textContent = `Calcul sur ${backendLabels[b]}${message ? `. ${message}` : ''}`;
    resetTiming();
  };
  {
    const { backend, message } = await useBackend(run.be);
    run.be = backend;
    showBackend(backend, message);
  }

  const writeState = () => {
    const h = serializeState(spec, state);
    const page = options.embedded ? (root.dataset.href ?? '') : location.pathname + location.search;
    ui.link.href = h ? `${page}#${h}` : page;
    if (!options.embedded && !playing)
      history.replaceState(history.state, '', h ? `#${h}` : location.pathname + location.search);
    // The address of this state, for whoever builds a link or an embed code from the page
    // (the Moodle panel): on the root as data-state-url, and as an event when it changes.
    const url = new URL(ui.link.getAttribute('href') ?? '', location.href).href;
    if (root.dataset.stateUrl !== url) {
      root.dataset.stateUrl = url;
      root.dispatchEvent(new CustomEvent('atlas:state-url', { bubbles: true, detail: { url } }));
    }
  };
  const publish = () => {
    root.dataset.state = JSON.stringify({
      ready: true,
      step: run.k,
      playing,
      diverged,
      backend: run.be,
      numTensors: tf.memory().numTensors,
      state: Object.fromEntries(Object.entries(state).filter(([key]) => key !== 'k' && key !== 'be')),
      ...instance.snapshot(),
    });
  };
  const speak = () => {
    ui.summary.textContent = diverged
      ? `${instance.summary()} Le calcul a divergé : réinitialisez ou réduisez le pas.`
      : instance.summary();
  };
  /** What is happening, in a word the reader sees beside the buttons (and `data-run` for the styles). */
  const showRun = () => {
    const finished = run.k >= def.maxSteps || (run.k > 0 && instance.done?.() === true);
    const [key, text] = diverged
      ? ['diverged', 'divergé']
      : playing
        ? ['playing', 'en cours']
        : finished
          ? ['done', 'terminé']
          : run.k === 0
            ? ['ready', 'prête']
            : ['paused', 'en pause'];
    root.dataset.run = key;
    ui.runText.textContent = text;
  };
  const syncButtons = () => {
    showRun();
    ui.play.textContent = playing ? 'Pause' : 'Lecture';
    ui.play.setAttribute('aria-pressed', String(playing));
    ui.play.disabled = diverged;
    ui.step.disabled = diverged || playing;
  };
  const stopForDivergence = () => {
    diverged = true;
    playing = false;
    ui.alert.hidden = false;
    ui.alertText.textContent =
      instance.divergence?.() ??
      'Le calcul a divergé : les valeurs sont devenues infinies (NaN). Le pas est sans doute trop grand.';
  };

  /** One guarded step: false when the run must stop. */
  const stepOnce = (): boolean => {
    if (diverged || run.k >= def.maxSteps) return false;
    const started = performance.now();
    const ok = instance.step();
    timing.ms += performance.now() - started;
    timing.steps++;
    run.k++;
    if (ok === false || findDivergence(instance.snapshot())) {
      stopForDivergence();
      return false;
    }
    return true;
  };

  /**
   * Runs up to n steps in chunks of at most chunkMs, yielding to the browser after every
   * chunk, the last one included: the caller's settle() (a drawing, the summary) then runs
   * in a task of its own instead of stretching the last chunk past 50 ms. The intermediate
   * chunks are drawn (in their own task) when `draw`; the last is left to settle().
   */
  const runSteps = async (n: number, draw: boolean, untilDone = false) => {
    let left = n;
    batching = true;
    while (left > 0 && !disposed) {
      const started = performance.now();
      while (left > 0 && performance.now() - started < chunkMs) {
        left--;
        if (!stepOnce() || (untilDone && instance.done?.())) left = 0;
      }
      await yieldToBrowser();
      // A drawing in a task of its own too: steps and drawing together could pass 50 ms.
      if (draw && left > 0 && !disposed) {
        instance.draw();
        await yieldToBrowser();
      }
    }
    batching = false;
  };

  const settle = () => {
    if (disposed) return;
    instance.draw();
    syncButtons();
    writeState();
    speak();
    showSpeed();
    publish();
  };

  const ctx: DemoContext<S> = {
    root,
    tf,
    state: state as unknown as StateOf<S>,
    get stepCount() {
      return run.k;
    },
    get animating() {
      return playing || batching;
    },
    update(patch, opts = {}) {
      Object.assign(state, patch);
      if (opts.restart) restart();
      else settle();
    },
    step() {
      if (playing) return false;
      const ok = stepOnce();
      settle();
      return ok;
    },
    $,
    on: on as DemoContext<S>['on'],
    reducedMotion,
  };

  const backToStart = () => {
    playing = false;
    diverged = false;
    ui.alert.hidden = true;
    run.k = 0;
    resetTiming();
    instance.reset();
  };
  const restart = () => {
    backToStart();
    settle();
  };

  let speedShownAt = 0;
  const play = async () => {
    if (def.replay && instance.done?.()) restart();
    playing = true;
    syncButtons();
    publish();
    while (playing && !disposed && !diverged && run.k < def.maxSteps && !instance.done?.()) {
      if (reducedMotion) {
        // No animation: the result appears at once (in chunks, so the page stays responsive).
        await runSteps(def.maxSteps - run.k, false, true);
        break;
      }
      const started = performance.now();
      const perFrame = instance.stepsPerFrame?.() ?? def.stepsPerFrame ?? 1;
      for (let i = 0; i < perFrame && performance.now() - started < chunkMs; i++) if (!stepOnce()) break;
      // The drawing in a task of its own: steps and drawing together could pass 50 ms.
      await yieldToBrowser();
      if (disposed) break;
      instance.draw();
      // The speed, twice a second rather than at every frame (the text would flicker).
      if (started - speedShownAt > 500) {
        showSpeed();
        speedShownAt = started;
      }
      publish();
      if (def.playIntervalMs) await new Promise((resolve) => setTimeout(resolve, def.playIntervalMs));
      await nextFrame();
      const wait = instance.frameMs?.() ?? def.frameMs ?? 0;
      if (wait > 0) await new Promise<void>((resolve) => setTimeout(resolve, wait));
    }
    playing = false;
    settle();
  };

  instance = def.create(ctx);
  // The model built, the page gets its turn before the first frame is drawn: together they were
  // one task of 60-230 ms when the demo appeared (the heaviest, the MLP's).
  await yieldToBrowser();
  on(ui.play, 'click', () => {
    if (playing) playing = false;
    else void play();
  });
  on(ui.step, 'click', () => {
    stepOnce();
    settle();
  });
  // The button yields between the model's reset and the redraw, as playing does between steps and
  // drawing: together they took 17-31 ms of CPU on the heavier demos (bench:demos, reset_cpu_longest_ms).
  on(ui.reset, 'click', async () => {
    backToStart();
    syncButtons();
    await yieldToBrowser();
    settle();
  });
  on(ui.backend, 'change', async () => {
    playing = false;
    const { backend, message } = await useBackend(ui.backend.value === 'webgl' ? 'webgl' : 'cpu');
    run.be = backend;
    showBackend(backend, message);
    settle();
  });
  // Another demo of the page switched the (page-wide) backend.
  on(document, backendEvent, () => {
    const b = currentBackend();
    if (b !== run.be) {
      run.be = b;
      showBackend(b);
      settle();
    }
  });
  // A link to another state of this demo followed on its own page: same document, new hash.
  if (!options.embedded) {
    on(window, 'hashchange', async () => {
      if (!location.hash.includes('=')) return;
      const next = parseState(spec, location.hash);
      const steps = next.state.k;
      Object.assign(state, next.state, { be: run.be });
      ui.notes.hidden = next.notes.length === 0;
      ui.notes.textContent = next.notes.length
        ? `Certaines valeurs du lien ont été corrigées : ${next.notes.join(' ; ')}.`
        : '';
      restart();
      // An "Essayez" link under the demo: bring the demo back into view to show the new state.
      const box = root.getBoundingClientRect();
      if (box.top < 0 || box.top > innerHeight * 0.5)
        root.scrollIntoView({ block: 'start', behavior: reducedMotion ? 'auto' : 'smooth' });
      await runSteps(steps, false);
      settle();
    });
  }
  const themeObserver = new MutationObserver(() => instance.draw());
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  let lastWidth = root.clientWidth;
  const resizeObserver = new ResizeObserver(() => {
    if (root.clientWidth !== lastWidth) {
      lastWidth = root.clientWidth;
      instance.draw();
    }
  });
  resizeObserver.observe(root);

  for (const b of [ui.play, ui.step, ui.reset, ui.backend]) b.disabled = false;
  root
    .querySelectorAll<HTMLInputElement | HTMLButtonElement | HTMLSelectElement>('[data-enable]')
    .forEach((el) => (el.disabled = false));
  ui.status.textContent = reducedMotion
    ? 'Prête. Mouvement réduit : la lecture affiche directement le résultat.'
    : 'Prête.';
  root.classList.add('is-ready');
  // A shared link may ask for the state after k steps: replay them (deterministic).
  await runSteps(wantedSteps, false);
  settle();

  return {
    async steps(n: number) {
      await runSteps(n, true);
      settle();
    },
    dispose() {
      disposed = true;
      playing = false;
      aborter.abort();
      themeObserver.disconnect();
      resizeObserver.disconnect();
      spacer.disconnect();
      instance.dispose();
      root.classList.remove('is-ready');
      // Read by the disposal test: every tensor of this demo is gone.
      root.dataset.state = JSON.stringify({
        ready: false,
        disposed: true,
        numTensors: tf.memory().numTensors,
        tensorsBeforeMount,
      });
    },
  };
}
