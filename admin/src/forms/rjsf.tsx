// The generated form: @rjsf/antd with our indicator cards, a 2020-12 validator for rjsf's
// own schema handling (conditions), and no rjsf validation — the engine validates.
import Form, { generateTemplates, generateWidgets } from '@rjsf/antd';
import { type BaseInputTemplateProps, englishStringTranslator, type FieldTemplateProps, type RJSFSchema, TranslatableString, type UiSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { Typography } from 'antd';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { currentLocale } from '../i18n/i18n';
import { IndicatorCard } from './IndicatorCard';
import { NumberInput } from './NumberInput';

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

const AntdFieldTemplate = generateTemplates().FieldTemplate!;
const AntdInputTemplate = generateTemplates().BaseInputTemplate!;

/** Number and integer answers keep what was typed when it is not a number (NumberInput.tsx); other inputs are antd's. */
function BaseInputTemplate(props: BaseInputTemplateProps) {
  const type = props.schema.type;
  return type === 'number' || type === 'integer' ? <NumberInput {...props} /> : <AntdInputTemplate {...props} />;
}

/**
 * A section or an indicator (an object) is drawn by its card, not inside an Ant Design
 * Form.Item: an item around other items hands them its contexts, so every field of the section
 * re-rendered at each keystroke (rjsf re-renders only the changed field's ancestors; the items
 * under them re-rendered anyway, 74 of them per keystroke on a 60-field section). The card
 * shows the object's description; its own errors, if any, stay beneath it as the item showed them.
 */
function FieldTemplate(props: FieldTemplateProps) {
  if (props.schema.type !== 'object' || props.hidden) return <AntdFieldTemplate {...props} />;
  return (
    <div className={props.classNames} style={props.style}>
      {props.children}
      {!!props.rawErrors?.length && <Typography.Paragraph type="danger" role="alert">{props.rawErrors.join('；')}</Typography.Paragraph>}
    </div>
  );
}

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
      extraErrors={props.extraErrors as never} translateString={translateString} disabled={props.disabled} templates={{ ObjectFieldTemplate: IndicatorCard, FieldTemplate, BaseInputTemplate }}
      widgets={{ CheckboxWidget: RadioWidget }} experimental_defaultFormStateBehavior={DEFAULTS as never}
      onChange={(e) => props.onChange?.(e.formData as Record<string, unknown>)}
    />
  );
}
