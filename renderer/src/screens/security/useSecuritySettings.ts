import type { SecuritySettings } from '@shared/rules/security-rules';
import { DEFAULT_SECURITY_SETTINGS } from '@shared/rules/security-rules';
import { api } from '../../api/client';
import { useSession } from '../../app/session';
import { useContractValue } from '../../api/useContractValue';

/**
 * The site's security settings for screens that apply them (the editor checks secrets as you type, the
 * account state shows expiry). Until they have arrived no rule is in force here; main checks again on save.
 */
export function useSecuritySettings(): SecuritySettings {
  const { dataVersion } = useSession();
  const { value } = useContractValue(async () => {
    const state = await api.security.get();
    return state.ok ? { ok: true as const, value: state.value.settings } : state;
  }, [dataVersion]);
  return value ?? DEFAULT_SECURITY_SETTINGS;
}
