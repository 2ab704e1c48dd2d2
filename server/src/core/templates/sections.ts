/** The six sections every report has (SPEC §2), with the accepted variants of their titles. */
import type { SectionNumber } from '../model.js';

/** A canonical section and the titles accepted for it (a variant gets a warning, never "missing"). */
export interface SectionDef {
  readonly number: SectionNumber;
  readonly title: string;
  readonly variants: readonly string[];
}

/** The six sections in order. */
export const SECTIONS: readonly SectionDef[] = [
  { number: 1, title: '总体情况', variants: ['政府信息公开工作总体情况', '基本情况', '概述'] },
  { number: 2, title: '主动公开政府信息情况', variants: ['主动公开政府信息'] },
  { number: 3, title: '收到和处理政府信息公开申请情况', variants: ['收到和处理政府信息公开申请'] },
  {
    number: 4,
    title: '政府信息公开行政复议、行政诉讼情况',
    variants: ['因政府信息公开工作被申请行政复议、提起行政诉讼情况', '政府信息公开行政复议、行政诉讼'],
  },
  {
    number: 5,
    title: '存在的主要问题及改进情况',
    variants: [
      '政府信息公开工作存在的主要问题及改进情况',
      '工作中存在的主要问题及改进情况',
      '存在的主要问题及整改措施',
      '存在的主要问题及改进措施',
      '政府信息公开工作存在的主要问题及改进措施',
    ],
  },
  { number: 6, title: '其他需要报告的事项', variants: ['其他需要说明的事项'] },
];

/** Chinese numerals used as section ordinals. */
export const CN_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;
