import { Select } from '@mantine/core';
import { PRIVILEGES, USER_SOURCES } from '@shared/domain';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useSession } from '../../app/session';
import { t } from '../../i18n';
import { searchTerm } from './searchTerms';

interface Props {
  /** A filter was chosen: its search term goes into the search box. */
  onTerm(term: string): void;
}

/**
 * Department, privilege and source filters. Each choice is added to the search text as a term
 * (dept:Sales, priv:sms, source:csv), so the search box always shows everything that filters the list.
 */
export function FilterChips({ onTerm }: Props) {
  const { dataVersion } = useSession();
  const [departments, setDepartments] = useState<string[]>([]);

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
        w={140}
      />
    </>
  );
}
