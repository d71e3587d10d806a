import { CorrectionsPage } from '../../corrections-route';

export const revalidate = 60;
export { generateMetadata } from '../../corrections-route';

export function generateStaticParams() {
  return []; // rendered on first request, then served from the cache
}

export default CorrectionsPage;
