/**
 * The table of collections: folder, file pattern and schema. `src/content.config.ts`
 * turns it into Astro collections; the unit tests read the same table to validate
 * `content/` without a build.
 */
import { careerSchema } from '../schemas/careers';
import { courseSchema } from '../schemas/courses';
import { demoSchema } from '../schemas/demos';
import { faqSchema } from '../schemas/faq';
import { formulaSchema } from '../schemas/formulas';
import { glossarySchema } from '../schemas/glossary';
import { guideSchema } from '../schemas/guides';
import { hardwareSchema } from '../schemas/hardware';
import { programmeSchema } from '../schemas/programmes';
import { resourceGroupSchema } from '../schemas/resources';

export const collectionTable = {
  programmes: { pattern: '*.md', schema: programmeSchema },
  courses: { pattern: '*.md', schema: courseSchema },
  glossary: { pattern: '*.md', schema: glossarySchema },
  formulas: { pattern: '*.md', schema: formulaSchema },
  faq: { pattern: '*.md', schema: faqSchema },
  resources: { pattern: '*.yaml', schema: resourceGroupSchema },
  careers: { pattern: '*.yaml', schema: careerSchema },
  hardware: { pattern: '*.yaml', schema: hardwareSchema },
  guides: { pattern: '*.mdx', schema: guideSchema },
  demos: { pattern: '*.mdx', schema: demoSchema },
} as const;
export type { CollectionName } from './collection-patterns';
