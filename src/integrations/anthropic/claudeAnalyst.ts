import { z } from 'zod';
import type { PostingText } from '../../domain/analysis/analyzePosting.js';
import type { PostingAnalyst } from '../../domain/analysis/postingAnalyst.js';
import { SENIORITIES } from '../../domain/analysis/seniority.js';
import { SKILL_CATEGORIES } from '../../domain/analysis/taxonomy.js';
import type { ParsedPosting } from '../../domain/intake/posting.js';
import { WORK_MODES } from '../../models/jobs.js';
import type { ClaudeTool, ClaudeTools } from './claudeTools.js';

// Postings are long; the start says what matters and keeps each call cheap.
const MAX_INPUT_CHARS = 12_000;

const analysisSchema = z.object({
  skills: z.array(z.object({ name: z.string().min(1).max(60), category: z.enum(SKILL_CATEGORIES), required: z.boolean() })).max(60),
  seniority: z.enum(SENIORITIES).nullable(),
  workMode: z.enum(WORK_MODES).nullable(),
  yearsExperience: z.number().int().min(0).max(40).nullable(),
  salaryMin: z.number().int().min(0).nullable(),
  salaryMax: z.number().int().min(0).nullable(),
  salaryCurrency: z.string().regex(/^[A-Z]{3}$/).nullable(),
});

const extractionSchema = z.object({
  isJobPosting: z.boolean(),
  title: z.string().min(1).max(200).nullable(),
  company: z.string().min(1).max(200).nullable(),
  location: z.string().max(200).nullable(),
  description: z.string().max(20_000).nullable(),
});

const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }] });

const ANALYSIS_TOOL = {
  name: 'record_job_analysis',
  description: 'Record the structured analysis of one job posting.',
  input_schema: {
    type: 'object' as const,
    properties: {
      skills: {
        type: 'array',
        items: {
          type: 'object',
          properties: { name: { type: 'string' }, category: { type: 'string', enum: [...SKILL_CATEGORIES] }, required: { type: 'boolean', description: 'false when the posting lists it as nice to have' } },
          required: ['name', 'category', 'required'],
        },
      },
      seniority: nullable({ type: 'string', enum: [...SENIORITIES] }),
      workMode: nullable({ type: 'string', enum: [...WORK_MODES] }),
      yearsExperience: nullable({ type: 'integer' }),
      salaryMin: nullable({ type: 'integer', description: 'yearly' }),
      salaryMax: nullable({ type: 'integer', description: 'yearly' }),
      salaryCurrency: nullable({ type: 'string', description: 'ISO 4217 code' }),
    },
    required: ['skills', 'seniority', 'workMode', 'yearsExperience', 'salaryMin', 'salaryMax', 'salaryCurrency'],
  },
};

const EXTRACTION_TOOL = {
  name: 'record_job_posting',
  description: 'Record the job posting found in a web page, or say there is none.',
  input_schema: {
    type: 'object' as const,
    properties: {
      isJobPosting: { type: 'boolean' },
      title: nullable({ type: 'string' }),
      company: nullable({ type: 'string' }),
      location: nullable({ type: 'string' }),
      description: nullable({ type: 'string', description: 'the posting text, without navigation or footer' }),
    },
    required: ['isJobPosting', 'title', 'company', 'location', 'description'],
  },
};

/** Claude as a posting analyst: tool use forces a structured answer, and zod checks it before it is used. */
export class ClaudeAnalyst implements PostingAnalyst {
  constructor(private readonly claude: ClaudeTools) {}

  private callTool(tool: ClaudeTool, prompt: string): Promise<unknown> {
    return this.claude.call(tool, prompt);
  }

  async analyze(posting: PostingText) {
    const prompt = `Analyse this job posting. Skills: canonical names (e.g. "Kubernetes" for k8s). Salary: yearly amounts.\n\nTitle: ${posting.title}\nLocation: ${posting.location ?? 'not given'}\n\n${(posting.description ?? '').slice(0, MAX_INPUT_CHARS)}`;
    return analysisSchema.parse(await this.callTool(ANALYSIS_TOOL, prompt));
  }

  async extract(pageText: string, url: string): Promise<ParsedPosting | null> {
    const found = extractionSchema.parse(await this.callTool(EXTRACTION_TOOL, `Find the job posting in this page from ${url}.\n\n${pageText.slice(0, MAX_INPUT_CHARS)}`));
    if (!found.isJobPosting || !found.title || !found.company) return null;
    return {
      title: found.title,
      company: found.company,
      location: found.location,
      workMode: null,
      salaryMin: null,
      salaryMax: null,
      salaryCurrency: null,
      description: found.description,
      source: 'claude',
      externalId: null,
    };
  }
}
