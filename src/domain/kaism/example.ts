import { isLocale, type Locale } from '../../i18n/locales';
import { defaultFactors, defaultSettings, newId, type Account, type KaismData } from './model';

// A packaging supplier's portfolio: ten customers spread over the four quadrants, with
// attractiveness scores (volume, value and profit, financial stability, ease, growth), strength
// scores (price, quality, services, reputation, continuity) and the strongest competitor's scores.
const ROWS: Array<[number, number | null, number[], number[], number[]]> = [
  [4_200_000, 6_000_000, [9, 8, 8, 7, 8], [7, 8, 8, 9, 8], [7, 7, 6, 8, 7]],
  [2_900_000, 4_500_000, [8, 9, 7, 6, 9], [6, 9, 7, 8, 7], [6, 8, 7, 7, 7]],
  [1_800_000, 5_200_000, [7, 9, 9, 5, 9], [4, 5, 4, 5, 3], [7, 8, 7, 8, 8]],
  [3_100_000, 3_600_000, [8, 7, 6, 7, 7], [5, 4, 5, 4, 5], [7, 7, 6, 7, 6]],
  [650_000, 700_000, [4, 4, 6, 7, 3], [8, 8, 9, 8, 9], [6, 6, 6, 7, 6]],
  [900_000, 950_000, [5, 4, 5, 6, 4], [7, 7, 8, 7, 8], [6, 6, 7, 6, 6]],
  [300_000, 350_000, [3, 3, 4, 5, 3], [3, 4, 3, 4, 4], [6, 6, 6, 6, 6]],
  [1_200_000, 2_800_000, [6, 7, 6, 5, 8], [5, 5, 6, 5, 5], [6, 7, 6, 6, 6]],
  [450_000, null, [4, 3, 3, 6, 4], [6, 7, 6, 6, 7], [5, 6, 5, 6, 5]],
  [200_000, 260_000, [2, 3, 5, 4, 3], [4, 4, 5, 3, 4], [6, 5, 6, 6, 5]],
];

// Fictional customers that sound at home in each market, in the order of ROWS: a supermarket chain,
// a dairy, a pharmaceutical maker, a beverage maker, home care, seafood, hardware, cosmetics,
// bakeries and pet food.
const NAMES: Record<Locale, readonly string[]> = {
  en: ['Alba Supermarkets', 'Borealis Dairy', 'Cedar Pharma', 'Delta Beverages', 'Elm Home Care', 'Fjord Seafood', 'Granite Hardware', 'Harbor Cosmetics', 'Iris Bakeries', 'Juniper Pet Foods'],
  it: ['Supermercati Orsini', 'Latteria Valbruna', 'Farmaceutici Cerreto', 'Bevande del Lario', 'Detergenti Ferrante', 'Ittica Marone', 'Ferramenta Baldini', 'Cosmetici Lunaria', 'Forni Santoro', 'Mangimi Gallura'],
  ar: ['أسواق الواحة الخضراء', 'ألبان المروج', 'مختبرات الزيزفون للأدوية', 'مشروبات الدانة', 'منظفات الياسمين', 'أسماك اللؤلؤة', 'الصفا للعدد والأدوات', 'ليلك لمستحضرات التجميل', 'مخابز السنابل', 'رفيق لأغذية الحيوانات الأليفة'],
  fa: ['فروشگاه‌های زنجیره‌ای سپیدار', 'لبنیات دشت سبز', 'داروسازی نیلوفر', 'نوشیدنی‌های زاگرس', 'شوینده‌های یاس', 'آبزیان نیلگون', 'ابزار و یراق کوهسار', 'آرایشی‌بهداشتی مهتاب', 'نانوایی‌های گندم‌زار', 'غذای حیوانات خانگی مهربان'],
  zh: ['惠邻连锁超市', '青原乳业', '康泽制药', '山溪饮料', '洁雅家居护理', '海澄水产', '坚石五金', '蓝黛化妆品', '麦香坊烘焙', '乐宠宠物食品'],
};

/**
 * The example portfolio with account names of the language's market (English for an unknown
 * locale); the numbers are the same in every language.
 */
export function examplePortfolio(locale: string = 'en'): KaismData {
  const names = NAMES[isLocale(locale) ? locale : 'en'];
  const accounts: Account[] = ROWS.map(([volume, potential, attractiveness, strength, competitor], index) => ({
    id: newId('a'),
    name: names[index] ?? `#${index + 1}`,
    volume,
    potential,
    attractiveness,
    strength,
    competitor,
  }));
  return { title: '', factors: defaultFactors(), accounts, settings: defaultSettings() };
}
