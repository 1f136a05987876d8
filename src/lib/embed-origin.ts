// Kept apart from moodle-links.ts: embed mode loads this alone, without the panel's code.

/**
 * The origin an embedded page may post its height to: its parent's, from
 * location.ancestorOrigins (Chromium, Safari), else from document.referrer (the
 * parent's address or origin under the default referrer policy), else the
 * configured Moodle origin. Never "*": undefined means do not post.
 */
export function parentOrigin(
  ancestorOrigins: ArrayLike<string> | undefined,
  referrer: string,
  configured: string | undefined,
): string | undefined {
  const origin = (s: string | undefined) => {
    if (!s) return undefined;
    try {
      const o = new URL(s).origin;
      return /^https?:\/\//.test(o) ? o : undefined;
    } catch {
      return undefined;
    }
  };
  return origin(ancestorOrigins?.[0]) ?? origin(referrer) ?? origin(configured);
}
