import type { Action } from '@groupdesk/contracts';
import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PrintStatementsForm } from './print-statements-form';
import type { PrintStatementsFormProps } from './print-statements-form';

type PrintStatementsButtonProps = Omit<PrintStatementsFormProps, 'onCancel' | 'onPrinted'> & {
  /** after the server took the print, e.g. to go to the actions overview */
  onPrinted?: (action: Action) => void;
};

/** Write users: opens the print form; the print then runs as an action of the actions overview. */
export function PrintStatementsButton({ onPrinted, ...formProps }: PrintStatementsButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);

  const printed = (action: Action) => {
    close();
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} />,
      title: t('statements.print.startedTitle'),
      message: t('statements.print.startedMessage'),
    });
    onPrinted?.(action);
  };

  return (
    <>
      <Button variant="light" onClick={open} leftSection={<IconPrinter size={18} aria-hidden />}>
        {t('statements.print.button')}
      </Button>
      {/* the form is mounted anew at each opening: last time's choice and refusal are gone */}
      <Modal opened={opened} onClose={close} title={t('statements.print.title')} centered>
        <PrintStatementsForm {...formProps} onCancel={close} onPrinted={printed} />
      </Modal>
    </>
  );
}
