// The generated form: @rjsf/antd with our indicator cards, a 2020-12 validator for rjsf's
// own schema handling (conditions), and no rjsf validation — the engine validates.
import Form from '@rjsf/antd';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { IndicatorCard } from './IndicatorCard';

const validator = customizeValidator({
  AjvClass: Ajv2020 as never,
  ajvOptionsOverrides: { strict: false },
});

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
      extraErrors={props.extraErrors as never} disabled={props.disabled} templates={{ ObjectFieldTemplate: IndicatorCard }}
      onChange={(e) => props.onChange?.(e.formData as Record<string, unknown>)}
    />
  );
}
