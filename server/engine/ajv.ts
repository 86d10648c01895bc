// The one ajv factory: draft 2020-12, every error, our x- vocabulary known, and regular
// expressions run by RE2 (linear time), because a system's schema is untrusted input.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { RE2JS } from 're2js';
import type { Fault } from './types.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export const VOCABULARY_KEYWORDS = ['x-system', 'x-indicator', 'x-formula', 'x-unit', 'x-help', 'x-order'];

function re2(pattern: string, flags: string) {
  const compiled = RE2JS.compile(pattern);
  // ajv keys its cache of patterns by toString(): without it every pattern would share one slot.
  return { test: (input: string) => compiled.matcher(input).find(), toString: () => `/${pattern}/${flags}` };
}
re2.code = 're2';

/** A fresh ajv instance; compile once and cache the result, compiling costs far more than validating. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
    strictTuples: false,
    allowUnionTypes: true,
    $data: false,
    code: { regExp: re2 as never },
  });
  addFormats(ajv);
  ajv.addVocabulary(VOCABULARY_KEYWORDS);
  return ajv;
}

/** Checks a pattern can run under RE2; returns a Chinese reason when it cannot. */
export function checkPattern(pattern: string): string | undefined {
  try {
    RE2JS.compile(pattern);
    return undefined;
  } catch (err) {
    return `正则表达式不受支持（不允许回溯引用和环视）：${(err as Error).message}`;
  }
}

/** Turns ajv errors into faults with JSON pointers under `prefix`, messages in Chinese. */
export function ajvFaults(errors: ErrorObject[] | null | undefined, prefix = ''): Fault[] {
  // `if` only says "the then-branch failed"; the branch's own errors say what and where.
  return (errors ?? []).filter((e) => e.keyword !== 'if').map((e) => {
    let path = prefix + e.instancePath;
    if (e.keyword === 'required') path += `/${(e.params as { missingProperty: string }).missingProperty}`;
    if (e.keyword === 'additionalProperties') path += `/${(e.params as { additionalProperty: string }).additionalProperty}`;
    return { path: path || '/', message: ajvMessage(e) };
  });
}

function ajvMessage(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return '此项为必填项，请填写';
    case 'type':
      // What a person types into a number field is the usual cause: say what to type instead.
      if (p.type === 'number') return '请填写数字（如 76000），不带单位、“万”字或千位逗号';
      if (p.type === 'integer') return '请填写整数（如 25），不带小数、单位或“万”字';
      return `类型不正确，应为${typeName(String(p.type))}`;
    case 'minimum':
      return `不能小于 ${p.limit}`;
    case 'maximum':
      return `不能大于 ${p.limit}`;
    case 'exclusiveMinimum':
      return `必须大于 ${p.limit}`;
    case 'exclusiveMaximum':
      return `必须小于 ${p.limit}`;
    case 'minLength':
      return `至少 ${p.limit} 个字符`;
    case 'maxLength':
      return `最多 ${p.limit} 个字符`;
    case 'minItems':
      return `至少 ${p.limit} 项`;
    case 'maxItems':
      return `最多 ${p.limit} 项`;
    case 'enum':
      return `只能是以下之一：${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join('、')}`;
    case 'const':
      return `只能是 ${JSON.stringify(p.allowedValue)}`;
    case 'pattern':
      return `格式不正确，应符合 ${p.pattern}`;
    case 'format':
      return `格式不正确，应为 ${p.format}`;
    case 'additionalProperties':
      return `不允许的字段“${p.additionalProperty}”，请删除`;
    case 'multipleOf':
      return `必须是 ${p.multipleOf} 的整数倍`;
    case 'uniqueItems':
      return '不能有重复项';
    default:
      return `不符合要求（${e.keyword}）：${e.message ?? ''}`;
  }
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    number: '数字', integer: '整数', string: '文本', boolean: '是/否', object: '对象', array: '列表', null: '空',
  };
  return type.split(',').map((t) => names[t] ?? t).join('或');
}
