// A formula editor: the indicator's bare field names, $root and $unit offered as you type,
// the formula checked on every keystroke, and its value on the sample answers.
import { AutoComplete, Typography } from 'antd';
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { compileFormula, evaluateWithInputs, newStepBudget } from '../../../../server/engine/index.js';
import { w } from '../../i18n/words';
import { vocabularyOf } from '../formula-vocabulary.js';

/** What a formula reads in the preview: its indicator's answers and computed values, the whole document, the sample unit, and `$const`/`$sources`. */
export interface FormulaSample {
  own: Record<string, unknown>;
  root: Record<string, unknown>;
  unit: Record<string, unknown>;
  shared: { const: Record<string, unknown>; sources: Record<string, unknown> };
}

export interface FormulaInputProps {
  value: string;
  onChange: (value: string) => void;
  /** Field names the formula may read by bare name. */
  fields: string[];
  /** The indicator's sample answers and the whole sample document, to show a value. */
  sample?: FormulaSample;
  placeholder?: string;
  testId?: string;
  /** The input's id, for a label's htmlFor, or its name when no visible label points at it. */
  id?: string;
  label?: string;
}

/**
 * What every formula of the system may name besides the indicator's fields: the unit attributes
 * it declares, its constants and its sources (from x-system), offered as completions.
 */
export const FormulaVocabulary = createContext<string[]>([]);

const FUNCTIONS = ['$sum(', '$count(', '$max(', '$min(', '$average(', '$round(', '$cv(', '$stddev(', '$median('];

/** Checks a formula as the server will: it compiles and names only known fields. */
export function formulaProblem(source: string, fields: string[]): string | undefined {
  if (!source.trim()) return w("请填写公式");
  try {
    const compiled = compileFormula(source);
    const unknown = compiled.names.filter((n) => !fields.includes(n));
    return unknown.length ? w('字段“{names}”在本指标中不存在（其他指标请用 $root，单位属性用 $unit）', { names: unknown.join('、') }) : undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

export function FormulaInput({ value, onChange, fields, sample, placeholder, testId, id, label }: FormulaInputProps) {
  const problem = useMemo(() => formulaProblem(value, fields), [value, fields]);
  const [result, setResult] = useState<{ text: string; ok: boolean }>();
  useEffect(() => {
    let live = true;
    if (problem || !sample) return setResult(undefined);
    void evaluateWithInputs(compileFormula(value), sample.own, sample.root, sample.unit, newStepBudget(sample.shared)).then((o) => {
      if (!live) return;
      if (!o.ok) setResult({ text: o.message, ok: false });
      else setResult(o.value === undefined ? { text: w("（缺少数据）"), ok: false } : { text: JSON.stringify(o.value), ok: true });
    });
    return () => { live = false; };
  }, [value, problem, sample]);
  const lastToken = /[$\w.]*$/.exec(value)?.[0] ?? '';
  const vocabulary = useContext(FormulaVocabulary);
  const options = [...fields, '$root', ...(vocabulary.length ? vocabulary : vocabularyOf(undefined)), ...FUNCTIONS]
    .filter((o) => o.startsWith(lastToken) && o !== lastToken)
    .map((o) => ({ value: value.slice(0, value.length - lastToken.length) + o, label: o }));
  return (
    <div data-testid={testId}>
      <AutoComplete id={id} aria-label={label} value={value} options={options} onChange={onChange} style={{ width: '100%', fontFamily: 'monospace' }} placeholder={placeholder}
        status={problem && value ? 'error' : undefined} />
      <div aria-live="polite">
        {value && problem && <Typography.Text type="danger" style={{ fontSize: 12 }}>{problem}</Typography.Text>}
        {!problem && result && <Typography.Text type={result.ok ? 'success' : 'danger'} style={{ fontSize: 12 }} data-testid={testId ? `${testId}-sample` : undefined}>{w('样例结果：{result}', { result: result.text })}</Typography.Text>}
      </div>
    </div>
  );
}
