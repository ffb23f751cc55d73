import type { MedicalFormality } from '@groupdesk/domain';
import { Badge } from '@mantine/core';
import { IconStethoscope } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const colors: Record<MedicalFormality, string> = {
  none: 'teal',
  'health-declaration': 'blue',
  questionnaire: 'yellow',
  'treating-doctor': 'orange',
  cardiologist: 'red',
};

/** The medical formality the insurer asks before it covers the guarantees (seed 003), by name. */
export function MedicalFormalityBadge({ formality }: { formality: MedicalFormality }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={colors[formality]}
      variant="light"
      size="lg"
      radius="sm"
      tt="none"
      leftSection={<IconStethoscope size={14} aria-hidden />}
    >
      {t(`medicalFormality.${formality}`)}
    </Badge>
  );
}
