import type { Locale } from './locales';
import type { SourceId } from '../site';

/**
 * What each source document is, in a few words: the accessible name of every numbered reference
 * ("Source 3: a no-code platform vendor's marketing article") and the entry in a guide's source box.
 * Islands do not bundle it (it holds both locales): their pages pass one locale's labels as a prop
 * (see src/components/shared/Cited.tsx). The Sources page describes the documents at length
 * (`sources.*` keys in ui/*.ts).
 */
export const SOURCE_LABEL: Record<Locale, Record<SourceId, string>> = {
  en: {
    '000': 'an article on how long a CRM implementation takes, published on a CRM vendor’s site',
    '001': 'a checklist of what to prepare before a CRM project',
    '002': 'a no-code platform vendor’s marketing article on launching a CRM project',
    '003': 'an anonymous, incomplete long document on problems in CRM implementation',
    '004': 'a consultant’s opinion piece on when not to start a CRM project',
  },
  'zh-cn': {
    '000': 'CRM 厂商网站上一篇谈实施周期的文章',
    '001': '一份 CRM 实施前的准备清单',
    '002': '无代码平台厂商谈 CRM 项目启动的营销文章',
    '003': '文档分享网站上一篇不完整的匿名长文，谈 CRM 实施的难题',
    '004': '一位实施顾问谈何时不宜启动 CRM 项目的评论文章',
  },
};

/** The accessible name of a reference: "Source {n}: {label}", or "Source {n}" where the labels are not at hand. */
export const SOURCE_WORDS: Record<Locale, { ref: string; short: string }> = {
  en: { ref: 'Source {n}: {label}', short: 'Source {n}' },
  'zh-cn': { ref: '来源 {n}：{label}', short: '来源 {n}' },
};
