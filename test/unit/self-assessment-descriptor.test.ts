import { describe, expect, it } from 'vitest';
import { selfAssessmentTool } from '../../src/domain/self-assessment/descriptor';
import { emptySelfAssessment } from '../../src/domain/self-assessment/model';
import { setAnswer, start } from '../../src/domain/self-assessment/edit';
import { descriptorOf } from '../../src/domain/registry';
import { toolStringKeys } from '../../src/islands/lib/tool-strings';
import { summaryText } from '../../src/islands/lib/summary-text';
import { DICTIONARIES } from '../../src/i18n';
import { en, type UIKey } from '../../src/i18n/ui/en';
import { QUESTIONNAIRE_KEYS } from '../../src/islands/questionnaire/Questionnaire';
import { RADAR_KEYS } from '../../src/islands/shared/RadarChart';

const say = (locale: keyof typeof DICTIONARIES, tag: string, data = selfAssessmentTool.sample()) =>
  summaryText(selfAssessmentTool.summary(data), DICTIONARIES[locale] as Record<string, string>, tag);

describe('the self-assessment in the registry', () => {
  it('is registered under its id, at its route', () => {
    expect(descriptorOf('self-assessment')).toBe(selfAssessmentTool);
    expect(selfAssessmentTool.route).toBe('tools/self-assessment/');
  });

  it('tells My workbook how many statements this browser answered and how many people are in the round', () => {
    expect(say('en', 'en')).toBe('3 statements answered, 2 respondents');
    expect(say('fa', 'fa')).toBe('۳ گزاره پاسخ داده شده، ۲ پاسخ‌دهنده');
    expect(say('zh', 'zh-CN')).toBe('已回答 3 条陈述，2 位答卷人');
  });

  it('counts a fresh start as nothing answered by one respondent', () => {
    const data = start(emptySelfAssessment(), { company: 'Acme', name: 'Ana', role: '' }, { bank: 1, day: '2026-11-20' });
    expect(say('en', 'en', data)).toBe('0 statements answered, 1 respondent');
    expect(say('en', 'en', setAnswer(data, 'strategy-corporate-1', 'na', '2026-11-20'))).toBe('1 statement answered, 1 respondent');
    expect(say('en', 'en', emptySelfAssessment())).toBe('0 statements answered, 0 respondents');
  });

  it('ships its page every string its island and the shared parts use', () => {
    const keys = toolStringKeys(selfAssessmentTool, Object.keys(en) as UIKey[]);
    for (const key of [...QUESTIONNAIRE_KEYS, ...RADAR_KEYS, 'sa.tooFew', 'tool.self-assessment.name', 'io.export']) expect(keys).toContain(key);
    expect(keys.some((key) => key.startsWith('kaism.'))).toBe(false);
  });
});
