import type { CourseRecord } from '../../domain/course-record';
import { passedText, scoreText, type CourseKit } from './course-kit';

/**
 * The ten modules with status, best score and first-pass date. On screen the titles link to the
 * modules; the printed summary (`summary`) has plain titles and no status, as every quiz is passed.
 */
export function CourseTable({ record, kit, summary = false }: { record: CourseRecord; kit: CourseKit; summary?: boolean }) {
  const { t } = kit;
  return (
    <div class="table-scroll">
      <table class="data-table course-table">
        <caption>{t('workbook.course.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workbook.course.module')}</th>
            {!summary && <th scope="col">{t('workbook.course.status')}</th>}
            <th scope="col">{t('workbook.course.score')}</th>
            <th scope="col">{t('workbook.course.passedOn')}</th>
          </tr>
        </thead>
        <tbody>
          {record.modules.map((module) => {
            const { title = module.slug, href } = kit.modules[module.slug] ?? {};
            return (
              <tr key={module.slug} data-module-row={module.slug}>
                <th scope="row">{!summary && href ? <a href={href}>{title}</a> : title}</th>
                {!summary && <td>{t(`workbook.course.status.${module.status}`)}</td>}
                <td>{scoreText(module, kit)}</td>
                <td>{passedText(module, kit)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
