import { CAPSTONE_PARTS, type CapstonePart } from '../../domain/capstone';
import { MAX_LEARNER_LENGTH, MAX_PART_LENGTH, type CapstonePlanData } from '../../domain/capstone-plan';
import type { ToolStore } from '../../domain/storage/store';
import { StorageNotices } from '../shared/StorageNotices';
import type { CourseKit } from './course-kit';

interface Props {
  store: ToolStore<CapstonePlanData>;
  kit: CourseKit;
  onExport: () => void;
}

/**
 * The learner's own capstone plan: a name for the printed summary and the eight parts, each saved
 * as the learner types through the plan's store, which says what became of every save.
 */
export function CapstoneForm({ store, kit, onExport }: Props) {
  const { t } = kit;
  const data = store.state;
  const readOnly = store.newerVersion !== null;
  const save = (next: CapstonePlanData) => store.save(next);
  const setPart = (part: CapstonePart, text: string) => save({ ...data, plan: { ...data.plan, [part]: text } });
  const modelPlan = kit.modules['implementing-kam'];
  return (
    <section aria-labelledby="capstone-title" class="capstone-form">
      <h3 id="capstone-title">{t('workbook.capstone.title')}</h3>
      <p>
        {t('workbook.capstone.intro')}{' '}
        {modelPlan && <a href={modelPlan.href}>{t('workbook.capstone.model', { title: modelPlan.title })}</a>}
      </p>
      <div class="field">
        <label for="capstone-learner">{t('workbook.capstone.learner')}</label>
        <input
          id="capstone-learner"
          type="text"
          dir="auto"
          autocomplete="name"
          maxLength={MAX_LEARNER_LENGTH}
          value={data.learner}
          readOnly={readOnly}
          onInput={(event) => save({ ...data, learner: event.currentTarget.value })}
        />
      </div>
      {CAPSTONE_PARTS.map((part) => (
        <div class="field" key={part}>
          <label for={`capstone-${part}`}>{t(`io.field.${part}`)}</label>
          <textarea
            id={`capstone-${part}`}
            rows={4}
            dir="auto"
            maxLength={MAX_PART_LENGTH}
            value={data.plan[part]}
            readOnly={readOnly}
            onInput={(event) => setPart(part, event.currentTarget.value)}
          />
        </div>
      ))}
      <StorageNotices
        notices={store.notices}
        toolName={t('tool.capstone.name')}
        toolId={store.definition.id}
        t={t}
        onExport={onExport}
        onDismiss={(kind) => store.dismiss(kind)}
        localeTag={kit.localeTag}
      />
    </section>
  );
}
