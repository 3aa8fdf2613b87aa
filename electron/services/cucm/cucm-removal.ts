import type { CucmRemovalChoice } from '@shared/rules/cucm-import-rules';
import { fieldError } from '@shared/result';
import type { CucmPreview } from './cucm-import-preview';

/**
 * The administrator's answer about the users a preview would delete, checked before anything is applied.
 * Within the threshold a click is enough. Over it, deleting needs the number of users to delete typed (a read
 * that lost users shows as many deletions at once, and typing the number makes the administrator read it);
 * disabling them instead needs nothing more, since nothing is lost. Returns the preview as it is to be applied.
 */
export function confirmRemoval(preview: CucmPreview, choice: CucmRemovalChoice): CucmPreview {
  const { deletion, counts } = preview.summary;
  if (choice.action === 'delete' && deletion.overThreshold && choice.typedCount !== counts.delete) {
    throw fieldError('VALIDATION', [
      {
        path: ['removal', 'typedCount'],
        message: choice.typedCount === null ? 'cucmImport.massDelete.typeCount' : 'cucmImport.massDelete.wrongCount',
        params: { count: counts.delete, threshold: deletion.threshold },
      },
    ]);
  }
  return { ...preview, removal: choice.action };
}
