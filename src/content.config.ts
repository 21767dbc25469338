import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema, faqSchema, glossarySchema } from './lib/content-schemas';

// Content lives in the top-level content/ folder, one sub-folder per locale; ids look like `en/preparation`.
export const collections = {
  guides: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: './content/guides' }),
    schema: guideSchema,
  }),
  faq: defineCollection({
    loader: glob({ pattern: '*/*.md', base: './content/faq' }),
    schema: faqSchema,
  }),
  glossary: defineCollection({
    loader: glob({ pattern: '*/*.md', base: './content/glossary' }),
    schema: glossarySchema,
  }),
};
