import { useDocumentTitle } from '@mantine/hooks';

/** "Affiliates · groupdesk": the page first, so browser tabs and history stay readable. */
export function usePageTitle(...parts: (string | undefined)[]) {
  useDocumentTitle([...parts.filter(Boolean), 'groupdesk'].join(' · '));
}
