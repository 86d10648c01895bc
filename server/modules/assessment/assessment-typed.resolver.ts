// Typed fields added beside older string and JSON ones (which stay, deprecated, so no client
// breaks): enums instead of strings, object types instead of fixed-shape JSON.
import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Evaluation, FormulaError } from '../../engine/types.js';
import { Measure } from '../indicator-system/indicator-system.types.js';
import {
  AssessmentFaultType, AssessmentPreviewType, AssessmentRevisionType, IndicatorScoreType, RevisionStep, VetoResultType,
} from './assessment.types.js';

@Resolver(() => IndicatorScoreType)
export class IndicatorScoreFields {
  @FieldResolver(() => Measure, { description: '评价方式：计分或达标' })
  measure(@Root() score: { kind: string }): string {
    return score.kind;
  }
}

@Resolver(() => AssessmentRevisionType)
export class RevisionFields {
  @FieldResolver(() => RevisionStep, { description: '这次修订所做的事' })
  step(@Root() revision: { action: string }): string {
    return revision.action;
  }
}

type Preview = { errors: FormulaError[]; indicatorScores: Evaluation['indicatorScores']; vetoes: Evaluation['vetoes'] };

@Resolver(() => AssessmentPreviewType)
export class PreviewFields {
  @FieldResolver(() => [AssessmentFaultType], { description: '校验不通过或无法计算之处，每项注明位置和指标' })
  faults(@Root() preview: Preview): AssessmentFaultType[] {
    return preview.errors.map((e) => ({ path: e.path, indicator: e.indicator, message: e.message }));
  }

  @FieldResolver(() => [IndicatorScoreType], { description: '各指标得分或结果（自评口径）' })
  scores(@Root() preview: Preview): IndicatorScoreType[] {
    return preview.indicatorScores as unknown as IndicatorScoreType[];
  }

  @FieldResolver(() => [VetoResultType], { description: '各一票否决项的结果' })
  vetoResults(@Root() preview: Preview): VetoResultType[] {
    return preview.vetoes;
  }
}
