import type { CapstonePlanData } from '../../domain/capstone-plan';
import { courseRecord } from '../../domain/course-record';
import type { ProgressData } from '../../domain/progress';
import type { ToolStore } from '../../domain/storage/store';
import { plural } from '../../i18n/plural';
import { CapstoneForm } from './CapstoneForm';
import type { CourseKit } from './course-kit';
import { CourseSummary } from './CourseSummary';
import { CourseTable } from './CourseTable';

interface Props {
  progress: ToolStore<ProgressData>;
  capstone: ToolStore<CapstonePlanData>;
  kit: CourseKit;
  onExport: () => void;
}

/**
 * My workbook's course section: the modules with their quiz results, the learner's capstone plan,
 * and, once every quiz is passed, the course summary to print (how many remain until then).
 */
export function CourseSection({ progress, capstone, kit, onExport }: Props) {
  const { t } = kit;
  const record = courseRecord(progress.state);
  return (
    <>
      <section aria-labelledby="course-title" id="course" class="course">
        <h2 id="course-title">{t('workbook.course.title')}</h2>
        <p>{t('workbook.course.intro')}</p>
        <CourseTable record={record} kit={kit} />
        <p class="hint">{t('workbook.course.scoreNote')}</p>
        {record.complete ? (
          <div class="notice ok course-complete">
            <p>{t('workbook.course.complete')}</p>
            <div class="actions">
              <button type="button" class="primary" onClick={() => window.print()}>
                {t('workbook.course.print')}
              </button>
            </div>
          </div>
        ) : (
          <p class="course-remaining">{plural(kit.strings, 'workbook.course.remaining', record.remaining, kit.localeTag)}</p>
        )}
        <CapstoneForm store={capstone} kit={kit} onExport={onExport} />
      </section>
      {record.complete && <CourseSummary record={record} plan={capstone.state} kit={kit} />}
    </>
  );
}
