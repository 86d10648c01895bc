// A number answer typed as text, never silently changed: antd's InputNumber turned "7.6万" into
// 7.6 and -100 into 0 (its minimum) on leaving the field, and the draft saved the wrong figure.
// Here what parses as a number is the answer; anything else stays as typed, so the page's own
// check shows the fault at the field and the save keeps it on this device (useDraft's `held`).
import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { ariaDescribedByIds, type BaseInputTemplateProps } from '@rjsf/utils';

/** Full-width digits, point and signs (a Chinese input method's) as their ASCII selves. */
function halfWidth(text: string): string {
  return text.replace(/[０-９．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** The answer a text stands for: a number, nothing (empty) or the text itself (not a number). */
export function numberAnswer(text: string): number | string | undefined {
  const plain = halfWidth(text).trim();
  if (plain === '') return undefined;
  return NUMBER.test(plain) ? Number(plain) : text;
}

const shown = (value: unknown) => (value === undefined || value === null ? '' : String(value));

export function NumberInput(props: BaseInputTemplateProps) {
  const { id, htmlName, value, disabled, readonly, required, placeholder, onChange, onBlur, onFocus } = props;
  const [text, setText] = useState(() => shown(value));
  // A value set from outside (another device's save taken, a row moved) replaces what is shown;
  // the text being typed stays while it still stands for the same value ("7." for 7).
  useEffect(() => {
    setText((current) => (numberAnswer(current) === (value ?? undefined) ? current : shown(value)));
  }, [value]);
  return (
    <Input
      id={id} name={htmlName || id} inputMode="decimal" autoComplete="off" value={text} placeholder={placeholder}
      disabled={disabled || readonly} required={required} aria-describedby={ariaDescribedByIds(id)}
      onChange={(e) => {
        setText(e.target.value);
        onChange(numberAnswer(e.target.value) ?? props.options.emptyValue);
      }}
      onBlur={(e) => onBlur(id, e.target.value)} onFocus={(e) => onFocus(id, e.target.value)}
    />
  );
}
