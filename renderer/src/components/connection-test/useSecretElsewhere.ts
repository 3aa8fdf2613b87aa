import type { ContractError } from '@shared/result';
import { useEffect, useState } from 'react';
import { errorText } from '../../i18n';

/**
 * A test refused because the stored password was saved for another server or account (SECRET_ELSEWHERE):
 * the message to show at the screen's password field, whose input (`inputId`) gets the focus once the
 * screen has turned the field into an input to type in.
 */
export function useSecretElsewhere(inputId: string) {
  const [message, setMessage] = useState<string | undefined>();
  // Bumped per refusal: focusing waits for the render that shows the input.
  const [refusals, setRefusals] = useState(0);

  useEffect(() => {
    if (refusals === 0) return;
    const input = document.getElementById(inputId);
    input?.focus();
    input?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [refusals, inputId]);

  return {
    message,
    /** True when `error` is this refusal (then shown at the field); the caller opens the field for typing. */
    take(error: ContractError): boolean {
      if (error.code !== 'SECRET_ELSEWHERE') return false;
      setMessage(errorText(error));
      setRefusals((n) => n + 1);
      return true;
    },
    /** The password was typed, kept or cleared: the message has done its work. */
    clear: () => setMessage(undefined),
  };
}
