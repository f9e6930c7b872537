export * from './article';
export * from './incident';
export * from './mention';
export * from './place';
export * from './synthetic';
