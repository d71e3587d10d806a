import type { SiteSettings } from '@/db/schema';

/** The paper's accounts the masthead settings may hold, in the order the footer lists them. */
export const SOCIAL_NETWORKS = ['facebook', 'x', 'youtube', 'instagram', 'telegram'] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

export const socialField = (network: SocialNetwork) => `${network}Url` as const;

/** The accounts that are set, for the footer and the organisation's sameAs. */
export function socialLinks(settings: SiteSettings): { network: SocialNetwork; url: string }[] {
  return SOCIAL_NETWORKS.flatMap((network) => {
    const url = settings[socialField(network)];
    return url ? [{ network, url }] : [];
  });
}
