import { MultiSelect, Select, SimpleGrid } from '@mantine/core';
import type { UserGroup } from '@shared/domain';
import { useState } from 'react';
import { api } from '../../api/client';
import { notifyDone, notifyError } from '../../app/notify';
import { FormSection } from '../../components/FormSection';
import { groupOptions } from '../../api/useGroups';
import { t } from '../../i18n';
import { fid } from './sectionProps';
import type { SectionProps } from './sectionProps';

interface GroupProps extends SectionProps {
  groups: UserGroup[];
  reloadGroups(): void;
}

export function GroupPermissionsSection({ state, change, issues, groups }: GroupProps) {
  const data = groupOptions(groups);
  return (
    <FormSection title={t('editor.groupPermissions')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select<number>
          id={fid('internalContactsGroupId')}
          label={t('field.internalContacts')}
          description={t('field.internalContactsHint')}
          placeholder={t('field.noGroup')}
          data={data}
          value={state.internalContactsGroupId}
          onChange={(value) => change({ internalContactsGroupId: value })}
          error={issues.errorFor(['internalContactsGroupId'])}
          clearable
          searchable
        />
        <Select<number>
          id={fid('externalContactsGroupId')}
          label={t('field.externalContacts')}
          description={t('field.externalContactsHint')}
          placeholder={t('field.noGroup')}
          data={data}
          value={state.externalContactsGroupId}
          onChange={(value) => change({ externalContactsGroupId: value })}
          error={issues.errorFor(['externalContactsGroupId'])}
          clearable
          searchable
        />
      </SimpleGrid>
    </FormSection>
  );
}

/** Stands for "create a group from the typed name" among the options (group IDs are positive). */
const CREATE = -1;

/** Memberships; a name that matches no group is offered for creation on the spot. */
export function UserGroupsSection({ state, change, issues, groups, reloadGroups }: GroupProps) {
  const [search, setSearch] = useState('');
  const typed = search.trim();
  const exists = groups.some((group) => group.name.toLowerCase() === typed.toLowerCase());
  const data = [...groupOptions(groups), ...(typed && !exists ? [{ value: CREATE, label: t('field.groups.create', { name: typed }) }] : [])];

  const create = async (name: string) => {
    const result = await api.groups.save({ draft: { id: null, name, description: '' } });
    if (!result.ok) {
      notifyError(result.error);
      return;
    }
    notifyDone(t('field.groups.created', { name: result.value.name }));
    reloadGroups();
    change({ groupIds: [...state.groupIds, result.value.id] });
  };

  return (
    <FormSection title={t('editor.userGroups')}>
      <MultiSelect<number>
        id={fid('groupIds')}
        label={t('field.groups')}
        description={t('field.groupsHint')}
        data={data}
        value={state.groupIds}
        onChange={(ids) => {
          if (ids.includes(CREATE)) {
            setSearch('');
            void create(typed);
            return;
          }
          change({ groupIds: ids });
        }}
        searchValue={search}
        onSearchChange={setSearch}
        error={issues.errorFor(['groupIds']) ?? issues.errorWithin('groupIds')}
        searchable
        clearable
        hidePickedOptions
      />
    </FormSection>
  );
}
