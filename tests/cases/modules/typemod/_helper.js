export const helper = 'typemod helper';
