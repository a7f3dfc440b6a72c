import { CAPSTONE_PARTS } from '../../domain/capstone';
import type { CapstonePlanData } from '../../domain/capstone-plan';
import type { CourseRecord } from '../../domain/course-record';
import { formatDate } from '../../domain/format';
import type { CourseKit } from './course-kit';
import { CourseTable } from './CourseTable';

/**
 * The printed course summary: only on paper, and only once every quiz is passed. It says plainly
 * that it is the browser's own record of the learner's work, not a certificate.
 */
export function CourseSummary({ record, plan, kit }: { record: CourseRecord; plan: CapstonePlanData; kit: CourseKit }) {
  const { t } = kit;
  const learner = plan.learner.trim();
  return (
    <article class="print-only course-summary" aria-labelledby="summary-title">
      <header class="report-heading">
        <p class="report-kind">{t('workbook.print.kind')}</p>
        <h2 id="summary-title" class="report-name">
          {t('workbook.print.title')}
        </h2>
        {learner && <p>{t('workbook.print.learner', { name: learner })}</p>}
        <p>{t('workbook.print.date', { date: formatDate(kit.localeTag, new Date().toISOString()) })}</p>
      </header>
      {/* First, so it is read before the results and never ends up alone on a last page. */}
      <p class="summary-note">{t('workbook.print.disclaimer')}</p>
      <CourseTable record={record} kit={kit} summary />
      <h3>{t('workbook.print.plan')}</h3>
      <dl class="summary-plan">
        {CAPSTONE_PARTS.map((part) => (
          <div key={part}>
            <dt>{t(`io.field.${part}`)}</dt>
            <dd dir="auto">{plan.plan[part].trim() || t('workbook.print.notWritten')}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
