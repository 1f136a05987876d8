/**
 * TF.js for the demos: tfjs-core with the CPU backend, gradients and chained ops
 * (`x.square()`) registered. The WebGL backend is imported only when a reader asks
 * for it, so that the CPU path never downloads it. This module is heavy: import it
 * only from a demo's run.ts, which the page loads when the demo becomes visible.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';

export { tf };
export type BackendName = 'cpu' | 'webgl';
export const backendLabels: Record<BackendName, string> = { cpu: 'CPU (processeur)', webgl: 'WebGL (carte graphique)' };

/** Tells every demo of the page that the backend changed (TF.js has one backend per page). */
export const backendEvent = 'atlas-demo-backend';

let webglLoaded: Promise<boolean> | undefined;

function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/**
 * Switches the page's TF.js backend. Returns the backend that runs and, when the
 * wish could not be granted, a French message saying why (never an error).
 */
export async function useBackend(wanted: BackendName): Promise<{ backend: BackendName; message?: string }> {
  if (wanted === 'webgl') {
    webglLoaded ??= webglAvailable()
      ? import('@tensorflow/tfjs-backend-webgl').then(
          () => true,
          () => false,
        )
      : Promise.resolve(false);
    if ((await webglLoaded) && (await tf.setBackend('webgl').catch(() => false))) {
      await tf.ready();
      return announce('webgl');
    }
    await tf.setBackend('cpu');
    return announce('cpu', 'WebGL n’est pas disponible dans ce navigateur : la démo tourne sur le processeur (CPU).');
  }
  if (tf.getBackend() !== 'cpu') await tf.setBackend('cpu');
  await tf.ready();
  return announce('cpu');
}

function announce(backend: BackendName, message?: string) {
  document.dispatchEvent(new CustomEvent(backendEvent, { detail: { backend } }));
  return { backend, message };
}

/** The backend that currently runs (TF.js may have chosen it before any demo asked). */
export const currentBackend = (): BackendName => (tf.getBackend() === 'webgl' ? 'webgl' : 'cpu');
