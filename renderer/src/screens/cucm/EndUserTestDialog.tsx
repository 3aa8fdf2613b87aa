import { AccountTestDialog } from '../../components/connection-test/AccountTestDialog';
import { t } from '../../i18n';

interface Props {
  onClose(): void;
  onRun(userid: string, password: string): void;
}

/** Asks for the end user CUCM is to authenticate. Kept only in this dialog: never stored, never remembered. */
export function EndUserTestDialog({ onClose, onRun }: Props) {
  return (
    <AccountTestDialog
      text={{
        title: t('cucm.test.endUserTitle'),
        note: t('cucm.test.endUserNote'),
        accountLabel: t('cucm.test.userid'),
        accountHint: t('cucm.test.useridHint'),
        accountRequired: t('rule.cucm.endUserId'),
        passwordLabel: t('cucm.test.password'),
        run: t('cucm.test.run'),
      }}
      onClose={onClose}
      onRun={onRun}
    />
  );
}
