import type { Locale } from '../../../src/i18n/locales';

/**
 * Spellings the term base has retired, each with the form to use instead. test/unit/terms.test.ts
 * fails on any of them in a locale's modules (figures included), glossary or UI strings.
 * Patterns are matched with the `u` flag; keep them narrow enough that they cannot hit a right word.
 */
export interface Variant {
  pattern: RegExp;
  preferred: string;
}

const v = (pattern: RegExp, preferred: string): Variant => ({ pattern, preferred });

export const FORBIDDEN_VARIANTS: Record<Locale, Variant[]> = {
  en: [],
  ar: [
    v(/(?<!قيد )(ال)?تطوير (ال)?رئيسي/gu, 'حساب رئيسي قيد التطوير'),
    v(/(ال)?منق[ّ]?ب/gu, 'المستكشف (prospector)'),
    v(/الخدمات اللوجستية/gu, 'اللوجستيات'),
    v(/(تواتر|تكرار) (ال)?(اتصال|تواصل)|وتيرة (ال)?تواصل/gu, 'وتيرة الاتصال'),
    v(/تستقيم الحسابات/gu, 'a wording without «الحسابات» (accounts)'),
    v(/عصر إدارة الحسابات/gu, 'في ظل إدارة الحسابات الرئيسية'),
    v(/اغتنام الفرص/gu, 'حساب الفرص'),
    v(/KAM القائم على الاتصال/gu, 'نمط الاتصال في KAM'),
  ],
  fa: [
    v(/پیشگام(?!ی)/gu, 'آینده‌نگر (prospector)'),
    v(/انفعالی/gu, 'واکنشی (reactor)'),
    v(/تدافعی/gu, 'مدافع (defender)'),
    v(/تحلیلگر/gu, 'تحلیل‌گر'),
    v(/(دفعات|بسامد|تواتر) تماس/gu, 'تناوب تماس'),
    v(/جاه‌طلب/gu, 'a neutral word for ambition (e.g. امید، برنامه)'),
    v(/دوران KAM/gu, 'رویکرد KAM'),
    v(/مشتری نگهداری/gu, 'مشتری نگهداشت'),
    v(/مشتری کلیدی در حال توسعه/gu, 'مشتری توسعه‌ای کلیدی'),
    v(/مبناهای تمایز/gu, 'مبانی تمایز'),
    v(/حفظ وضع موجود|کسب نقدینگی/gu, 'نگهداشت، مدیریت برای نقدینگی (strategies)'),
    v(/نمایهٔ (یک )?مشتری/gu, 'شناسنامهٔ مشتری کلیدی (the profile and its tool)'),
  ],
  zh: [
    v(/差异化基础/gu, '差异化依据'),
    v(/接触型/gu, '联络型'),
    v(/接触频率/gu, '联系频率'),
    v(/战略合作伙伴/gu, '战略伙伴'),
    v(/大客户管理时代/gu, '大客户管理模式下'),
    v(/您们/gu, '贵公司, 贵方 or 各位'),
    v(/以获取现金为目标|以回收现金为目标/gu, '以现金回报为导向管理'),
    v(/模块/gu, '单元 (a module, as the UI names it)'),
  ],
  it: [
    v(/responsabil[ei] (dei |del )?client[ei] chiave/giu, 'Key Account Manager'),
    v(/(?!Key Account Manager)[Kk]ey [Aa]ccount [Mm]anager/gu, 'Key Account Manager'),
    v(/stell[ae] (del futuro|futur[ae])/giu, 'futura stella'),
    v(/Non gli dispiace che un fornitore prepari/gu, 'non si fa scrupoli a far preparare… per poi ordinare a un altro'),
    v(/passare l’ordine/gu, 'ordinare'),
    v(/l’era del KAM/gu, 'con il KAM'),
    v(/Key account da sviluppare|Cliente da mantenere/gu, 'Cliente chiave da sviluppare, Cliente di mantenimento'),
    v(/eserciziari[oi]|quaderno di lavoro/giu, 'Quaderno KAM (the site), Il mio quaderno (My workbook)'),
    v(/lista di controllo della prontezza|grafico KAISM|maturità del KAM/giu, 'the UI tool names: Checklist di preparazione al KAM, Matrice KAISM, Autovalutazione della maturità KAM'),
  ],
};

/** Informal Italian address in the plural (voi): the site says tu. */
export const ITALIAN_VOI = /(?<![\p{L}])(voi|vostr[oaie]|avete|siete|potete|dovete|volete|sapete|\p{L}+(?:atevi|etevi|itevi))(?![\p{L}])/giu;

/** Persian UI strings that may keep Latin digits because they are code or file names. */
export const FA_LATIN_DIGIT_KEYS: readonly string[] = [];
