export * from './common';
export * from './messages';
export * from './session';
export * from './employers';
export * from './affiliates';
export * from './actions';
export * from './insured-list-upload';
export * from './upload-messages';
