import { Alert, Button, Grid, Group, NumberInput, Stack, Text, Tooltip } from '@mantine/core';
import { IconDeviceFloppy, IconInfoCircle, IconPlugConnected, IconSearch } from '@tabler/icons-react';
import type { CucmImportSettingsView } from '@shared/cucm/cucm-import-preview';
import { cucmImportSettingsSchema } from '@shared/rules/cucm-import-rules';
import type { CucmImportSettings, CucmSharedNumbers } from '@shared/rules/cucm-import-rules';
import { parseSqlFilter } from '@shared/cucm/sql-filter';
import { parseXmlFilter } from '@shared/cucm/xml-filter';
import { DELETE_THRESHOLD_PERCENT, DELETE_THRESHOLD_USERS } from '@shared/rules/cucm-import-rules';
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { fieldId } from '../../api/issues';
import { useSession } from '../../app/session';
import { useDialogs } from '../../components/Dialogs';
import { FormSection } from '../../components/FormSection';
import { LoadingScreen } from '../../components/LoadingScreen';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useContractValue } from '../../api/useContractValue';
import { useSaveShortcut } from '../../forms/useSaveShortcut';
import { useSettingsForm } from '../../forms/useSettingsForm';
import { t } from '../../i18n';
import { FilterField } from './FilterField';
import { SQL_FILTER_EXAMPLE, XML_FILTER_EXAMPLE } from './filterExamples';
import { ImportResultPanel } from './ImportResultPanel';
import { MappingTable } from './MappingTable';
import { MassDeletionDialog } from './MassDeletionDialog';
import { PreviewFailure } from './PreviewFailure';
import { PreviewPanel } from './PreviewPanel';
import { PreviewProgress } from './PreviewProgress';
import { SqlFilterReference } from './SqlFilterReference';
import { useCucmPreview } from './useCucmPreview';

const FORM = 'cucmImport';
const same = (settings: CucmImportSettings) => settings;

export function CucmImportScreen() {
  const { value, setValue } = useContractValue(() => api.cucm.importSettings(), []);
  if (!value) return <LoadingScreen />;
  return <CucmImportForm view={value} onSaved={setValue} />;
}

