// A dialog's fields checked before sending: antd rejects the promise when a field is wrong (and
// already shows why beside it), which a dialog's onOk left unhandled — an error in the page.
import type { FormInstance } from 'antd';

/** The form's values, or undefined when a field is wrong (each shows its own message). */
export function validated<T>(form: FormInstance<T>): Promise<T | undefined> {
  return form.validateFields().catch(() => undefined);
}
