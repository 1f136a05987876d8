/**
 * The one place text is escaped for HTML.
 *
 * HTML escaping for the markup the site writes by hand (reference cards, exports, the pack's
 * fallback search, revision cards). Astro escapes what its templates interpolate; this is for the rest.
 * Quotes are escaped too, so the result is safe in a double-quoted attribute as well as in text.
 */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The least escaping that keeps a value inside a double-quoted attribute: for the post-build
 * steps, which write attributes back into pages they leave otherwise as they were.
 */
export const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The least escaping that keeps text as text in element content. */
export const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