function CucmImportForm({ view, onSaved }: { view: CucmImportSettingsView; onSaved(view: CucmImportSettingsView): void }) {
  const { navigate } = useSession();
  const { confirm } = useDialogs();
  const initial = useMemo(() => view.settings, [view]);
  const { state, dirty, saving, change, save, formProps, issues } = useSettingsForm({
    form: FORM,
    sections: ['cucmImport'],
    initial,
    draftOf: same,
    schema: cucmImportSettingsSchema,
    send: (settings) => api.cucm.saveImportSettings({ settings }),
    draftKey: 'settings',
    savedMessage: t('cucmImport.saved'),
    onSaved,
  });
  useSaveShortcut(() => void save());
  const { state: preview, preview: runPreview, cancel, apply, undo } = useCucmPreview();
  const [massDeletion, setMassDeletion] = useState(false);
  const [sharedNumbers, setSharedNumbers] = useState<CucmSharedNumbers>('keep');

  const configured = view.publisher !== null;
  const running = preview.phase === 'running';
  const filtersValid = parseXmlFilter(state.xmlFilter).ok && parseSqlFilter(state.sqlFilter).ok;
  const outdated = preview.phase === 'ready' && preview.settings !== JSON.stringify(state);

  const confirmApply = async () => {
    if (preview.phase !== 'ready') return;
    // Over the threshold: the typed count, or disabling instead (main refuses deleting them without the count).
    if (preview.summary.deletion.overThreshold) {
      setMassDeletion(true);
      return;
    }
    const { add, update, delete: deletes } = preview.summary.counts;
    const ok = await confirm({
      title: t('cucmImport.confirm.title'),
      message: (
        <Stack gap={4} component="span">
          <Text span size="sm">
            {t('cucmImport.confirm.adds', { count: add })}
          </Text>
          <Text span size="sm">
            {t('cucmImport.confirm.updates', { count: update })}
          </Text>
          <Text span size="sm" fw={deletes > 0 ? 700 : undefined} c={deletes > 0 ? 'red.7' : undefined}>
            {t('cucmImport.confirm.deletes', { count: deletes })}
          </Text>
          <Text span size="sm" mt="xs">
            {t('cucmImport.confirm.undo')}
          </Text>
        </Stack>
      ),
      confirmLabel: t('cucmImport.confirm.apply'),
      danger: deletes > 0,
    });
    if (ok) await apply({ action: 'delete', typedCount: null }, sharedNumbers);
  };

  const confirmUndo = async () => {
    const ok = await confirm({
      title: t('cucmImport.undo.title'),
      message: t('cucmImport.undo.message'),
      confirmLabel: t('cucmImport.undo.confirm'),
      danger: true,
    });
    if (ok) await undo();
  };

  const previewButton = (
    <Button
      leftSection={<IconSearch size={16} />}
      onClick={() => void runPreview(state)}
      disabled={!configured || !filtersValid || running}
      loading={running}
    >
      {preview.phase === 'idle' ? t('cucmImport.preview') : t('cucmImport.previewAgain')}
    </Button>
  );

  return (
    <form {...formProps} aria-label={t('cucmImport.title')}>
      <Stack gap="md">
        <ScreenHeader title={t('cucmImport.title')} intro={t('cucmImport.intro')}>
          <Tooltip label={t('cucmImport.saveHint')} multiline maw={320}>
            <Button type="submit" variant="default" leftSection={<IconDeviceFloppy size={16} />} loading={saving} disabled={!dirty}>
              {t('cucmImport.save')}
            </Button>
          </Tooltip>
          {filtersValid || !configured ? previewButton : <Tooltip label={t('cucmImport.fixFilters')}>{previewButton}</Tooltip>}
        </ScreenHeader>

        {configured ? (
          <Alert icon={<IconInfoCircle size={18} />} variant="light">
            {t('cucmImport.publisher', { publisher: view.publisher ?? '' })}{' '}
            {t(view.useCucmAuthentication ? 'cucmImport.newUsers.cucm' : 'cucmImport.newUsers.local')}
          </Alert>
        ) : (
          <Alert color="yellow" icon={<IconPlugConnected size={18} />} title={t('cucmImport.notConfigured.title')} variant="light">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('cucmImport.notConfigured.message')}</Text>
              <Button size="xs" variant="light" onClick={() => void navigate({ screen: 'cucm' })}>
                {t('cucmImport.notConfigured.open')}
              </Button>
            </Stack>
          </Alert>
        )}

        {preview.phase === 'running' && <PreviewProgress progress={preview.progress} cancelling={preview.cancelling} onCancel={cancel} />}
        {preview.phase === 'applied' && (
          <ImportResultPanel
            result={preview.result}
            undone={preview.undone}
            undoing={preview.undoing}
            onUndo={() => void confirmUndo()}
            onShowImports={() => void navigate({ screen: 'imports' })}
          />
        )}
        {preview.phase === 'failed' && <PreviewFailure error={preview.error} progress={preview.progress} onRetry={() => void runPreview(state)} />}
        {preview.phase === 'ready' && (
          <PreviewPanel
            summary={preview.summary}
            outdated={outdated}
            applying={preview.applying}
            sharedNumbers={sharedNumbers}
            onSharedNumbers={setSharedNumbers}
            onApply={() => void confirmApply()}
          />
        )}
        {preview.phase === 'ready' && massDeletion && (
          <MassDeletionDialog
            summary={preview.summary}
            applying={preview.applying}
            onApply={async (choice) => {
              const refusal = await apply(choice, sharedNumbers);
              if (!refusal) setMassDeletion(false);
              return refusal;
            }}
            onClose={() => setMassDeletion(false)}
          />
        )}

        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <FormSection title={t('cucmImport.section.filters')}>
              <FilterField
                id={fieldId(FORM, ['xmlFilter'])}
                label={t('cucmImport.xml.label')}
                description={t('cucmImport.xml.hint')}
                value={state.xmlFilter}
                onChange={(xmlFilter) => change({ xmlFilter })}
                parse={parseXmlFilter}
                example={XML_FILTER_EXAMPLE}
                exampleHint={t('cucmImport.xml.exampleHint')}
                disabled={running}
              />
              <FilterField
                id={fieldId(FORM, ['sqlFilter'])}
                label={t('cucmImport.sql.label')}
                description={t('cucmImport.sql.hint')}
                value={state.sqlFilter}
                onChange={(sqlFilter) => change({ sqlFilter })}
                parse={parseSqlFilter}
                example={SQL_FILTER_EXAMPLE}
                exampleHint={t('cucmImport.sql.exampleHint')}
                reference={<SqlFilterReference />}
                disabled={running}
              />
            </FormSection>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <FormSection title={t('cucmImport.section.mapping')}>
              <Text size="sm" c="dimmed">
                {t('cucmImport.mapping.intro')}
              </Text>
              <MappingTable form={FORM} mapping={state.mapping} onChange={(mapping) => change({ mapping })} disabled={running} />
            </FormSection>
            <FormSection title={t('cucmImport.section.deletion')}>
              <Text size="sm" c="dimmed">
                {t('cucmImport.deletion.intro')}
              </Text>
              <Group grow align="flex-start">
                <NumberInput
                  id={fieldId(FORM, ['deleteThresholdPercent'])}
                  label={t('cucmImport.deletion.percent')}
                  description={t('cucmImport.deletion.percentHint')}
                  value={state.deleteThresholdPercent}
                  onChange={(value) => change({ deleteThresholdPercent: typeof value === 'number' ? value : Number.NaN })}
                  min={DELETE_THRESHOLD_PERCENT.min}
                  max={DELETE_THRESHOLD_PERCENT.max}
                  clampBehavior="none"
                  allowDecimal={false}
                  disabled={running}
                  error={issues.errorAt(['deleteThresholdPercent'])}
                />
                <NumberInput
                  id={fieldId(FORM, ['deleteThresholdUsers'])}
                  label={t('cucmImport.deletion.users')}
                  description={t('cucmImport.deletion.usersHint')}
                  value={state.deleteThresholdUsers}
                  onChange={(value) => change({ deleteThresholdUsers: typeof value === 'number' ? value : Number.NaN })}
                  min={DELETE_THRESHOLD_USERS.min}
                  max={DELETE_THRESHOLD_USERS.max}
                  clampBehavior="none"
                  allowDecimal={false}
                  thousandSeparator=","
                  error={issues.errorAt(['deleteThresholdUsers'])}
                  disabled={running}
                />
              </Group>
            </FormSection>
          </Grid.Col>
        </Grid>
      </Stack>
    </form>
  );
}
