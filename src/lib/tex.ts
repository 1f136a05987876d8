/**
 * TeX rendering shared by the Markdown pipeline and the data collections:
 * one set of KaTeX options, so that a formula renders the same everywhere.
 */
import katex from 'katex';

export const katexOptions = {
  throwOnError: true,
  output: 'htmlAndMathml',
  strict: 'error',
} as const satisfies katex.KatexOptions;

/** Renders TeX to HTML+MathML; throws KaTeX's ParseError on malformed input. */
export function renderTex(tex: string, displayMode = true): string {
  return katex.renderToString(tex, { ...katexOptions, displayMode });
}

/** Returns KaTeX's error message for malformed TeX, or `undefined` when it parses. */
export function texError(tex: string): string | undefined {
  try {
    renderTex(tex);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
