/**
 * rehype-katex reports malformed TeX as a warning and renders it in red.
 * This plugin, placed right after it, turns that warning into a build failure
 * that names the file, the line and the formula.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';

export default function rehypeKatexStrict() {
  return (_tree: Root, file: VFile) => {
    const failures = file.messages.filter((m) => m.source === 'rehype-katex');
    if (failures.length === 0) return;
    const where = file.path ?? '(unknown file)';
    const lines = failures.map((m) => {
      const line =
        m.place && 'line' in m.place ? m.place.line : m.place && 'start' in m.place ? m.place.start.line : '?';
      const cause = m.cause instanceof Error ? m.cause.message : String(m.cause ?? m.reason);
      return `${where} (line ${line} of the Markdown body): malformed TeX: ${cause}`;
    });
    throw new Error(`KaTeX could not render math:\n  ${lines.join('\n  ')}`);
  };
}
