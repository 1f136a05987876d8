/**
 * Reads and checks `content/redirects.yaml` (schema: src/schemas/redirects.ts).
 * Errors name the file, the entry and the field. Runs in astro.config.ts (to
 * keep redirect pages out of the sitemap), in the redirect route and in tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { redirectsSchema, type Redirect } from '../schemas/redirects.ts';

export function readRedirects(root: string): Redirect[] {
  const file = join(root, 'redirects.yaml');
  if (!existsSync(file)) return [];
  let raw: unknown;
  try {
    raw = loadYaml(readFileSync(file, 'utf8')) ?? [];
  } catch (e) {
    throw new Error(`${file}: invalid YAML: ${(e as Error).message}`);
  }
  const result = redirectsSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => {
      const [index, field] = i.path;
      return typeof index === 'number'
        ? `entry ${index + 1}${field ? `, field "${String(field)}"` : ''}: ${i.message}`
        : i.message;
    });
    throw new Error(`${file}: ${problems.join('; ')}`);
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  const froms = new Set(result.data.map((r) => r.from));
  result.data.forEach((r, i) => {
    if (seen.has(r.from)) problems.push(`entry ${i + 1}, field "from": "${r.from}" is listed twice`);
    seen.add(r.from);
    const target = r.to.replace(/#.*$/, '');
    if (target === r.from) problems.push(`entry ${i + 1}, field "to": redirects "${r.from}" to itself`);
    if (froms.has(target))
      problems.push(`entry ${i + 1}, field "to": "${r.to}" is itself redirected; point at the final page`);
  });
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return result.data;
}
