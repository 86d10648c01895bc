// What a system's formulas may name besides an indicator's own fields, from its x-system.
/** The completions an x-system declares: $unit.<attribute>, $const.<name>, $sources.<name>. */
export function vocabularyOf(xSystem: Record<string, unknown> | undefined): string[] {
  const unit = Object.keys(((xSystem?.unitAttributes as { properties?: object } | undefined)?.properties) ?? { population: 1 });
  return [
    ...['name', 'level', 'code', ...unit].map((a) => `$unit.${a}`),
    ...Object.keys((xSystem?.constants as object | undefined) ?? {}).map((c) => `$const.${c}`),
    ...Object.keys((xSystem?.sources as object | undefined) ?? {}).map((s) => `$sources.${s}`),
  ];
}
