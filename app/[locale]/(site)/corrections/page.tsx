import { CorrectionsPage } from './corrections-route';

export const revalidate = 60;
export { generateMetadata } from './corrections-route';
export default CorrectionsPage;
