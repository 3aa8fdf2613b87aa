import { z } from 'zod';
import { applicationsSchema, faxSchema, languageSchema, privilegesSchema, voicemailSchema, voiceRecordingSchema } from './user-field-rules.js';
import { passwordChangeSchema, pinChangeSchema } from './user-rules.js';

export const defaultValueFieldsSchema = z.object({
  language: languageSchema,
  alwaysPromptPin: z.boolean(),
  showInDirectory: z.boolean(),
  privileges: privilegesSchema,
  voiceRecording: voiceRecordingSchema,
  applications: applicationsSchema,
  voicemail: voicemailSchema,
  fax: faxSchema,
});

export const defaultsDraftSchema = defaultValueFieldsSchema
  .extend({ initialPassword: passwordChangeSchema, pin: pinChangeSchema })
  .superRefine((draft, ctx) => {
    if (draft.initialPassword.action === 'set' && draft.initialPassword.value !== draft.initialPassword.confirmation) {
      ctx.addIssue({ code: 'custom', path: ['initialPassword', 'confirmation'], message: 'rule.password.confirmation' });
    }
    if (draft.pin.action === 'set' && draft.pin.value !== draft.pin.confirmation) {
      ctx.addIssue({ code: 'custom', path: ['pin', 'confirmation'], message: 'rule.pin.confirmation' });
    }
  });
export type DefaultsDraft = z.infer<typeof defaultsDraftSchema>;
