import { ActionIcon, Alert, Button, Center, Group, Loader, NumberInput, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconDeviceFloppy, IconNumbers, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ExtensionRange } from '@shared/domain';
import { extensionPoolSchema, issueAt, toFieldIssues } from '@shared/rules';
import type { FieldIssue } from '@shared/result';
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client';
import { fieldId, focusFirstIssue, issuesUnder } from '../../api/issues';
import { notifyDone, notifyError } from '../../app/notify';
import { useLeaveGuard, useSession } from '../../app/session';
import { ScreenHeader } from '../../components/ScreenHeader';
import { issueText, t } from '../../i18n';

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
  const [pool, setPool] = useState<Pool | null>(null);
  useEffect(() => {
    let cancelled = false;
    void api.pool.get().then((result) => {
      if (cancelled) return;
      if (result.ok) setPool(result.value);
      else notifyError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [dataVersion]);

  if (!pool) {
    return (
      <Center h={200}>
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  return <PoolForm key={JSON.stringify(pool)} pool={pool} onSaved={setPool} />;
}

function PoolForm({ pool, onSaved }: { pool: Pool; onSaved(pool: Pool): void }) {
  const [inputs, setInputs] = useState(() => toInputs(pool.ranges));
  const [showIssues, setShowIssues] = useState(false);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const ranges = useMemo(() => toRanges(inputs), [inputs]);
  const dirty = JSON.stringify(ranges) !== JSON.stringify(pool.ranges);
  useLeaveGuard(dirty);

  const localIssues = useMemo(() => {
    const parsed = extensionPoolSchema.safeParse(ranges);
    return parsed.success ? [] : toFieldIssues(parsed.error.issues);
  }, [ranges]);
  const issues = [...(showIssues ? localIssues : []), ...serverIssues];
  const error = (index: number, end: 'first' | 'last') => issueText(issueAt(issues, [index, end]));

  const update = (next: RangeInput[]) => {
    setInputs(next);
    setShowIssues(true);
    setServerIssues([]);
  };

  const save = async () => {
    setShowIssues(true);
    if (localIssues.length > 0) {
      requestAnimationFrame(() => focusFirstIssue(formRef.current, FORM, localIssues));
      return;
    }
    setSaving(true);
    const result = await api.pool.save({ ranges });
    setSaving(false);
    if (!result.ok) {
      const refused = issuesUnder(result.error.issues, 'ranges');
      setServerIssues(refused);
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
              <Tooltip label={t('pool.remove', { n: index + 1 })}>
                <ActionIcon
                  mt={26}
                  size="lg"
                  variant="subtle"
                  color="red"
                  aria-label={t('pool.remove', { n: index + 1 })}
                  onClick={() => update(inputs.filter((r) => r.key !== range.key))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
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
