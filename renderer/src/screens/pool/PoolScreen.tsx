import { Alert, Button, Group, NumberInput, Paper, Stack, Switch, Text } from '@mantine/core';
import { IconNumbers, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ExtensionPoolView } from '@shared/channels/pool';
import type { ExtensionRange } from '@shared/domain';
import { poolDraftSchema } from '@shared/channels/pool';
import { useMemo } from 'react';
import { api } from '../../api/client';
import { fieldId } from '../../api/issues';
import { useSession } from '../../app/session';
import { FormScreenHeader } from '../../components/FormScreenHeader';
import { IconAction } from '../../components/IconAction';
import { LoadingScreen } from '../../components/LoadingScreen';
import { useContractValue } from '../../api/useContractValue';
import { useSettingsForm } from '../../forms/useSettingsForm';
import { t } from '../../i18n';

const FORM = 'pool';

/** A range being typed: an emptied input is '' until it holds a number again. */
interface RangeInput {
  key: number;
  first: number | '';
  last: number | '';
}

let nextKey = 1;
const toInputs = (ranges: ExtensionRange[]): RangeInput[] => ranges.map((r) => ({ key: nextKey++, first: r.first, last: r.last }));
interface PoolState {
  inputs: RangeInput[];
  numberBelongsToOneUser: boolean;
}
const draftOf = ({ inputs, numberBelongsToOneUser }: PoolState) => ({
  ranges: inputs.map((r) => ({ first: r.first === '' ? Number.NaN : r.first, last: r.last === '' ? Number.NaN : r.last })),
  numberBelongsToOneUser,
});

export function PoolScreen() {
  const { dataVersion } = useSession();
  const { value: pool, setValue: setPool } = useContractValue(() => api.pool.get(), [dataVersion]);
  if (!pool) return <LoadingScreen />;
  return <PoolForm key={JSON.stringify(pool)} pool={pool} onSaved={setPool} />;
}

function PoolForm({ pool, onSaved }: { pool: ExtensionPoolView; onSaved(pool: ExtensionPoolView): void }) {
  const initial = useMemo(
    () => ({ inputs: toInputs(pool.ranges), numberBelongsToOneUser: pool.numberBelongsToOneUser }),
    [pool.ranges, pool.numberBelongsToOneUser],
  );
  const {
    state: { inputs, numberBelongsToOneUser },
    draft,
    dirty,
    saving,
    issues,
    change,
    formProps,
  } = useSettingsForm({
    form: FORM,
    sections: ['numbering'],
    initial,
    draftOf,
    schema: poolDraftSchema,
    send: (next) => api.pool.save({ draft: next }),
    draftKey: 'draft',
    savedMessage: t('pool.saved'),
    onSaved,
    // The rows' keys are not stored: only the ranges and the rule tell whether there is something to save.
    isDirty: (_, next) => next.numberBelongsToOneUser !== pool.numberBelongsToOneUser || JSON.stringify(next.ranges) !== JSON.stringify(pool.ranges),
  });
  const ranges = draft.ranges;
  const error = (index: number, end: 'first' | 'last') => issues.errorAt(['ranges', index, end]);
  const update = (next: RangeInput[]) => change({ inputs: next });

  return (
    <form {...formProps} aria-label={t('pool.title')}>
      <Stack gap="md" maw={720}>
        <FormScreenHeader title={t('pool.title')} intro={t('pool.intro')} saveLabel={t('pool.save')} dirty={dirty} saving={saving} />
        <Alert icon={<IconNumbers size={18} />} variant="light" color={pool.nextFree ? 'indigo' : 'yellow'} aria-live="polite">
          {pool.nextFree ? t('pool.nextFree', { number: pool.nextFree }) : t('pool.noFree')}
        </Alert>
        <Switch
          id={fieldId(FORM, ['numberBelongsToOneUser'])}
          label={t('pool.numberBelongsToOneUser')}
          description={t('pool.numberBelongsToOneUserHint')}
          checked={numberBelongsToOneUser}
          onChange={(event) => change({ numberBelongsToOneUser: event.currentTarget.checked })}
        />
        {pool.sharingUsers > 0 && (
          <Text size="sm" c="dimmed">
            {t('pool.sharingUsers', { count: pool.sharingUsers })}
          </Text>
        )}
        {inputs.length === 0 && <Text c="dimmed">{t('pool.empty')}</Text>}
        {inputs.map((range, index) => (
          <Paper key={range.key} withBorder p="sm" component="fieldset" aria-label={t('pool.rangeLabel', { n: index + 1 })} m={0}>
            <Group align="flex-start" wrap="nowrap">
              <NumberInput
                id={fieldId(FORM, ['ranges', index, 'first'])}
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
                id={fieldId(FORM, ['ranges', index, 'last'])}
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
