/**
 * What every post-build step is given: built once per build by the integration
 * (src/integration/index.ts) from Astro's own settings, or by contextFor() when a
 * test or a benchmark runs a step on its own.
 */
import { resolve } from 'node:path';
import { config, normaliseBase } from '../lib/config.ts';
import { htmlFiles } from '../lib/files.ts';

export interface StepLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface BuildContext {
  /** The built site, absolute. */
  outDir: string;
  /** The base path, with leading and trailing slash ("/", "/atlas-ml/"). */
  base: string;
  /** The public origin ("https://univ.example.fr"), no trailing slash. */
  site: string;
  /** The content folder the site was built from. */
  contentDir: string;
  /** HTML files of the built site, relative to outDir ("glossaire/overfitting/index.html"), sorted. */
  pages: string[];
  logger: StepLogger;
}

/** Prints to the console, as the standalone scripts always did. */
export const consoleLogger: StepLogger = {
  info: (m) => console.log(m),
  warn: (m) => console.warn(m),
  error: (m) => console.error(m),
};

/** A context for running steps outside a build; unset fields come from src/lib/config.ts. */
export function contextFor(options: Partial<Omit<BuildContext, 'pages'>> = {}): BuildContext {
  const outDir = resolve(options.outDir ?? config.outDir);
  return {
    outDir,
    base: normaliseBase(options.base ?? config.base),
    site: (options.site ?? config.site).replace(/\/+$/, ''),
    contentDir: options.contentDir ?? config.contentDir,
    pages: htmlFiles(outDir, { skip: (d) => d === 'pagefind' }),
    logger: options.logger ?? consoleLogger,
  };
}
