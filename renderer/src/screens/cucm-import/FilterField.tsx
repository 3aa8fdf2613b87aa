import { Box, Button, Collapse, Group, Paper, Stack, Textarea, Tooltip } from '@mantine/core';
import { IconBook2, IconBulb } from '@tabler/icons-react';
import type { FilterError, FilterParse } from '@shared/cucm/filter-error';
import { lineAndColumn } from '@shared/cucm/filter-error';
import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { t } from '../../i18n';

interface Props {
  id: string;
  label: string;
  description: string;
  value: string;
  onChange(value: string): void;
  parse(text: string): FilterParse<unknown>;
  example: string;
  exampleHint: string;
  /** A quick reference shown on demand under the field. */
  reference?: ReactNode;
  disabled?: boolean;
}

/** The line of the text holding the problem, with a marker under the characters concerned. */
function markedLine(text: string, error: FilterError): { line: string; marker: string } {
  const { line, column } = lineAndColumn(text, error.position);
  const source = text.split(/\r\n|\r|\n/)[line - 1] ?? '';
  const width = Math.max(1, Math.min(error.length, source.length - (column - 1)));
  return { line: source, marker: `${' '.repeat(column - 1)}${'^'.repeat(width)}` };
}

/**
 * A filter typed by the administrator (monospace), checked as it is typed by the same parser main uses: a
 * problem is shown at the field with its line and column, and the line itself with the spot marked.
 */
export function FilterField({ id, label, description, value, onChange, parse, example, exampleHint, reference, disabled }: Props) {
  const [showReference, setShowReference] = useState(false);
  const parsed = useMemo(() => parse(value), [parse, value]);
  const error = parsed.ok ? null : parsed.error;
  const where = error ? lineAndColumn(value, error.position) : null;
  const marked = error ? markedLine(value, error) : null;

  return (
    <Stack gap={4}>
      <Textarea
        id={id}
        label={label}
        description={description}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        autosize
        minRows={3}
        maxRows={14}
        spellCheck={false}
        autoComplete="off"
        disabled={disabled}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        error={error && where ? t('cucmImport.filter.at', { ...where, message: t(error.message, error.params) }) : undefined}
      />
      {marked && (
        <Box
          component="pre"
          aria-label={t('cucmImport.filter.marker')}
          m={0}
          p="xs"
          fz={13}
          ff="monospace"
          c="red.8"
          bg="var(--mantine-color-red-light)"
          style={{ borderRadius: 4, overflowX: 'auto' }}
        >
          {`${marked.line}\n${marked.marker}`}
        </Box>
      )}
      <Group gap="xs">
        <Tooltip label={exampleHint} multiline maw={360}>
          <Button variant="subtle" size="compact-sm" leftSection={<IconBulb size={14} />} onClick={() => onChange(example)} disabled={disabled}>
            {t('cucmImport.example')}
          </Button>
        </Tooltip>
        {reference && (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconBook2 size={14} />}
            onClick={() => setShowReference((shown) => !shown)}
            aria-expanded={showReference}
          >
            {t('cucmImport.reference')}
          </Button>
        )}
      </Group>
      {reference && (
        <Collapse expanded={showReference}>
          <Paper withBorder p="sm">
            {reference}
          </Paper>
        </Collapse>
      )}
    </Stack>
  );
}
