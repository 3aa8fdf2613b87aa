import { Switch } from '@mantine/core';

interface Props {
  id?: string;
  label: string;
  description?: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

/** An on/off field with an explanation under it. */
export function DescribedSwitch({ id, label, description, checked, onChange }: Props) {
  return (
    <Switch
      id={id}
      label={label}
      // The description would otherwise be read as part of the switch's name.
      aria-label={label}
      description={description}
      checked={checked}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
  );
}
