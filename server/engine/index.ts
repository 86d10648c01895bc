// The engine: pure functions from an indicator system and answers to validation faults,
// computed values, scores, vetoes and grades. No I/O and no Node-only imports, so the
// admin runs the very same code in the browser.
export * from './types.js';
export { compileSystem, compileCached, peekCompiled, type CompiledSystem, type CompileResult } from './compiled.js';
export { readSystem } from './vocabulary.js';
export { computeFields, stripComputed } from './compute.js';
export { evaluate, gradeFor, passedFor, clamp, round, notApplicableCodes, type EvaluateInput } from './score.js';
export { validateAnswers, validateScores, missingManualScores, leaves, validateNotApplicable, outsideNotApplicable, type AnswerMode } from './answers.js';
export { compileFormula, evaluateFormula, evaluateWithInputs, FORMULA_LIMITS, newStepBudget } from './formula.js';
export { unsafeFaults } from './safety.js';
export { deepMerge, deleteAt } from './paths.js';
export { acceptsType, DEFAULT_EVIDENCE_ACCEPT, unitContext } from './unit-and-evidence.js';
