/** Script tests shared by the name modules. */
export const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;

/** How many Han characters a string holds. */
export function hanLength(s: string): number {
  return s.match(HAN_ALL)?.length ?? 0;
}
