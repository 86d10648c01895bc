// The generated form: @rjsf/antd with our indicator cards, a 2020-12 validator for rjsf's
// own schema handling (conditions), and no rjsf validation — the engine validates.
import Form, { generateWidgets } from '@rjsf/antd';
import { englishStringTranslator, type RJSFSchema, TranslatableString, type UiSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { currentLocale } from '../i18n/i18n';
import { IndicatorCard } from './IndicatorCard';

const validator = customizeValidator({
  AjvClass: Ajv2020 as never,
  ajvOptionsOverrides: { strict: false },
});

/** rjsf's own words (yes/no, add a row…) in Chinese; anything not listed stays English. */
const ZH: Partial<Record<TranslatableString, string>> = {
  [TranslatableString.YesLabel]: '是', [TranslatableString.NoLabel]: '否', [TranslatableString.ArrayItemTitle]: '行',
  [TranslatableString.EmptyArray]: '暂无内容，请点击下方按钮添加', [TranslatableString.AddButton]: '添加', [TranslatableString.AddItemButton]: '添加一行',
  [TranslatableString.RemoveButton]: '删除', [TranslatableString.MoveUpButton]: '上移', [TranslatableString.MoveDownButton]: '下移',
  [TranslatableString.CopyButton]: '复制', [TranslatableString.NowLabel]: '现在', [TranslatableString.CloseLabel]: '关闭', [TranslatableString.ErrorsLabel]: '错误',
};
function translateString(key: TranslatableString, params?: string[]): string {
  return currentLocale() === 'en' ? englishStringTranslator(key, params) : (ZH[key] ?? englishStringTranslator(key, params));
}

// Yes/no questions are radio buttons that start unanswered: a checkbox cannot tell "no" from
// "not answered yet", and rjsf would otherwise fill every required yes/no with false.
const RadioWidget = generateWidgets().RadioWidget;
const DEFAULTS = { requiredBooleanDefault: 'skip' } as const;

export interface GeneratedFormProps {
  idPrefix: string;
  schema: Record<string, unknown>;
  uiSchema: Record<string, unknown>;
  formData: Record<string, unknown>;
  extraErrors?: Record<string, unknown>;
  disabled: boolean;
  onChange?: (data: Record<string, unknown>) => void;
}

export function GeneratedForm(props: GeneratedFormProps) {
  return (
    <Form
      schema={props.schema as RJSFSchema} uiSchema={{ ...(props.uiSchema as UiSchema), 'ui:submitButtonOptions': { norender: true } }}
      formData={props.formData} validator={validator} idPrefix={props.idPrefix} noValidate showErrorList={false}
      extraErrors={props.extraErrors as never} translateString={translateString} disabled={props.disabled} templates={{ ObjectFieldTemplate: IndicatorCard }}
      widgets={{ CheckboxWidget: RadioWidget }} experimental_defaultFormStateBehavior={DEFAULTS as never}
      onChange={(e) => props.onChange?.(e.formData as Record<string, unknown>)}
    />
  );
}
