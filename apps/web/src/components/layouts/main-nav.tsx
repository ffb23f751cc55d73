import { NavLink, Stack } from '@mantine/core';
import {
  IconFirstAidKit,
  IconHome,
  IconListCheck,
  IconMail,
  IconNotebook,
  IconUserShield,
  IconUsers,
} from '@tabler/icons-react';
import type { Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { Dictionary } from '@/i18n/en';
import { useEmployerAccess } from '@/lib/session';

interface NavItem {
  /** path under /employers/:employerId; '' for the employer's home */
  path: string;
  label: keyof Dictionary['nav'];
  icon: Icon;
  /** other paths under the employer that belong to this entry */
  also?: string[];
  /** for the Master User of the employer only */
  masterOnly?: boolean;
}

const navItems: NavItem[] = [
  { path: '', label: 'home', icon: IconHome, also: ['missing-numbers'] },
  { path: 'affiliates', label: 'affiliates', icon: IconUsers },
  { path: 'incapacities', label: 'incapacities', icon: IconFirstAidKit },
  // the upload page is reached from the actions overview and comes back to it
  { path: 'actions', label: 'actions', icon: IconListCheck, also: ['insured-list'] },
  { path: 'emails', label: 'emails', icon: IconMail },
  { path: 'users', label: 'users', icon: IconUserShield, masterOnly: true },
  { path: 'journal', label: 'journal', icon: IconNotebook },
];

export function MainNav({ employerId, onNavigate }: { employerId: string; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const isMaster = useEmployerAccess(employerId)?.access === 'master';
  const items = navItems.filter((item) => !item.masterOnly || isMaster);

  return (
    <Stack gap={4}>
      {items.map(({ path, label, icon: ItemIcon, also = [] }) => {
        const to = path ? `/employers/${employerId}/${path}` : `/employers/${employerId}`;
        const under = (prefix: string) => {
          const base = `/employers/${employerId}/${prefix}`;
          return pathname === base || pathname.startsWith(`${base}/`);
        };
        // every page is under the home's path: the home is active on its own path only
        const active = (path ? under(path) : pathname.replace(/\/$/, '') === to) || also.some(under);
        return (
          <NavLink
            key={path}
            component={Link}
            to={to}
            label={t(`nav.${label}`)}
            leftSection={<ItemIcon size={18} stroke={1.6} aria-hidden />}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
            variant="light"
            fw={500}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        );
      })}
    </Stack>
  );
}
