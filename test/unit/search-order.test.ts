import { describe, expect, it } from 'vitest';
import { orderByTitle, titleKey } from '../../src/domain/search-order';

const results = (...titles: string[]) => titles.map((title) => ({ title }));
const titles = (items: { title: string }[]) => items.map((item) => item.title);

describe('orderByTitle', () => {
  it('puts the page whose title is the query first, whatever pagefind scored', () => {
    const found = results('什么是大客户管理？', '选择大客户', '大客户经理', '实施大客户管理');
    expect(titles(orderByTitle('大客户经理', found))).toEqual(['大客户经理', '什么是大客户管理？', '选择大客户', '实施大客户管理']);
  });

  it('ignores case, punctuation, spaces and zero-width joiners', () => {
    expect(titleKey('What is key account management?')).toBe(titleKey('what is key account  management'));
    expect(titleKey('مدیر مشتریان\u200cکلیدی')).toBe(titleKey('مدیر مشتریان کلیدی'));
    expect(titles(orderByTitle('什么是大客户管理', results('大客户经理', '什么是大客户管理？')))[0]).toBe('什么是大客户管理？');
  });

  it('ranks titles containing the query next, and otherwise keeps pagefind order', () => {
    const found = results('Why KAM?', 'Glossary', 'Implementing KAM', 'KAM');
    expect(titles(orderByTitle('kam', found))).toEqual(['KAM', 'Why KAM?', 'Implementing KAM', 'Glossary']);
    expect(titles(orderByTitle('prospector', found))).toEqual(titles(found));
    expect(titles(orderByTitle('  ?', found))).toEqual(titles(found));
  });
});
