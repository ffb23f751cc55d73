import { Anchor, AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router-dom';
import { LanguageSwitch } from '../language-switch';
import { Brand } from '../ui/brand';
import { EmployerSwitch } from './employer-switch';
import classes from './layouts.module.css';
import { MainNav } from './main-nav';
import { UserMenu } from './user-menu';

/** The logged-in frame: header (brand, employer, language, user) and, inside an employer, the navigation. */
export function AppLayout() {
  const { t } = useTranslation();
  const { employerId } = useParams();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={
        employerId === undefined
          ? undefined
          : { width: 200, breakpoint: 'sm', collapsed: { mobile: !navOpened } }
      }
      padding="lg"
    >
      <a href="#main-content" className={classes.skipLink}>
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap" gap="md">
          <Group gap="lg" wrap="nowrap" miw={0}>
            {employerId !== undefined && (
              <Burger
                opened={navOpened}
                onClick={toggleNav}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('shell.toggleNavigation')}
              />
            )}
            <Anchor component={Link} to="/" className={classes.brandLink} aria-label={t('app.name')}>
              <Brand />
            </Anchor>
            {employerId !== undefined && <EmployerSwitch employerId={employerId} />}
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      {employerId !== undefined && (
        <AppShell.Navbar p="sm" aria-label={t('shell.mainNavigation')}>
          <MainNav employerId={employerId} onNavigate={closeNav} />
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main-content" tabIndex={-1} bg="gray.0">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
