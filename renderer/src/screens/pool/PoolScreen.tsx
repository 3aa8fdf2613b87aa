import { Alert, Button, Group, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconNumbers, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ExtensionRange } from '@shared/domain';
import { extensionPoolSchema } from '@shared/rules';
import { useMemo, useRef, useState } from 'react';
import { api } from '../../api/client';
import { fieldId, focusFirstIssue, issuesUnder } from '../../api/issues';
import { notifyDone, notifyError } from '../../app/notify';
import { useLeaveGuard, useSession } from '../../app/session';
import { IconAction } from '../../components/IconAction';
import { LoadingScreen } from '../../components/LoadingScreen';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useContractValue } from '../../components/useContractValue';
import { useFormIssues } from '../../components/useFormIssues';
import { t } from '../../i18n';

const FORM = 'pool';

interface Pool {
  ranges: ExtensionRange[];
  nextFree: string | null;
}

/** A range being typed: an emptied input is '' until it holds a number again. */
interface RangeInput {
  key: number;
  first: number | '';
  last: number | '';
}

let nextKey = 1;
const toInputs = (ranges: ExtensionRange[]): RangeInput[] => ranges.map((r) => ({ key: nextKey++, first: r.first, last: r.last }));
const toRanges = (inputs: RangeInput[]) => inputs.map((r) => ({ first: r.first === '' ? Number.NaN : r.first, last: r.last === '' ? Number.NaN : r.last }));

export function PoolScreen() {
  const { dataVersion } = useSession();
  const { value: pool, setValue: setPool } = useContractValue(() => api.pool.get(), [dataVersion]);
  if (!pool) return <LoadingScreen />;
  return <PoolForm key={JSON.stringify(pool)} pool={pool} onSaved={setPool} />;
}

function PoolForm({ pool, onSaved }: { pool: Pool; onSaved(pool: Pool): void }) {
  const [inputs, setInputs] = useState(() => toInputs(pool.ranges));
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const ranges = useMemo(() => toRanges(inputs), [inputs]);
  const dirty = JSON.stringify(ranges) !== JSON.stringify(pool.ranges);
  useLeaveGuard(dirty);

  const issues = useFormIssues(extensionPoolSchema, ranges);
  const error = (index: number, end: 'first' | 'last') => issues.errorAt([index, end]);

  const update = (next: RangeInput[]) => {
    setInputs(next);
    issues.edited();
  };

  const save = async () => {
    issues.reveal();
    if (issues.local.length > 0) {
      requestAnimationFrame(() => focusFirstIssue(formRef.current, FORM, issues.local));
      return;
    }
    setSaving(true);
    const result = await api.pool.save({ ranges });
    setSaving(false);
    if (!result.ok) {
      const refused = issuesUnder(result.error.issues, 'ranges');
      issues.setRefused(refused);
      notifyError(result.error);
      return;
    }
    notifyDone(t('pool.saved'));
    onSaved(result.value);
  };

  return (
    <form
      ref={formRef}
      aria-label={t('pool.title')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md" maw={720}>
        <ScreenHeader title={t('pool.title')} intro={t('pool.intro')}>
          <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={saving} disabled={!dirty}>
            {t('pool.save')}
          </Button>
        </ScreenHeader>
        <Alert icon={<IconNumbers size={18} />} variant="light" color={pool.nextFree ? 'indigo' : 'yellow'} aria-live="polite">
          {pool.nextFree ? t('pool.nextFree', { number: pool.nextFree }) : t('pool.noFree')}
        </Alert>
        {inputs.length === 0 && <Text c="dimmed">{t('pool.empty')}</Text>}
        {inputs.map((range, index) => (
          <Paper key={range.key} withBorder p="sm" component="fieldset" aria-label={t('pool.rangeLabel', { n: index + 1 })} m={0}>
            <Group align="flex-start" wrap="nowrap">
              <NumberInput
                id={fieldId(FORM, [index, 'first'])}
                label={t('pool.first')}
                value={range.first}
                onChange={(value) => update(inputs.map((r) => (r.key === range.key ? { ...r, first: typeof value === 'number' ? value : '' } : r)))}
                error={error(index, 'first')}
                allowDecimal={false}
                allowNegative={false}
                hideControls
                style={{ flex: 1 }}
              />
              <NumberInput
                id={fieldId(FORM, [index, 'last'])}
                label={t('pool.last')}
                value={range.last}
                onChange={(value) => update(inputs.map((r) => (r.key === range.key ? { ...r, last: typeof value === 'number' ? value : '' } : r)))}
                error={error(index, 'last')}
                allowDecimal={false}
                allowNegative={false}
                hideControls
                style={{ flex: 1 }}
              />
              <IconAction
                label={t('pool.remove', { n: index + 1 })}
                mt={26}
                size="lg"
                color="red"
                icon={<IconTrash size={16} />}
                onClick={() => update(inputs.filter((r) => r.key !== range.key))}
              />
            </Group>
          </Paper>
        ))}
        <Group>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => {
              const last = ranges.at(-1);
              const start = last && Number.isFinite(last.last) ? last.last + 1 : 1000;
              update([...inputs, { key: nextKey++, first: start, last: start + 99 }]);
            }}
          >
            {t('pool.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
