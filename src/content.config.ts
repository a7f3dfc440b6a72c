import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { readdir, readFile } from 'node:fs/promises';
import { load as parseYaml } from 'js-yaml';
import { LOCALES } from './i18n/locales';
import { MODULE_SLUGS, TOOL_IDS } from './domain/tools';
import { CAPSTONE_PARTS, type CapstonePart } from './domain/capstone';
import { parseInstrument, type Instrument } from './domain/questionnaire/instrument';

const text = z.string().trim().min(1);

const quizOption = z.object({
  text,
  correct: z.boolean(),
  feedback: text,
});

// objective: zero-based index into the module's objectives; kind: scenario (apply an idea to a
// described situation) or recall. test/unit/quiz-quality.test.ts checks coverage and balance.
const quizQuestion = z
  .object({
    question: text,
    objective: z.number().int().min(0),
    kind: z.enum(['scenario', 'recall']),
    options: z.array(quizOption).min(2).max(5),
  })
  .refine((question) => question.options.filter((option) => option.correct).length === 1, {
    message: 'each quiz question needs exactly one option with correct: true',
  });

// The running case (a packaging supplier and a regional supermarket chain): every module ends
// with a task on it, done in a tool where one fits, with a model answer and the criteria a
// learner judges their own answer by. Module 10 adds the capstone: a one-page KAM plan.
const caseTask = z.object({
  task: text,
  tool: z.enum(TOOL_IDS).optional(),
  modelAnswer: z.array(text).min(1).max(6),
  criteria: z.array(text).min(3).max(6),
});

const capstone = z.object({
  brief: text,
  plan: z.object(Object.fromEntries(CAPSTONE_PARTS.map((part) => [part, text])) as Record<CapstonePart, typeof text>),
});

export const moduleSchema = z.object({
  title: text,
  summary: text,
  order: z.number().int().min(1).max(MODULE_SLUGS.length),
  objectives: z.array(text).min(2).max(6),
  tools: z.array(z.enum(TOOL_IDS)).default([]),
  takeaways: z.array(text).min(2).max(8),
  quiz: z.array(quizQuestion).min(3).max(5),
  case: caseTask,
  capstone: capstone.optional(),
});

export const glossaryTermSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  term: text,
  definition: text,
  modules: z.array(z.enum(MODULE_SLUGS)).min(1),
  // The term base's link to the UI: UI keys that name this term (or, for a KAISM strategy or
  // basis, something its definition states), each with the wording both must share.
  // test/unit/terms.test.ts holds the UI to it.
  ui: z.record(z.string().regex(/^[a-z][a-z0-9.-]*$/), text).optional(),
});

const modules = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/modules' }),
  schema: moduleSchema,
});

/** One YAML file per locale, each a list of terms; entries get the id "<locale>/<term id>". */
const glossary = defineCollection({
  loader: {
    name: 'glossary-per-locale',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const locale of LOCALES) {
        const path = `./content/glossary/${locale}.yaml`;
        const terms = parseYaml(await readFile(path, 'utf8'));
        if (!Array.isArray(terms)) throw new Error(`${path} must be a list of terms`);
        for (const term of terms) {
          const id = `${locale}/${String(term?.id)}`;
          store.set({ id, data: await parseData({ id, data: { ...term, locale } }) });
        }
      }
    },
  },
  schema: glossaryTermSchema.extend({ locale: z.enum(LOCALES) }),
});

/**
 * Question banks of the questionnaire tools, one YAML file per tool named by its id. The loader
 * validates with the bank's own schema (src/domain/questionnaire/instrument.ts), so a bad file
 * fails the build with the file and the path of its first problem.
 */
const instruments = defineCollection({
  loader: {
    name: 'instruments',
    load: async ({ store, parseData }) => {
      store.clear();
      const base = './content/instruments';
      const files = (await readdir(base).catch(() => [] as string[])).filter((file) => file.endsWith('.yaml')).sort();
      for (const file of files) {
        const path = `${base}/${file}`;
        let data: Instrument;
        try {
          data = parseInstrument(parseYaml(await readFile(path, 'utf8')));
        } catch (error) {
          throw new Error(`${path}: ${(error as Error).message}`);
        }
        if (`${data.id}.yaml` !== file) throw new Error(`${path}: the file must be named after its id, ${data.id}.yaml`);
        store.set({ id: data.id, data: await parseData({ id: data.id, data }) });
      }
    },
  },
  schema: z.custom<Instrument>((value) => typeof value === 'object' && value !== null),
});

export const collections = { modules, glossary, instruments };
