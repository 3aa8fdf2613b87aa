import type { CucmPreviewChange, CucmPreviewProblem } from '@shared/cucm/cucm-import-preview';
import { isMessageKey } from '@shared/i18n/en';
import { t } from '../../i18n';

/** A mapped value as a person reads it: a language by its name, nothing as "(empty)". */
function valueText(field: CucmPreviewChange['field'], value: string): string {
  if (value === '') return t('audit.value.empty');
  const key = field === 'language' ? `language.${value}` : '';
  return key && isMessageKey(key) ? t(key) : value;
}

/** "Department: Support → Field support" */
export function changeText(change: CucmPreviewChange): string {
  return t('cucmImport.change', {
    field: t(`field.${change.field}`),
    before: valueText(change.field, change.before),
    after: valueText(change.field, change.after),
  });
}

/** "E-mail: Enter an address such as …" (the field's name first when the problem is about one). */
export function problemText(problem: CucmPreviewProblem): string {
  const message = t(problem.message, problem.params);
  return problem.field ? t('cucmImport.problem.at', { field: t(`field.${problem.field}`), message }) : message;
}
