import { Badge, Group, Select, Text, Tooltip } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '@/lib/session';

/** The employer being worked on: a picker when the user has several, and a badge when it is read-only. */
export function EmployerSwitch({ employerId }: { employerId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: session } = useSession();
  const employers = session?.employers ?? [];
  const current = employers.find((employer) => employer.id === employerId);

  return (
    <Group gap="sm" wrap="nowrap" miw={0}>
      {employers.length > 1 ? (
        <Select
          aria-label={t('shell.employer')}
          data={employers.map((employer) => ({ value: employer.id, label: employer.name }))}
          value={current ? employerId : null}
          onChange={(id) => {
            if (id && id !== employerId) void navigate(`/employers/${id}`);
          }}
          allowDeselect={false}
          searchable
          w={{ base: 180, md: 280 }}
          size="sm"
          comboboxProps={{ shadow: 'md' }}
        />
      ) : (
        <Text fw={600} truncate="end">
          {current?.name}
        </Text>
      )}
      {current && !current.canWrite && (
        <Tooltip label={t('shell.readOnlyHint')} multiline w={240} withArrow>
          <Badge
            color="gray"
            variant="light"
            leftSection={<IconEye size={12} aria-hidden />}
            tabIndex={0}
            style={{ flexShrink: 0 }}
          >
            {t('shell.readOnly')}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
