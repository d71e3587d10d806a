import { sectionListing } from '../../listings';

export const revalidate = 60;

export function generateStaticParams() {
  return []; // rendered on first request, then served from the cache
}

export const generateMetadata = sectionListing.generateMetadata;
export default sectionListing.Page;
