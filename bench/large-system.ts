// A system of 300 fields (30 leaves × 10, in 5 sections) with answers: what a keystroke on the
// fill page and the form's first render are measured on, in Node (run.ts) and in Chromium
// (admin/bench/form-render.tsx). Pure: no imports, so the browser harness can load it too.
export function largeSystem(leaves: number, fields: number) {
  const props: Record<string, unknown> = {};
  const data: Record<string, Record<string, Record<string, number>>> = {};
  const groups = 5;
  for (let g = 0; g < groups; g++) {
    const code = String.fromCharCode(65 + g);
    const children: Record<string, unknown> = {};
    data[code] = {};
    for (let l = 0; l < leaves / groups; l++) {
      const leaf = `${code}${l + 1}`;
      const f: Record<string, unknown> = {};
      data[code][leaf] = {};
      for (let i = 0; i < fields - 1; i++) {
        f[`v${i}`] = { type: 'number', minimum: 0 };
        data[code][leaf][`v${i}`] = i + 1;
      }
      f.ratio = { type: 'number', readOnly: true, 'x-formula': 'v0 / $unit.population * 1000' };
      children[leaf] = { type: 'object', title: leaf, properties: f, required: ['v0'],
        'x-indicator': { code: leaf, maxScore: 100 / leaves, scoring: { method: 'formula', formula: `ratio > 0.01 ? ${100 / leaves} : 0` } } };
    }
    props[code] = { type: 'object', title: code, properties: children, 'x-indicator': { code, maxScore: 100 / groups } };
  }
  return { schema: { type: 'object', title: '300', 'x-system': { code: 'big', totalScore: 100 }, properties: props }, data };
}
