import { fieldId } from '../../api/issues';
import type { EditorState } from './editorDraft';
import type { EditorIssues } from './useEditorIssues';

export interface SectionProps {
  state: EditorState;
  change(patch: Partial<EditorState>): void;
  issues: EditorIssues;
}

export const EDITOR_FORM = 'user';

/** The DOM id of a field's input, used to focus the first field with a problem. */
export function fid(...path: (string | number)[]): string {
  return fieldId(EDITOR_FORM, path);
}
