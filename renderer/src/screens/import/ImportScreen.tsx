import { Button, Group, Overlay, Stack, Stepper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconArrowRight, IconFileImport, IconUpload } from '@tabler/icons-react';
import { useEffect } from 'react';
import { searchTerm } from '@shared/search';
import { api } from '../../api/client';
import { notifyError } from '../../app/notify';
import { useLeaveGuard, useSession } from '../../app/session';
import { useDialogs } from '../../components/Dialogs';
import { ScreenHeader } from '../../components/ScreenHeader';
import { formatNumber, t } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { ChecksStep } from './ChecksStep';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { doubleMappings } from './mapping';
import { RunStep } from './RunStep';
import { SummaryStep } from './SummaryStep';
import { useFileDrop } from './useFileDrop';
import { STEPS, useImportWizard } from './useImportWizard';
import type { Step } from './useImportWizard';
import { useWizardKeys } from './useWizardKeys';

interface Primary {
  label: string;
  enabled: boolean;
  run(): void;
}

/** Import users from a CSV file: file, columns, duplicates and checks, the run, and its summary. */
export function ImportScreen() {
  const wizard = useImportWizard();
  const { step, setStep, readable, inspection, check, run } = wizard;
  const { replaceRoute, dataChanged } = useSession();
  const { confirm } = useDialogs();
  const index = STEPS.indexOf(step);
  const running = run.state === 'running';
  const checking = check.state === 'running';

  // Choices made here are lost by leaving, and a running import would go on unseen; once it is done,
  // cancelled or refused, there is nothing left to lose.
  useLeaveGuard((wizard.path !== '' && step !== 'run' && step !== 'summary') || running);

  // The check starts by itself when the step is reached, so the administrator sees at once what would happen.
  const { runCheck } = wizard;
  const checkIdle = check.state === 'idle';
  useEffect(() => {
    if (step === 'checks' && checkIdle && wizard.match.length > 0) void runCheck();
    // Only on arriving at the step (or after a re-read cleared the check), not on every option change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step]);

  const { dragging } = useFileDrop(
    (path) => {
      if (path) wizard.readFile(path);
      else
        notifications.show({ title: t('importWizard.file.section'), message: t('importWizard.file.dropBrowser'), color: 'yellow', autoClose: 8000 });
    },
    !running && !checking && step !== 'summary',
  );

  const chooseFile = async () => {
    const picked = await api.import.pickFile();
    if (!picked.ok) notifyError(picked.error);
    else if (picked.value.path) wizard.readFile(picked.value.path);
  };

  const leave = () => replaceRoute({ screen: 'users' });

  const cancelRun = async () => {
    const ok = await confirm({
      title: t('importWizard.run.confirmCancel.title'),
      message: t('importWizard.run.confirmCancel.message'),
      confirmLabel: t('importWizard.run.confirmCancel.confirm'),
      cancelLabel: t('importWizard.run.confirmCancel.keep'),
      danger: true,
    });
    if (ok) await wizard.cancelRunning();
  };

  const cancelWizard = async () => {
    if (running) return cancelRun();
    if (step === 'summary' || wizard.path === '') return leave();
    const ok = await confirm({
      title: t('importWizard.leave.title'),
      message: t('importWizard.leave.message'),
      confirmLabel: t('importWizard.leave.confirm'),
      cancelLabel: t('importWizard.leave.keep'),
      danger: true,
    });
    if (ok) leave();
  };

  const primary = ((): Primary | null => {
    switch (step) {
      case 'file':
        return { label: t('importWizard.next'), enabled: readable !== null, run: () => setStep('mapping') };
      case 'mapping':
        return {
          label: t('importWizard.next'),
          enabled: readable !== null && doubleMappings(wizard.mapping).size === 0,
          run: () => setStep('checks'),
        };
      case 'checks': {
        if (check.state === 'done') {
          const changes = check.value.counts.create + check.value.counts.update;
          return { label: t('importWizard.import', { count: formatNumber(changes) }), enabled: changes > 0, run: () => void wizard.runImport() };
        }
        return { label: t('importWizard.check.run'), enabled: !checking && wizard.match.length > 0, run: () => void runCheck() };
      }
      case 'run':
        return null;
      case 'summary':
        return { label: t('importWizard.summary.done'), enabled: true, run: leave };
    }
  })();

  const canGoBack = (step !== 'file' && step !== 'run' && step !== 'summary' && !checking) || (step === 'run' && !running);
  const back = () => {
    if (!canGoBack) return;
    setStep(step === 'run' ? 'checks' : STEPS[index - 1]!);
  };

  useWizardKeys({
    next: () => primary?.enabled && primary.run(),
    back,
    escape: () => void cancelWizard(),
  });

  const stepLabel = (name: Step) => t(`importWizard.step.${name}` as MessageKey);
  // A step already done can be revisited by its number, except around the run (nothing to go back to).
  const reachable = (target: number) => target < index && !running && !checking && step !== 'summary' && target < STEPS.indexOf('run');

  return (
    <Stack gap="md" pb="xl">
      <ScreenHeader title={t('importWizard.title')} intro={t('importWizard.intro')} />
      <Stepper
        // On the summary every step is done, the summary included.
        active={step === 'summary' ? STEPS.length : index}
        onStepClick={(target) => reachable(target) && setStep(STEPS[target]!)}
        size="sm"
        aria-label={t('importWizard.steps')}
        allowNextStepsSelect={false}
      >
        {STEPS.map((name) => (
          <Stepper.Step key={name} label={stepLabel(name)} description={t(`importWizard.step.${name}.hint` as MessageKey)} />
        ))}
      </Stepper>

      {step === 'file' && <FileStep wizard={wizard} onChoose={() => void chooseFile()} />}
      {step === 'mapping' && inspection && <MappingStep wizard={wizard} inspection={inspection} />}
      {step === 'checks' && inspection && <ChecksStep wizard={wizard} inspection={inspection} />}
      {step === 'run' && <RunStep wizard={wizard} fileName={inspection?.fileName ?? ''} onCancel={() => void cancelRun()} />}
      {step === 'summary' && run.state === 'done' && inspection && (
        <SummaryStep
          summary={run.value}
          inspection={inspection}
          onShowUsers={() => {
            dataChanged();
            replaceRoute({ screen: 'users', search: searchTerm('import', String(run.value.record.id)) });
          }}
        />
      )}

      <Group justify="space-between" mt="md" pt="md" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
        <Group gap="sm">
          {step !== 'summary' && !running && (
            <Button variant="subtle" color="gray" onClick={() => void cancelWizard()}>
              {/* After a cancelled or refused run there is no import left to cancel, only the wizard to close. */}
              {step === 'run' ? t('importWizard.close') : t('importWizard.cancel')}
            </Button>
          )}
          {step === 'summary' && (
            <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={wizard.startOver}>
              {t('importWizard.summary.another')}
            </Button>
          )}
          {step !== 'summary' && step !== 'run' && (
            <Text size="xs" c="dimmed">
              {t('importWizard.keys')}
            </Text>
          )}
        </Group>
        <Group gap="sm">
          {step !== 'summary' && (
            <Button variant="default" leftSection={<IconArrowLeft size={16} />} disabled={!canGoBack} onClick={back}>
              {t('importWizard.back')}
            </Button>
          )}
          {primary && (
            <Button rightSection={step === 'summary' ? undefined : <IconArrowRight size={16} />} disabled={!primary.enabled} onClick={primary.run}>
              {primary.label}
            </Button>
          )}
        </Group>
      </Group>

      {dragging && (
        <Overlay fixed center backgroundOpacity={0.55} blur={2} zIndex={300}>
          <Group gap="sm" c="white">
            <IconUpload size={32} />
            <Text size="xl" fw={700} c="white">
              {t('importWizard.file.dropHere')}
            </Text>
          </Group>
        </Overlay>
      )}
    </Stack>
  );
}
