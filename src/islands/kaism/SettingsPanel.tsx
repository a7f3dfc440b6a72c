import { changeSettings } from '../../domain/kaism/edit';
import type { Boundaries } from '../../domain/kaism/compute';
import type { KaismData, KaismSettings } from '../../domain/kaism/model';
import { NumberField } from '../shared/NumberField';
import type { Kit } from './kit';

interface Props {
  settings: KaismSettings;
  boundaries: Boundaries;
  kit: Kit;
  change: (edit: (data: KaismData) => KaismData) => void;
}

/** How strength is scored, where high turns into low, and the chart's layout. */
export function SettingsPanel({ settings, boundaries, kit, change }: Props) {
  const { t, fmt } = kit;
  const set = (patch: Partial<KaismSettings>) => change((d) => changeSettings(d, patch));
  return (
    <div class="settings-grid">
      <fieldset>
        <legend>{t('kaism.mode')}</legend>
        {(['direct', 'ratio'] as const).map((mode) => (
          <label class="choice" key={mode}>
            <input type="radio" name="strength-mode" checked={settings.strengthMode === mode} onChange={() => set({ strengthMode: mode })} />
            {t(`kaism.mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('kaism.boundary')}</legend>
        {(['midpoint', 'median', 'custom'] as const).map((rule) => (
          <label class="choice" key={rule}>
            <input type="radio" name="boundary-rule" checked={settings.boundary === rule} onChange={() => set({ boundary: rule })} />
            {t(`kaism.boundary.${rule}`)}
          </label>
        ))}
        {settings.boundary === 'custom' && (
          <div class="custom-bounds">
            <label for="bound-attractiveness">{t('kaism.boundary.customAttractiveness')}</label>
            <NumberField id="bound-attractiveness" value={settings.customAttractiveness} min={0} max={100} localeTag={kit.localeTag} format={fmt} t={t} onValue={(v) => set({ customAttractiveness: v ?? 0 })} />
            <label for="bound-strength">{t('kaism.boundary.customStrength')}</label>
            <NumberField id="bound-strength" value={settings.customStrength} min={0} max={100} localeTag={kit.localeTag} format={fmt} t={t} onValue={(v) => set({ customStrength: v ?? 0 })} />
          </div>
        )}
        <p role="status" class="bounds-now">
          {t('kaism.boundary.current', { attractiveness: fmt(boundaries.attractiveness), strength: fmt(boundaries.strength) })}
        </p>
      </fieldset>
      <label class="choice">
        <input type="checkbox" checked={settings.classicLayout} onChange={(e) => set({ classicLayout: (e.currentTarget as HTMLInputElement).checked })} />
        {t('kaism.layout.classic')}
      </label>
    </div>
  );
}
