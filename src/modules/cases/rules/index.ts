// The pure rules of cases (đơn thư) and citizen reception: no I/O, no clock (dates come in as parameters).
export * from './types.ts';
export * from './deadlines.ts';
export * from './actions.ts';
export * from './counters.ts';
export * from './intake.ts';
export * from './reception.ts';
