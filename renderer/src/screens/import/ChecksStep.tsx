import { Alert, Badge, Button, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconListCheck, IconUsersPlus } from '@tabler/icons-react';
import { DUPLICATE_ACTIONS, DUPLICATE_KEY_FIELDS } from '@shared/channels/import';
import type { DuplicateAction, DuplicateKeyField, ImportInspection, ImportPreview } from '@shared/channels/import';
import { FILE_FIELDS } from '@shared/user-record/file-fields';
import { FormSection } from '../../components/FormSection';
import { t } from '../../i18n';
import { count } from './importFormat';
import { JobProgress } from './JobProgress';
import { columnName, fieldLabel } from './mapping';
import { OUTCOME_COLORS, PreviewTable } from './PreviewTable';
import { ProblemList } from './ProblemList';
import { Refusal } from './Refusal';
import type { ImportWizard } from './useImportWizard';
import { VirtualList } from './VirtualList';

/** The file fields that name groups (memberships, group permissions), read off the declaration. */
const GROUP_FIELDS = new Set(FILE_FIELDS.filter((field) => field.format === 'groups' || field.format === 'group').map((field) => field.name));

/** Step 3: how existing users are recognised and treated, credentials, and the check of every row. */
export function ChecksStep({ wizard, inspection }: { wizard: ImportWizard; inspection: ImportInspection }) {
  const {
    match,
    setMatch,
    action,
    setAction,
    includeCredentials,
    setIncludeCredentials,
    createGroups,
    setCreateGroups,
    mapping,
    check,
    runCheck,
    cancelRunning,
  } = wizard;
  const credentialColumns = mapping.includes('password') || mapping.includes('pin');
  const groupColumns = mapping.some((field) => field !== null && GROUP_FIELDS.has(field));

  return (
    <Stack gap="md">
      <FormSection title={t('importWizard.duplicates.section')}>
        <Checkbox.Group
          label={t('importWizard.duplicates.match')}
          description={t('importWizard.duplicates.matchHint')}
          value={match}
          onChange={(value) => setMatch(value as DuplicateKeyField[])}
          error={match.length === 0 ? t('rule.import.match.required') : undefined}
        >
          <Group gap="lg" mt="xs">
            {DUPLICATE_KEY_FIELDS.map((field) => (
              <Checkbox key={field} value={field} label={fieldLabel(field)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Radio.Group label={t('importWizard.duplicates.action')} value={action} onChange={(value) => setAction(value as DuplicateAction)}>
          <Stack gap="xs" mt="xs">
            {DUPLICATE_ACTIONS.map((choice) => (
              <Radio
                key={choice}
                value={choice}
                label={t(`importWizard.duplicates.${choice}`)}
                description={t(`importWizard.duplicates.${choice}.hint`)}
              />
            ))}
          </Stack>
        </Radio.Group>
      </FormSection>

      <FormSection title={t('importWizard.credentials.section')}>
        <Checkbox
          label={t('importWizard.credentials.include')}
          description={credentialColumns ? t('importWizard.credentials.hint') : t('importWizard.credentials.none')}
          checked={includeCredentials}
          disabled={!credentialColumns}
          onChange={(event) => setIncludeCredentials(event.currentTarget.checked)}
        />
      </FormSection>

      <FormSection title={t('importWizard.groups.section')}>
        <Checkbox
          label={t('importWizard.groups.create')}
          description={groupColumns ? t('importWizard.groups.createHint') : t('importWizard.groups.none')}
          checked={createGroups}
          disabled={!groupColumns}
          onChange={(event) => setCreateGroups(event.currentTarget.checked)}
        />
      </FormSection>

      <FormSection title={t('importWizard.check.section')}>
        <Text size="sm" c="dimmed">
          {t('importWizard.check.help')}
        </Text>
        {check.state === 'running' ? (
          <JobProgress
            progress={check.progress}
            cancelling={check.cancelling}
            cancelLabel={t('common.cancel')}
            onCancel={() => void cancelRunning()}
          />
        ) : (
          <Group>
            <Button
              variant={check.state === 'done' ? 'default' : 'filled'}
              leftSection={<IconListCheck size={16} />}
              disabled={match.length === 0}
              onClick={() => void runCheck()}
              data-wizard-enter="own"
            >
              {check.state === 'done' ? t('importWizard.check.again') : t('importWizard.check.run')}
            </Button>
          </Group>
        )}
        {check.state === 'cancelled' && (
          <Text size="sm" role="status">
            {t('importWizard.check.cancelled')}
          </Text>
        )}
        {check.state === 'failed' && <Refusal error={check.error} />}
        {check.state === 'done' && <CheckResult preview={check.value} inspection={inspection} />}
      </FormSection>
    </Stack>
  );
}

function CheckResult({ preview, inspection }: { preview: ImportPreview; inspection: ImportInspection }) {
  const names = inspection.columns.map(columnName);
  const { counts } = preview;
  return (
    <Stack gap="md">
      <Group gap="xs" role="status" aria-label={t('importWizard.counts.rows', { count: count(preview.rows) })}>
        <Text size="sm" fw={600} mr="xs">
          {t('importWizard.counts.rows', { count: count(preview.rows) })}
        </Text>
        <Badge color={OUTCOME_COLORS.create} variant="light">
          {t('importWizard.counts.create', { count: count(counts.create) })}
        </Badge>
        <Badge color={OUTCOME_COLORS.update} variant="light">
          {t('importWizard.counts.update', { count: count(counts.update) })}
        </Badge>
        <Badge color={OUTCOME_COLORS.skip} variant="light">
          {t('importWizard.counts.skip', { count: count(counts.skip) })}
        </Badge>
        <Badge color={OUTCOME_COLORS.reject} variant="light">
          {t('importWizard.counts.reject', { count: count(counts.reject) })}
        </Badge>
      </Group>
      {counts.create + counts.update === 0 && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />}>
          {t('importWizard.nothingToImport')}
        </Alert>
      )}
      {preview.groupsToCreate.length > 0 && (
        <Alert color="blue" icon={<IconUsersPlus size={18} />} title={t('importWizard.groups.toCreate', { count: preview.groupsToCreate.length })}>
          <Stack gap={6}>
            <Text size="sm">{t('importWizard.groups.toCreateHelp')}</Text>
            <Group gap={6} role="list" aria-label={t('importWizard.groups.toCreate', { count: preview.groupsToCreate.length })}>
              {preview.groupsToCreate.map((name) => (
                <Badge key={name} role="listitem" variant="outline" color="blue" tt="none">
                  {name}
                </Badge>
              ))}
            </Group>
          </Stack>
        </Alert>
      )}
      {preview.firstRows.length > 0 && <PreviewTable rows={preview.firstRows} total={preview.rows} />}
      <Stack gap={4}>
        <Text fw={600} size="sm">
          {t('importWizard.problems.title', { count: count(preview.problemCount) })}
        </Text>
        {preview.problemCount === 0 ? (
          <Group gap={6}>
            <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" />
            <Text size="sm">{t('importWizard.problems.none')}</Text>
          </Group>
        ) : (
          <>
            <ProblemList problems={preview.problems} columnNames={names} label={t('importWizard.problems.label')} />
            {preview.problemCount > preview.problems.length && (
              <Text size="xs" c="dimmed">
                {t('importWizard.problems.more', { shown: count(preview.problems.length), total: count(preview.problemCount) })}
              </Text>
            )}
          </>
        )}
      </Stack>
      {preview.duplicatesInFile.length > 0 && (
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('importWizard.inFile.title', { count: preview.duplicatesInFile.length })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('importWizard.inFile.help')}
          </Text>
          <VirtualList
            items={preview.duplicatesInFile}
            rowHeight={28}
            maxHeight={28 * 6}
            label={t('importWizard.inFile.title', { count: preview.duplicatesInFile.length })}
            itemKey={(row) => row.line}
          >
            {(row) => <Text size="sm">{t('importWizard.inFile.row', { line: count(row.line), firstLine: count(row.firstLine) })}</Text>}
          </VirtualList>
        </Stack>
      )}
    </Stack>
  );
}
