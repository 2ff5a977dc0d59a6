// Temporary: the implementation moves here from src/validate once it lands.
export * from '../validate/din91379.js';
