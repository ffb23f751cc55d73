import { List, Paper, Text, ThemeIcon, Title } from '@mantine/core';
import { IconEye, IconListSearch, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** What happens after the upload: above all, that nothing is changed before the user confirms. */
export function UploadNextSteps() {
  const { t } = useTranslation();
  const steps = [
    { icon: IconListSearch, text: t('upload.next.check') },
    { icon: IconEye, text: t('upload.next.preview') },
    { icon: IconShieldCheck, text: t('upload.next.confirm') },
  ];
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="upload-next-title">
      <Title order={2} size="h4" mb="sm" id="upload-next-title">
        {t('upload.next.title')}
      </Title>
      <List spacing="sm" center={false}>
        {steps.map(({ icon: StepIcon, text }) => (
          <List.Item
            key={text}
            icon={
              <ThemeIcon size={26} radius="xl" variant="light" aria-hidden>
                <StepIcon size={16} />
              </ThemeIcon>
            }
          >
            <Text size="sm">{text}</Text>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
