import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionTable, type CollectionName } from './lib/collections';
import { contentRoot } from './lib/content-root';

const define = (name: CollectionName) =>
  defineCollection({
    loader: glob({ base: `${contentRoot}/${name}`, pattern: collectionTable[name].pattern }),
    schema: collectionTable[name].schema,
  });

export const collections = {
  programmes: define('programmes'),
  courses: define('courses'),
  glossary: define('glossary'),
  formulas: define('formulas'),
  faq: define('faq'),
  resources: define('resources'),
  careers: define('careers'),
  hardware: define('hardware'),
  guides: define('guides'),
  demos: define('demos'),
};
