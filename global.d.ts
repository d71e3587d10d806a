import type { routing } from '@/i18n/routing';
import type { Messages as PortalMessages } from './messages';

declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: PortalMessages;
  }
}
