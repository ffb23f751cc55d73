export const DEMO_PASSWORD = 'groupdesk-demo';

export const DEMO_LOGINS = [
  {
    email: 'master@demo.groupdesk.be',
    description: 'Master User of Brasserie Van Damme and Atelier Lumière',
  },
  {
    email: 'hr@demo.groupdesk.be',
    description: 'HR officer, consultation et inscription (write), Brasserie Van Damme',
  },
  { email: 'viewer@demo.groupdesk.be', description: 'HR officer, consultation (read), Brasserie Van Damme' },
  {
    email: 'am@insurer.groupdesk.be',
    description: "insurer's account manager, portfolio of three employers",
  },
] as const;
