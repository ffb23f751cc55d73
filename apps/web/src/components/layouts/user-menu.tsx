import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuildingSkyscraper, IconChevronDown, IconLogout, IconUserCog } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLogout, useSession } from '@/lib/session';

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');

export function UserMenu() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const logout = useLogout();

  if (!session) return null;
  const { user, employers } = session;

  const onLogout = () =>
    logout.mutate(undefined, {
      onError: () => notifications.show({ color: 'red', message: t('shell.logoutFailed') }),
    });

  return (
    <Menu position="bottom-end" shadow="md" width={260}>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('shell.userMenu', { name: user.name })}
          p={4}
          style={{ borderRadius: 999 }}
        >
          <Group gap={6} wrap="nowrap">
            <Avatar size={30} color="brand" radius="xl">
              {initialsOf(user.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="md" maw={160} truncate="end">
              {user.name}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {user.email}
          </Text>
        </Menu.Label>
        {employers.length > 1 && (
          <Menu.Item
            component={Link}
            to="/employers"
            leftSection={<IconBuildingSkyscraper size={16} aria-hidden />}
          >
            {t('shell.allEmployers')}
          </Menu.Item>
        )}
        <Menu.Item component={Link} to="/account" leftSection={<IconUserCog size={16} aria-hidden />}>
          {t('account.menu')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={onLogout}
          disabled={logout.isPending}
        >
          {t('shell.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
