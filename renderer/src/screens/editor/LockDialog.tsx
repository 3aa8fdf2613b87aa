import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { lockRequestSchema } from '@shared/rules/account-lock-rules';
import type { LockRequest } from '@shared/rules/account-lock-rules';
import { issueAt, toFieldIssues } from '@shared/rules/issues';
import type { FieldIssue } from '@shared/result';
import { useState } from 'react';
import { useReturnFocusWhenGone } from '../../components/Dialogs';
import { issueText, t } from '../../i18n';

interface Props {
  title: string;
  onClose(): void;
  /**
   * Makes the lock. Resolves with null when it is done (the dialog closes), or with the refusal's problems at
   * the dialog's fields (paths `until`, `reason`) to show there; an empty list keeps the dialog open as it is.
   */
  onLock(request: LockRequest): Promise<readonly FieldIssue[] | null>;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dateOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The instant a local date and time name, as the contract takes it; '' when they name none (the rule says so). */
function instantOf(date: string, time: string): string {
  const local = new Date(`${date}T${time || '00:00'}`);
  return date && !Number.isNaN(local.getTime()) ? local.toISOString() : '';
}

type Field = 'until' | 'reason';

/**
 * How long and why an account is locked: until unlocked, or until a date and time of this computer's clock;
 * with the reason. Checked as typed with the contract's own rule; used by the editor (one user) and the bulk bar.
 */
export function LockDialog({ title, onClose, onLock }: Props) {
  const [indefinite, setIndefinite] = useState(true);
  // A starting point for "until a time": tomorrow morning.
  const [date, setDate] = useState(() => dateOf(new Date(Date.now() + 24 * 3600_000)));
  const [time, setTime] = useState('08:00');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState<ReadonlySet<Field>>(new Set());
  const [refused, setRefused] = useState<readonly FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  useReturnFocusWhenGone();

  const request = { until: indefinite ? null : instantOf(date, time), reason };
  const parsed = lockRequestSchema.safeParse(request);
  const issues = parsed.success ? [] : toFieldIssues(parsed.error.issues);
  const errorFor = (field: Field) => (touched.has(field) ? issueText(issueAt(issues, [field]) ?? issueAt(refused, [field])) : undefined);
  const touch = (field: Field) => {
    setTouched((was) => new Set(was).add(field));
    setRefused([]);
  };

  const submit = async () => {
    setTouched(new Set<Field>(['until', 'reason']));
    if (!parsed.success) return;
    setBusy(true);
    const problems = await onLock(parsed.data);
    setBusy(false);
    if (problems === null) onClose();
    else setRefused(problems);
  };

  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const untilError = errorFor('until');

  return (
    <Modal opened onClose={onClose} title={title} centered size="lg">
      <form
        aria-label={title}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          // The dialog is portalled out of the editor's form in the page, not in React's tree: the editor must not save.
          event.stopPropagation();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {t('lock.dialog.intro')}
          </Text>
          <Radio.Group
            label={t('lock.dialog.duration')}
            value={indefinite ? 'indefinite' : 'time'}
            onChange={(value) => {
              setIndefinite(value === 'indefinite');
              touch('until');
            }}
          >
            <Stack gap="xs" mt="xs">
              <Radio
                value="indefinite"
                label={t('lock.dialog.untilUnlocked')}
                description={t('lock.dialog.untilUnlockedHint')}
                data-autofocus={indefinite || undefined}
              />
              <Radio value="time" label={t('lock.dialog.untilTime')} data-autofocus={!indefinite || undefined} />
            </Stack>
          </Radio.Group>
          {!indefinite && (
            <Stack gap={4} pl="xl">
              <Group align="flex-start" gap="sm">
                <TextInput
                  id="lock-until-date"
                  type="date"
                  label={t('lock.dialog.date')}
                  // Named without the required mark, as the editor's required fields are.
                  aria-label={t('lock.dialog.date')}
                  value={date}
                  min={dateOf(new Date())}
                  onChange={(event) => {
                    setDate(event.currentTarget.value);
                    touch('until');
                  }}
                  error={untilError}
                  w={190}
                  required
                />
                <TextInput
                  id="lock-until-time"
                  type="time"
                  label={t('lock.dialog.time')}
                  aria-label={t('lock.dialog.time')}
                  value={time}
                  onChange={(event) => {
                    setTime(event.currentTarget.value);
                    touch('until');
                  }}
                  // Red as the date is; the message is said once, under the date.
                  error={untilError !== undefined}
                  w={130}
                  required
                />
              </Group>
              <Text size="xs" c="dimmed">
                {t('lock.dialog.timeHint', { zone })}
              </Text>
            </Stack>
          )}
          <TextInput
            id="lock-reason"
            label={t('lock.dialog.reason')}
            aria-label={t('lock.dialog.reason')}
            description={t('lock.dialog.reasonHint')}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              touch('reason');
            }}
            onBlur={() => touch('reason')}
            error={errorFor('reason')}
            required
            autoComplete="off"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="orange" leftSection={<IconLock size={16} />} loading={busy}>
              {t('lock.dialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
