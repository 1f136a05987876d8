/**
 * Ends the current task and continues in a new one, so input and rendering get their turn.
 * scheduler.yield() where there is one (Chromium), else a message: both skip the 4 ms that
 * nested setTimeout(0) calls are clamped to, which would halve the steps per second.
 * Used by the runtime between chunks of steps, and by the element while TF.js loads.
 */
export const yieldToBrowser = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
};
