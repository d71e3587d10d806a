export * from './sections';
export * from './people';
export * from './media';
export * from './settings';
export * from './articles';
export * from './staff';
export * from './editing';
