/** Fill a sentence from the dictionary: "Showing {n} of {total}." with { n: 3, total: 9 }. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
