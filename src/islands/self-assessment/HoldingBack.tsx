import type { ResponseScore } from '../../domain/questionnaire/score';
import type { SaKit } from './kit';

export interface ModuleLink {
  href: string;
  title: string;
}

interface Props {
  /** Dimension ids, lowest score first (holdingBack). */
  dimensions: readonly string[];
  score: ResponseScore;
  /** The module teaching each dimension, by the dimension's module slug. */
  modules: Readonly<Record<string, ModuleLink>>;
  kit: SaKit;
}

/** The dimensions that hold the company back, each with what to do and the module that teaches it. */
export function HoldingBack({ dimensions, score, modules, kit }: Props) {
  const { t, instrument } = kit;
  return (
    <section class="sa-back" aria-labelledby="sa-back-title">
      <h3 id="sa-back-title">{t('sa.back.title')}</h3>
      {dimensions.length === 0 ? (
        <p>{t('sa.back.none')}</p>
      ) : (
        <>
          <p>{t('sa.back.intro')}</p>
          <ol class="sa-recommendations">
            {dimensions.map((id) => {
              const slug = instrument.dimensions.find((dimension) => dimension.id === id)?.module;
              const module = slug ? modules[slug] : undefined;
              return (
                <li key={id}>
                  <h4>
                    {kit.dimension(id)} <span class="sa-back-score">{t('sa.back.score', { score: kit.score(score.byDimension[id]?.score) })}</span>
                  </h4>
                  <p>{instrument.text.dimensions[id]?.recommendation}</p>
                  {module && (
                    <p>
                      <a href={module.href}>{t('sa.back.module', { title: module.title })}</a>
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
