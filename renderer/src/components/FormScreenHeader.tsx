import { Button, Tooltip } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { ScreenHeader } from './ScreenHeader';

interface Props {
  title: string;
  intro?: string;
  saveLabel: string;
  /** Shown on hover, e.g. the keyboard shortcut. */
  saveHint?: string;
  dirty: boolean;
  saving: boolean;
}

/** The title row of a form screen with its Save button, which submits the form once something has changed. */
export function FormScreenHeader({ title, intro, saveLabel, saveHint, dirty, saving }: Props) {
  const button = (
    <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={saving} disabled={!dirty}>
      {saveLabel}
    </Button>
  );
  return (
    <ScreenHeader title={title} intro={intro}>
      {saveHint ? <Tooltip label={saveHint}>{button}</Tooltip> : button}
    </ScreenHeader>
  );
}
