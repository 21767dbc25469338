import { z } from 'astro/zod';
import { SOURCE_FILES, GUIDE_TOPICS, FAQ_TOPICS } from '../site';
import { TOOL_IDS } from '../tool-list';

/** Kebab-case ids: they become URL segments and fragments, so they must stay stable and plain. */
const slugId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case kebab-case, e.g. "data-migration"');

export const guideSchema = z.object({
  title: z.string().min(4).max(90),
  description: z.string().min(20).max(200),
  updated: z.coerce.date(),
  topics: z.array(z.enum(GUIDE_TOPICS)).min(1),
  sources: z.array(z.enum(SOURCE_FILES)).min(1),
  relatedTools: z.array(z.enum(TOOL_IDS)).min(1),
  order: z.number().int().min(1),
  takeaways: z.array(z.string().min(4)).min(3).max(5),
});

export const faqSchema = z.object({
  id: slugId,
  question: z.string().min(4).max(160),
  topic: z.enum(FAQ_TOPICS),
  guide: slugId,
  order: z.number().int().min(0).default(0),
});

export const glossarySchema = z.object({
  term: z.string().min(1).max(80),
  definition: z.string().min(8).max(400),
  guide: slugId.optional(),
});

export type GuideData = z.infer<typeof guideSchema>;
export type FaqData = z.infer<typeof faqSchema>;
export type GlossaryData = z.infer<typeof glossarySchema>;
