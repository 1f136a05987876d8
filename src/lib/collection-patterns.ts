/** File patterns of the collections, apart from their schemas so that Node scripts can read content without Astro. */
export const collectionPatterns = {
  programmes: '*.md',
  courses: '*.md',
  glossary: '*.md',
  formulas: '*.md',
  faq: '*.md',
  resources: '*.yaml',
  careers: '*.yaml',
  hardware: '*.yaml',
  guides: '*.mdx',
  demos: '*.mdx',
} as const;
export type CollectionName = keyof typeof collectionPatterns;
