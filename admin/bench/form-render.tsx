// The fill form's speed in Chromium, for `npm run bench` (bench/form-render.ts): the first
// section of a 300-field system as the fill page draws it, against plain @rjsf/antd drawing the
// whole form; and a keystroke as the fill page handles it (the form re-rendered, every formula
// evaluated, the answers validated).
import PlainForm from '@rjsf/antd';
import type { RJSFSchema } from '@rjsf/utils';
import plainValidator from '@rjsf/validator-ajv8';
import { type ReactNode, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { largeSystem } from '../../bench/large-system';
import { compileSystem, type Evaluation, evaluate, type JsonObject, validateAnswers } from '../../server/engine/index.js';
import { byCode, FillContext } from '../src/forms/fill-context';
import { GeneratedForm } from '../src/forms/rjsf';
import { sectionsOf } from '../src/forms/sections';
import { I18nProvider } from '../src/i18n/i18n';

const big = largeSystem(30, 10);
const schema = big.schema as unknown as JsonObject;
const compiledResult = compileSystem(schema);
if (!compiledResult.ok) throw new Error('the 300-field system does not compile');
const compiled = compiledResult.compiled;
const sections = sectionsOf(schema, {}, compiled.system);
const first = sections[0];

function context(evaluation?: Evaluation) {
  return {
    ...byCode(evaluation), selfScores: {}, setSelfScore: () => {}, attachments: [], editable: true, canUpload: false,
    upload: async () => {}, removeAttachment: async () => {},
  };
}

/** Milliseconds from rendering `node` into a fresh root to the page laid out with it. */
function mount(node: ReactNode): number {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const start = performance.now();
  flushSync(() => root.render(node));
  void document.body.offsetHeight; // layout included, for both
  const ms = performance.now() - start;
  root.unmount();
  host.remove();
  return ms;
}

/** The fill page's loop, without its debounce: each change re-renders, evaluates and validates. */
function Filling({ onEvaluated, evaluating }: { onEvaluated: () => void; evaluating: boolean }) {
  const [data, setData] = useState(big.data as Record<string, Record<string, unknown>>);
  const [evaluation, setEvaluation] = useState<Evaluation>();
  useEffect(() => {
    if (!evaluating) return void onEvaluated();
    let live = true;
    void evaluate(compiled, { data, unit: { population: 20000 } }).then((ev) => {
      validateAnswers(compiled, data, 'draft');
      if (live) setEvaluation(ev);
    });
    return () => { live = false; };
  }, [data]);
  useEffect(() => { if (evaluation) onEvaluated(); }, [evaluation]);
  return (
    <I18nProvider>
      <FillContext.Provider value={context(evaluation)}>
        <GeneratedForm idPrefix={`root_${first.key}`} schema={first.schema} uiSchema={first.uiSchema} formData={data[first.key] ?? {}} disabled={false}
          onChange={(value) => setData((d) => ({ ...d, [first.key]: value }))} />
      </FillContext.Provider>
    </I18nProvider>
  );
}

/** Input event → next frame: with `evaluating`, the formulas and validation too (the fill page runs them after a pause in typing). */
async function keystrokes(rounds: number, evaluating: boolean): Promise<number[]> {
  const host = document.createElement('div');
  document.body.append(host);
  let evaluated: () => void = () => {};
  const root = createRoot(host);
  await new Promise<void>((resolve) => { evaluated = resolve; root.render(<Filling evaluating={evaluating} onEvaluated={() => evaluated()} />); });
  const input = host.querySelector<HTMLInputElement>('input[id$="_v0"]');
  if (!input) throw new Error('no number field found in the first section');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const done = new Promise<void>((resolve) => { evaluated = resolve; });
    const start = performance.now();
    setValue.call(input, String(100 + i));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await done;
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    times.push(performance.now() - start);
  }
  root.unmount();
  host.remove();
  return times;
}

Object.assign(window, {
  formBench: {
    fields: Object.values(big.data).reduce((n, group) => n + Object.values(group).reduce((m, leaf) => m + Object.keys(leaf).length + 1, 0), 0),
    plain: () => mount(<PlainForm schema={big.schema as RJSFSchema} formData={big.data} validator={plainValidator} />),
    ours: () => mount(
      <I18nProvider>
        <FillContext.Provider value={context()}>
          <GeneratedForm idPrefix={`root_${first.key}`} schema={first.schema} uiSchema={first.uiSchema} formData={big.data[first.key as keyof typeof big.data] ?? {}} disabled={false} />
        </FillContext.Provider>
      </I18nProvider>,
    ),
    keystrokes,
  },
});
document.title = 'ready';
