// The pure rules of household decisions ("Nhân dân bàn và quyết định"), read from Law 10/2022/QH15 (Luật Thực hiện
// dân chủ ở cơ sở) Art. 15, 17–21, Decree 59/2023/NĐ-CP Art. 3–5, 8–9 and Decree 61/2023/NĐ-CP Art. 10–11
// (conventions); legal text: /work/shared/legal/thuc-hien-dan-chu-o-co-so.md. By subject, in rules/:
//   counts.ts    the counts given to the rules, checked and named in refusals;
//   matters.ts   what households decide and by which majority (Art. 15, Art. 21 cl. 1);
//   methods.ts   meetings, household ballots and online voting (Art. 17–19, Decree 59 Art. 3–5);
//   ballots.ts   options, channels, who may put in a ballot and when;
//   tally.ts     counting and the result (Art. 21 cl. 1), what of it is published;
//   status.ts    the decision's states and the commune's recognition (Art. 20 cl. 3, Art. 21 cl. 2);
//   integrity.ts register, ballot box and ballot audit compared.
// No I/O, no clock (dates are parameters), no randomness; integer arithmetic only (core/counting.ts). A rule refuses
// with core's `Refusal`: `Refusal | null` for a check, `Ruled<T>` for a computation, a thrown `RefusalError` for
// input it cannot work with.
export * from './rules/counts.ts';
export * from './rules/matters.ts';
export * from './rules/methods.ts';
export * from './rules/ballots.ts';
export * from './rules/tally.ts';
export * from './rules/status.ts';
export * from './rules/integrity.ts';

