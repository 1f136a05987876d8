import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionTable as table, type CollectionName } from './lib/collections';
import { checkContent } from './lib/content-check';
import { contentRoot } from './lib/content-root';
import { assertIntegrity } from './lib/integrity';

// Every content problem of the build at once, each naming its file and field, before the loaders
// run: Astro's content sync stops at the first entry a schema refuses.
const check = checkContent(contentRoot);
assertIntegrity(check.problems);
if (check.mentions?.length) {
  console.info(
    `[atlas] ${check.mentions.length} unlinked mention(s) of glossary terms in ${new Set(check.mentions.map((m) => m.filePath)).size} file(s): npm run report:mentions lists them.`,
  );
}

const loader = (name: CollectionName) => glob({ base: `${contentRoot}/${name}`, pattern: table[name].pattern });

// Each schema written out by name, not looked up from a name: TypeScript then keeps each
// collection's own entry type instead of the union of all ten.
export const collections = {
  programmes: defineCollection({ loader: loader('programmes'), schema: table.programmes.schema }),
  courses: defineCollection({ loader: loader('courses'), schema: table.courses.schema }),
  glossary: defineCollection({ loader: loader('glossary'), schema: table.glossary.schema }),
  formulas: defineCollection({ loader: loader('formulas'), schema: table.formulas.schema }),
  faq: defineCollection({ loader: loader('faq'), schema: table.faq.schema }),
  resources: defineCollection({ loader: loader('resources'), schema: table.resources.schema }),
  careers: defineCollection({ loader: loader('careers'), schema: table.careers.schema }),
  hardware: defineCollection({ loader: loader('hardware'), schema: table.hardware.schema }),
  guides: defineCollection({ loader: loader('guides'), schema: table.guides.schema }),
  demos: defineCollection({ loader: loader('demos'), schema: table.demos.schema }),
};
