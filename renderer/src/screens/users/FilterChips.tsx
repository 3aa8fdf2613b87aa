import { Select } from '@mantine/core';
import { USER_STATE_FILTERS } from '@shared/rules/security-rules';
import type { UserStateFilter } from '@shared/rules/security-rules';
import { PRIVILEGES, USER_SOURCES } from '@shared/domain';
import { STATE_FILTER_TERMS, searchTerm } from '@shared/search';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useSession } from '../../app/session';
import { t } from '../../i18n';
import { useGroups } from '../../api/useGroups';

interface Props {
  /** A filter was chosen: its search term goes into the search box. */
  onTerm(term: string): void;
}

/**
 * Group, state, department, privilege and source filters. Each choice is added to the search text as a term
 * (group:"Night shift", is:locked, dept:Sales, priv:sms, source:csv), so the search box always shows
 * everything that filters the list, and a view saves it as text.
 */
export function FilterChips({ onTerm }: Props) {
  const { dataVersion } = useSession();
  const [departments, setDepartments] = useState<string[]>([]);
  const { groups } = useGroups();

  useEffect(() => {
    let cancelled = false;
    void api.userList.departments().then((result) => {
      if (!cancelled && result.ok) setDepartments(result.value);
    });
    return () => {
      cancelled = true;
    };
  }, [dataVersion]);

  return (
    <>
      <Select
        label={t('users.groupFilter')}
        placeholder={t('userList.filter.add')}
        data={groups.map((group) => group.name)}
        value={null}
        onChange={(value) => value && onTerm(searchTerm('group', value))}
        searchable
        w={170}
      />
      <Select<UserStateFilter>
        label={t('users.stateFilter')}
        placeholder={t('userList.filter.add')}
        data={USER_STATE_FILTERS.map((value) => ({ value, label: t(`users.state.${value}`) }))}
        value={null}
        onChange={(value) => value && onTerm(searchTerm('is', STATE_FILTER_TERMS[value]))}
        w={150}
      />
      <Select
        label={t('userList.filter.department')}
        placeholder={t('userList.filter.add')}
        data={departments}
        value={null}
        onChange={(value) => value && onTerm(searchTerm('dept', value))}
        searchable
        w={160}
      />
      <Select
        label={t('userList.filter.privilege')}
        placeholder={t('userList.filter.add')}
        data={PRIVILEGES.map((privilege) => ({ value: privilege, label: t(`priv.${privilege}`) }))}
        value={null}
        onChange={(value) => value && onTerm(searchTerm('priv', value))}
        searchable
        w={170}
      />
      <Select
        label={t('userList.filter.source')}
        placeholder={t('userList.filter.add')}
        data={USER_SOURCES.map((source) => ({ value: source, label: t(`source.${source}`) }))}
        value={null}
        onChange={(value) => value && onTerm(searchTerm('source', value))}
        w={150}
      />
    </>
  );
}
