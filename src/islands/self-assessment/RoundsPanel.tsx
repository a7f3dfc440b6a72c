import { useState } from 'preact/hooks';
import type { LocalizedInstrument } from '../../domain/questionnaire/bank';
import { MAX_ROUNDS, today, type SelfAssessmentData } from '../../domain/self-assessment/model';
import { pickRound, roundsByDate, startRound } from '../../domain/self-assessment/rounds';
import type { BaseKit } from '../lib/kit';
import { ChangeTable } from './ChangeTable';
import { dayText } from './compare-words';

interface Props {
  data: SelfAssessmentData;
  bank: LocalizedInstrument;
  kit: BaseKit;
  edit: (next: SelfAssessmentData) => void;
}

type Message = { ok: boolean; text: string } | null;

/** Assessments at several dates: which one is shown, starting a new one, and the change since an earlier one. */
export function RoundsPanel({ data, bank, kit, edit }: Props) {
  const { t, counted } = kit;
  const [date, setDate] = useState(today());
  const [message, setMessage] = useState<Message>(null);
  const rounds = roundsByDate(data);

  const start = () => {
    const result = startRound(data, date, bank.version);
    if (!result.ok) {
      setMessage({ ok: false, text: result.reason === 'full' ? t('sa.rounds.full', { max: kit.fmt(MAX_ROUNDS, 0) }) : t('sa.rounds.badDate') });
      return;
    }
    edit(result.data);
    setMessage({ ok: true, text: t('sa.rounds.started', { date: dayText(kit, date) }) });
  };

  const failed = message !== null && !message.ok;
  return (
    <section class="sa-rounds" aria-labelledby="sa-rounds-title">
      <h3 id="sa-rounds-title">{t('sa.rounds.title')}</h3>
      {rounds.length > 1 && (
        <div class="field no-print">
          <label for="sa-round-shown">{t('sa.rounds.shown')}</label>
          <select id="sa-round-shown" value={data.current ?? ''} onChange={(event) => edit(pickRound(data, (event.currentTarget as HTMLSelectElement).value))}>
            {rounds.map((round) => (
              <option key={round.id} value={round.id}>
                {t('sa.rounds.option', { date: dayText(kit, round.date), respondents: counted('sa.rounds.respondents', round.respondents.length) })}
              </option>
            ))}
          </select>
        </div>
      )}
      <ChangeTable data={data} bank={bank} kit={kit} />
      <div class="field no-print">
        <label for="sa-round-date">{t('sa.rounds.date')}</label>
        <p id="sa-round-help" class="field-hint">
          {t('sa.rounds.help')}
        </p>
        <input
          id="sa-round-date"
          type="date"
          value={date}
          aria-describedby={failed ? 'sa-round-help sa-round-message' : 'sa-round-help'}
          aria-invalid={failed ? 'true' : undefined}
          onInput={(event) => setDate((event.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="actions no-print">
        <button type="button" onClick={start}>
          {t('sa.rounds.start')}
        </button>
      </div>
      <div id="sa-round-message" role={failed ? 'alert' : 'status'}>
        {message && <p class={`notice ${message.ok ? 'ok' : 'error'}`}>{message.text}</p>}
      </div>
    </section>
  );
}
