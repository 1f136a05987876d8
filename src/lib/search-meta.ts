/**
 * Words a page is found by without showing them (aliases, French names, keywords,
 * glossary synonyms) go in Pagefind metadata: `data-pagefind-meta="key:value"` is
 * searched, but never quoted in a result's excerpt, unlike hidden text. Pagefind
 * splits an attribute's fields at commas, so values carry none.
 */

/** The attribute value for `key` listing `values` ("alias:ACP · analyse en composantes principales"). */
export function metaAttribute(key: string, values: string[]): string {
  return `${key}:${values.map((v) => v.replace(/,/g, ' ')).join(' · ')}`;
}

/** The value part of such an attribute ("ACP · analyse en composantes principales"). */
export function metaValue(attribute: string): string {
  return attribute.slice(attribute.indexOf(':') + 1);
}
